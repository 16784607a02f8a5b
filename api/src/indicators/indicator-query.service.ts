import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import type { Principal } from '../auth/principal';
import { AppError, Errors } from '../common/app-error';
import { Clock } from '../cases/clock';
import { CLICKHOUSE } from '../infra/tokens';
import { RegionsService } from '../regions/regions.service';
import { change, valueOf, type Value } from './indicator-values';
import { dateRange, previousRange } from './periods';
import { compileRollup } from './rollup-builder';
import { compileIndicator, UnsupportedDimension, type QueryGrain, type RegionLevel } from './query-builder';
import { describe, INDICATORS, type GroupBy, type Indicator } from './registry';

export interface IndicatorParams {
  from: string;
  to: string;
  grain?: QueryGrain;
  groupBy?: GroupBy;
  regionLevel?: RegionLevel;
  region?: string;
  itemId?: number;
  agentId?: number;
  channel?: string;
  compare?: boolean;
}

/** A group of a row; `regionCode` (region groups only) is the region to drill down into, for a station its village. */
export interface IndicatorGroup { key: string; name: string; regionCode?: string }
export interface IndicatorRow extends Value { period: string; group: IndicatorGroup | null }
export type IndicatorResult = Awaited<ReturnType<IndicatorQueryService['query']>>;

const CHILD_LEVEL: Record<string, RegionLevel> = { CITY: 'county', COUNTY: 'township', TOWNSHIP: 'station', VILLAGE: 'station' };
const CHANNELS: Record<string, string> = {
  ONLINE: '网上评价', DEVICE: '评价器', PAPER: '纸质评价表', COMMENT_BOX: '意见箱',
  VISIT: '来访', PHONE: '电话',
};

interface GroupName { name: string; region?: string }

/** The group of a row: its key, display name and, for region groups, the region code to drill into. */
function groupOf(key: string, found: GroupName | undefined, level: RegionLevel | null): IndicatorGroup {
  const group: IndicatorGroup = { key, name: found?.name ?? key };
  if (level === 'station') {
    if (found?.region) group.regionCode = found.region;
  } else if (level) group.regionCode = key;
  return group;
}

export const IndicatorErrors = {
  notFound: (key: string) => new AppError(HttpStatus.NOT_FOUND, 'INDICATOR.NOT_FOUND', `指标不存在：${key}`),
  unsupported: (d: string) => new AppError(HttpStatus.BAD_REQUEST, 'INDICATOR.UNSUPPORTED_DIMENSION', `该指标不支持按“${d}”分组或筛选`),
};

@Injectable()
export class IndicatorQueryService {
  private readonly log = new Logger('Indicators');

  constructor(
    @Inject(CLICKHOUSE) private readonly ch: ClickHouse,
    private readonly regions: RegionsService,
    // "today" of 超期件数 and 整改按期完成率: the same clock every case write is stamped with
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  list() {
    return [...INDICATORS.values()].map(describe);
  }

  async query(user: Principal, key: string, p: IndicatorParams) {
    const ind = INDICATORS.get(key);
    if (!ind) throw IndicatorErrors.notFound(key);
    const range = dateRange(p.from, p.to);
    if (!range.ok) throw Errors.invalidPeriod(range.message);
    // A region outside the caller's subtree answers 404; the query is confined to its path.
    const region = await this.regions.findInScope(user, p.region ?? user.regionCode);
    const groupBy = p.groupBy ?? (ind.steps ? 'step' : 'none');
    const regionLevel = p.regionLevel ?? CHILD_LEVEL[region.level];
    const base = { grain: p.grain ?? 'month', groupBy, regionLevel, path: region.path, today: this.clock.today(),
      itemId: p.itemId, agentId: p.agentId, channel: p.channel };
    const rows = await this.run(ind, { ...base, fromDate: range.fromDate, toExclusive: range.toExclusive });
    const names = await this.names(groupBy, regionLevel, rows.map((r) => r.grp));
    const total = this.total(ind, rows);
    let previous: (Value & { change: number | null }) | undefined;
    if (p.compare) {
      const prev = previousRange(range.fromDate, range.toExclusive, p.from.length === 7);
      const prevTotal = this.total(ind, await this.run(ind, { ...base, grain: 'total', groupBy: ind.steps ? 'step' : 'none', ...prev }));
      previous = { ...prevTotal, change: change(total.value, prevTotal.value, ind.measure.kind) };
    }
    return {
      indicator: describe(ind),
      region: { code: region.code, name: region.name, level: region.level },
      from: p.from, to: p.to, grain: base.grain, groupBy, regionLevel: groupBy === 'region' ? regionLevel : null,
      rows: rows.map((r): IndicatorRow => ({
        period: r.period,
        group: groupBy === 'none' ? null : groupOf(r.grp, names.get(r.grp), groupBy === 'region' ? regionLevel : null),
        ...valueOf(ind, r.num, r.den),
      })),
      total,
      ...(previous ? { previous } : {}),
    };
  }

  private total(ind: Indicator, rows: { num: number; den: number }[]): Value {
    // Sums of numerators and denominators, so a total rate is weighted by volume, never a mean of rates.
    return valueOf(ind, rows.reduce((s, r) => s + r.num, 0), rows.reduce((s, r) => s + r.den, 0));
  }

  private async run(ind: Indicator, q: Parameters<typeof compileIndicator>[1]) {
    let compiled;
    try {
      // Validated against the indicator's dimensions first; the rollup answers when it can do so exactly.
      compiled = compileIndicator(ind, q);
      compiled = compileRollup(ind, q) ?? compiled;
    } catch (e) {
      if (e instanceof UnsupportedDimension) throw IndicatorErrors.unsupported(e.message);
      throw e;
    }
    try {
      const rs = await this.ch.client.query({ query: compiled.sql, query_params: compiled.params, format: 'JSONEachRow' });
      const rows = await rs.json<{ period: string; grp: string; num: string | number; den: string | number }>();
      return rows.map((r) => ({ period: r.period, grp: r.grp, num: Number(r.num), den: Number(r.den) }));
    } catch (e) {
      this.log.warn(`ClickHouse query failed (${ind.key}): ${(e as Error).message}`);
      throw Errors.analyticsUnavailable();
    }
  }

  /** Display names of the groups, from the ClickHouse dimensions (regions, stations, items, agents). */
  private async names(groupBy: GroupBy, level: RegionLevel, keys: string[]): Promise<Map<string, GroupName>> {
    const distinct = [...new Set(keys)].filter(Boolean);
    if (!distinct.length) return new Map();
    if (groupBy === 'channel') return new Map(distinct.map((k) => [k, { name: CHANNELS[k] ?? k }]));
    // A station is its village's one fixed station (DB1405 5.1): its region code is where a drill-down goes.
    const source = groupBy === 'region'
      ? (level === 'station' ? { sql: 'SELECT toString(id) AS k, name, region_code AS region FROM stations FINAL WHERE id IN {ids:Array(UInt32)}', ids: true }
        : { sql: 'SELECT code AS k, name FROM regions FINAL WHERE code IN {keys:Array(String)}', ids: false })
      : groupBy === 'item' ? { sql: 'SELECT toString(id) AS k, name FROM catalogue_items FINAL WHERE id IN {ids:Array(UInt32)}', ids: true }
        : groupBy === 'agent' ? { sql: 'SELECT toString(id) AS k, name FROM agents FINAL WHERE id IN {ids:Array(UInt32)}', ids: true }
          : null;
    if (!source) return new Map();
    try {
      const rs = await this.ch.client.query({
        query: source.sql, format: 'JSONEachRow',
        query_params: source.ids ? { ids: distinct.map(Number) } : { keys: distinct },
      });
      return new Map((await rs.json<{ k: string; name: string; region?: string }>()).map((r) => [r.k, { name: r.name, region: r.region }]));
    } catch (e) {
      this.log.warn(`ClickHouse names failed: ${(e as Error).message}`);
      return new Map();
    }
  }
}
