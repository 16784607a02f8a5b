import { regionLevels } from '../../../etl/src/transform/case-row';
import type { Grain, GroupBy, Indicator } from './registry';

// Compiles a declared indicator into one ClickHouse query. Only expressions from the registry and
// the fixed tables below are spliced; every value a caller chooses (dates, region path, ids,
// channel) is a bound {name:Type} parameter. Pure, so it is unit-tested without a database.

export type RegionLevel = 'county' | 'township' | 'station';
export type QueryGrain = Grain | 'total';

export interface IndicatorQuery {
  grain: QueryGrain;
  groupBy: GroupBy;
  /** For groupBy = region: the level the rows are grouped at. */
  regionLevel?: RegionLevel;
  fromDate: string;
  toExclusive: string;
  /** Region subtree (already checked against the caller's scope). */
  path: string;
  today: string;
  itemId?: number;
  agentId?: number;
  channel?: string;
}

export interface CompiledQuery { sql: string; params: Record<string, unknown> }

const PERIOD: Record<QueryGrain, (d: string) => string> = {
  day: (d) => `toString(${d})`,
  week: (d) => `toString(toMonday(${d}))`,
  month: (d) => `formatDateTime(toStartOfMonth(${d}), '%Y-%m')`,
  quarter: (d) => `concat(toString(toYear(${d})), '-Q', toString(toQuarter(${d})))`,
  year: (d) => `toString(toYear(${d}))`,
  total: () => `'total'`,
};

const REGION_GROUP: Record<RegionLevel, string> = {
  county: 'county_code',
  township: 'township_code',
  station: 'toString(station_id)',
};

export class UnsupportedDimension extends Error {}

function groupExpr(ind: Indicator, q: IndicatorQuery): string {
  // A per-step indicator is only meaningful per step (an average over different steps says nothing).
  if (ind.steps) {
    if (q.groupBy !== 'step') throw new UnsupportedDimension(q.groupBy);
    return 'step.1';
  }
  if (q.groupBy !== 'none' && !ind.dimensions.includes(q.groupBy)) throw new UnsupportedDimension(q.groupBy);
  switch (q.groupBy) {
    case 'none': return `''`;
    case 'region': return REGION_GROUP[q.regionLevel ?? 'county'];
    case 'item': return 'toString(item_id)';
    case 'agent': return 'toString(agent_id)';
    case 'channel': return 'channel';
    default: throw new UnsupportedDimension(q.groupBy);
  }
}

function measureColumns(ind: Indicator): string {
  const m = ind.measure;
  if (m.kind === 'ratio') return `${m.numerator} AS num, ${m.denominator} AS den`;
  if (m.kind === 'average') return `${m.sum} AS num, ${m.count} AS den`;
  return `${m.value} AS num, 0 AS den`;
}

export function compileIndicator(ind: Indicator, q: IndicatorQuery): CompiledQuery {
  const params: Record<string, unknown> = { fromDate: q.fromDate, toExclusive: q.toExclusive, path: q.path, today: q.today };
  const where = [`${ind.date} >= {fromDate:Date}`, `${ind.date} < {toExclusive:Date}`, 'startsWith(region_path, {path:String})'];
  // The same subtree again in the facts' sort-key columns (ORDER BY county_code, township_code, id):
  // ClickHouse cannot prune by a prefix of region_path, so without these a township's drill-down
  // read the whole city (docs/benchmarks.md, 10 M: 0.9-1 s). Both come from the same path in the ETL.
  const lv = regionLevels(q.path);
  if (lv.county) { where.push('county_code = {county:String}'); params.county = lv.county; }
  if (lv.township) { where.push('township_code = {township:String}'); params.township = lv.township; }
  if (ind.where) where.push(`(${ind.where})`);
  const filterable = (d: GroupBy) => ind.dimensions.includes(d);
  if (q.itemId !== undefined) {
    if (!filterable('item') && ind.source !== 'case_handoffs') throw new UnsupportedDimension('item');
    where.push('item_id = {itemId:UInt32}');
    params.itemId = q.itemId;
  }
  if (q.agentId !== undefined) {
    if (!filterable('agent')) throw new UnsupportedDimension('agent');
    where.push('agent_id = {agentId:UInt32}');
    params.agentId = q.agentId;
  }
  if (q.channel !== undefined) {
    if (!filterable('channel')) throw new UnsupportedDimension('channel');
    where.push('channel = {channel:String}');
    params.channel = q.channel;
  }
  const sql = [
    `SELECT ${PERIOD[q.grain](ind.date)} AS period, ${groupExpr(ind, q)} AS grp, ${measureColumns(ind)}`,
    `FROM ${ind.source} FINAL`,
    ind.steps ? `ARRAY JOIN ${ind.steps} AS step` : '',
    `WHERE ${where.join(' AND ')}`,
    'GROUP BY period, grp',
    'ORDER BY period, grp',
    // Every version of a fact row lies in one partition (partition keys are dates a row never
    // changes, and a tombstone copies the whole row), so FINAL need not merge across partitions:
    // a third less time on a township's drill-down (docs/benchmarks.md).
    'SETTINGS do_not_merge_across_partitions_select_final = 1',
  ].filter(Boolean).join('\n');
  return { sql, params };
}
