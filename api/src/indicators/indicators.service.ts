import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import type { Principal } from '../auth/principal';
import { AppError, Errors } from '../common/app-error';
import { CLICKHOUSE } from '../infra/tokens';
import { RegionsService } from '../regions/regions.service';
import { ON_TIME_RATE } from './definitions';
import { queryOnTimeRate } from './on-time-rate.query';
import { monthRange, ratio } from './periods';

@Injectable()
export class IndicatorsService {
  private readonly log = new Logger('Indicators');

  constructor(@Inject(CLICKHOUSE) private readonly ch: ClickHouse, private readonly regions: RegionsService) {}

  async onTimeRate(user: Principal, q: { from: string; to: string; region?: string }) {
    const range = monthRange(q.from, q.to);
    if (!range.ok) throw Errors.invalidPeriod(range.message);
    // The scope filter: a region outside the caller's subtree is a 404, and the query itself is
    // confined to the region's path, which lies inside the scope.
    const region = await this.regions.findInScope(user, q.region ?? user.regionCode);
    let counts;
    try {
      counts = await queryOnTimeRate(this.ch, { fromDate: range.fromDate, toExclusive: range.toExclusive, path: region.path });
    } catch (e) {
      if (e instanceof AppError) throw e;
      this.log.warn(`ClickHouse query failed: ${(e as Error).message}`);
      throw Errors.analyticsUnavailable();
    }
    const byMonth = new Map(counts.map((c) => [c.period, c]));
    const rows = range.months.map((period) => {
      const c = byMonth.get(period) ?? { completed: 0, onTime: 0 };
      return { period, completed: c.completed, onTime: c.onTime, rate: ratio(c.onTime, c.completed) };
    });
    const completed = rows.reduce((s, r) => s + r.completed, 0);
    const onTime = rows.reduce((s, r) => s + r.onTime, 0);
    const { key, name, unit, formula } = ON_TIME_RATE;
    return {
      indicator: { key, name, unit, formula },
      region: { code: region.code, name: region.name, level: region.level },
      from: q.from,
      to: q.to,
      rows,
      total: { completed, onTime, rate: ratio(onTime, completed) },
    };
  }
}
