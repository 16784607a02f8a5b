import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import { Clock } from '../cases/clock';
import { AppError, Errors } from '../common/app-error';
import { CLICKHOUSE } from '../infra/tokens';
import { queryRatings, queryRectifications, querySurveys } from './disclosure.queries';
import type { PublicStatsQuery } from './dto/public-query.dto';
import type { PublicRectificationsDto, PublicSatisfactionDto } from './dto/public-stats.dto';
import { periodPlan, type PeriodPlan } from './public-periods';
import { PublicErrors } from './public.errors';
import { PublicRegionsService, type PublicRegion } from './public-regions.service';
import { RECTIFICATION_DEFINITIONS, rectificationView } from './rectification-view';
import { areaCodeOf, type MonthlyRow } from './rollup';
import { PUBLIC_DEFINITIONS, satisfactionView, type AreaRef } from './satisfaction-view';

const ref = (r: PublicRegion): AreaRef => ({ code: r.code, name: r.name, level: r.level });

/**
 * Public satisfaction and rectification figures (DB1405 8.1.3, 8.2), read from ClickHouse. Only
 * counts leave ClickHouse — no row of an evaluation, a call or a task — so no personal data and
 * no comment can reach these answers.
 */
@Injectable()
export class PublicStatsService {
  private readonly log = new Logger('PublicStats');

  constructor(
    @Inject(CLICKHOUSE) private readonly ch: ClickHouse,
    private readonly regions: PublicRegionsService,
    private readonly clock: Clock,
  ) {}

  private async frame(q: PublicStatsQuery) {
    const today = this.clock.today();
    const plan = periodPlan(q.period ?? 'month', q.from, q.to, today);
    if (!plan.ok) throw PublicErrors.invalidPeriod(plan.message);
    const region = await this.regions.find(q.region);
    const areas = await this.regions.areasOf(region);
    const areaOf = (row: MonthlyRow) => areaCodeOf(region.level, row, region.code);
    return { today, plan: plan as PeriodPlan, region, areas, areaOf, range: { path: region.path, fromDate: plan.fromDate, toExclusive: plan.toExclusive } };
  }

  private async analytics<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (e instanceof AppError) throw e;
      this.log.warn(`ClickHouse query failed: ${(e as Error).message}`);
      throw Errors.analyticsUnavailable();
    }
  }

  async satisfaction(q: PublicStatsQuery): Promise<PublicSatisfactionDto> {
    const f = await this.frame(q);
    const ratings = await this.analytics(() => queryRatings(this.ch, f.range));
    const surveys = await this.analytics(() => querySurveys(this.ch, f.range));
    const v = satisfactionView(ref(f.region), f.areas.map(ref), f.plan, ratings, surveys, f.areaOf);
    return {
      region: ref(f.region), period: f.plan.granularity, from: f.plan.from, to: f.plan.to, periods: f.plan.periods,
      definitions: { ...PUBLIC_DEFINITIONS }, overall: v.overall, areas: v.areas,
    };
  }

  async rectifications(q: PublicStatsQuery): Promise<PublicRectificationsDto> {
    const f = await this.frame(q);
    const rows = await this.analytics(() => queryRectifications(this.ch, { ...f.range, today: f.today }));
    const v = rectificationView(ref(f.region), f.areas.map(ref), f.plan, rows, f.areaOf);
    return {
      region: ref(f.region), period: f.plan.granularity, from: f.plan.from, to: f.plan.to, periods: f.plan.periods, asOf: f.today,
      definitions: { ...RECTIFICATION_DEFINITIONS }, overall: v.overall, areas: v.areas,
    };
  }
}
