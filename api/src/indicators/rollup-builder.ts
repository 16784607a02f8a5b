import { stationRollupOf } from '../../../etl/src/rollups/rollup-defs';
import { regionLevels } from '../../../etl/src/transform/case-row';
import type { CompiledQuery, IndicatorQuery, QueryGrain } from './query-builder';
import type { Indicator } from './registry';

// The fast path for the dashboard's common grain (issue 6): month × county × township × item, and
// month × county × township × station for the drill-down to stations, from the rollup tables the
// ETL keeps (etl/clickhouse/migrations/0004_rollups.sql, 0006_station_rollups.sql), instead of
// scanning the deduplicated facts. Used only when the rollup holds exactly the answer — whole
// months, a region down to township level, no agent grouping — so both paths return
// the same figures (tests/integration/rollups.test.ts compares them). Bound parameters only.

interface RollupMeasure {
  table: 'case_rollup' | 'evaluation_rollup' | 'consultation_rollup';
  /** case_rollup basis; a constant of the code. */
  basis?: 'created' | 'accepted' | 'completed' | 'due' | 'due_open' | readonly string[];
  num: string;
  den: string;
  channel?: boolean;
  /** When the indicator counts a subset of the rollup's rows: groups with none of it do not exist in the facts either. */
  having?: string;
  /** The measure compares with {today:Date}. */
  today?: boolean;
}

export const ROLLUP_MEASURES: Readonly<Record<string, RollupMeasure>> = {
  'on-time-rate': { table: 'case_rollup', basis: 'completed', num: 'sum(a)', den: 'sum(n)' },
  'avg-duration': { table: 'case_rollup', basis: 'completed', num: 'sum(b)', den: 'sum(c)', having: 'sum(c) > 0' },
  'completion-rate': { table: 'case_rollup', basis: 'accepted', num: 'sum(a)', den: 'sum(n)' },
  'one-time-notice-rate': { table: 'case_rollup', basis: 'created', num: 'sum(b)', den: 'sum(a)', having: 'sum(a) > 0' },
  // 超期件数: finished after the due date (by due month), plus still running with the due day passed
  // (rows by due day); the 'due' rows give every group that has cases due in the period.
  'overdue-count': {
    table: 'case_rollup', basis: ['due', 'due_open'], den: '0', today: true,
    num: `sumIf(a, basis = 'due') + sumIf(n, basis = 'due_open' AND month < {today:Date})`,
  },
  'case-count': { table: 'case_rollup', basis: 'created', num: 'sum(n)', den: '0' },
  'consultation-count': { table: 'consultation_rollup', num: 'sum(n)', den: '0', channel: true },
  'satisfaction-rate': { table: 'evaluation_rollup', num: 'sum(satisfied)', den: 'sum(n)', channel: true },
  'bad-rate': { table: 'evaluation_rollup', num: 'sum(bad)', den: 'sum(n)', channel: true },
};

const PERIOD: Partial<Record<QueryGrain, string>> = {
  month: `formatDateTime(month, '%Y-%m')`,
  quarter: `concat(toString(toYear(month)), '-Q', toString(toQuarter(month)))`,
  year: 'toString(toYear(month))',
  total: `'total'`,
};

const isMonthStart = (d: string) => d.endsWith('-01');

/** The rollup query answering `q` exactly, or null when only the facts can. */
export function compileRollup(ind: Indicator, q: IndicatorQuery): CompiledQuery | null {
  const m = ROLLUP_MEASURES[ind.key];
  const period = PERIOD[q.grain];
  if (!m || !period || !isMonthStart(q.fromDate) || !isMonthStart(q.toExclusive) || q.agentId !== undefined) return null;
  if (q.channel !== undefined && !m.channel) return null;
  const lv = regionLevels(q.path);
  if (lv.village) return null; // below a township the rollup has no rows
  let grp: string;
  let table: string = m.table;
  switch (q.groupBy) {
    case 'none': grp = `''`; break;
    case 'item': grp = 'toString(item_id)'; break;
    case 'channel': if (!m.channel) return null; grp = 'channel'; break;
    case 'region':
      if (q.regionLevel === 'county') grp = 'county_code';
      else if (q.regionLevel === 'township') grp = 'township_code';
      else {
        // by station: the station rollups (0006), which have no catalogue item
        if (q.itemId !== undefined) return null;
        grp = 'toString(station_id)';
        table = stationRollupOf(m.table);
      }
      break;
    default: return null;
  }
  const params: Record<string, unknown> = { fromDate: q.fromDate, toExclusive: q.toExclusive };
  const where = ['month >= {fromDate:Date}', 'month < {toExclusive:Date}'];
  if (typeof m.basis === 'string') where.push(`basis = '${m.basis}'`);
  else if (m.basis) where.push(`basis IN (${m.basis.map((b) => `'${b}'`).join(', ')})`);
  if (m.today) params.today = q.today;
  if (lv.county) { where.push('county_code = {county:String}'); params.county = lv.county; }
  if (lv.township) { where.push('township_code = {township:String}'); params.township = lv.township; }
  if (q.itemId !== undefined) { where.push('item_id = {itemId:UInt32}'); params.itemId = q.itemId; }
  if (q.channel !== undefined) { where.push('channel = {channel:String}'); params.channel = q.channel; }
  const sql = [
    `SELECT ${period} AS period, ${grp} AS grp, ${m.num} AS num, ${m.den} AS den`,
    `FROM ${table}`,
    `WHERE ${where.join(' AND ')}`,
    'GROUP BY period, grp',
    m.having ? `HAVING ${m.having}` : '',
    'ORDER BY period, grp',
  ].filter(Boolean).join('\n');
  return { sql, params };
}
