import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import { LEVELS, type Level } from '../evaluations/satisfaction';
import type { RectificationRow } from './rectification-view';
import type { RatingRow, SurveyRow } from './satisfaction-view';

// The ClickHouse reads of the public disclosure (architecture: the public page reads ClickHouse).
// One row per (month, county, township) inside a region subtree; rollup.ts makes areas and
// quarters of them. FINAL keeps the newest version of each row and drops tombstones
// (ReplacingMergeTree(version, is_deleted)); `is_deleted = 0` says so for a reader too. Every
// value is a bound parameter ({name:Type}); nothing is concatenated into the SQL.

export interface SubtreeRange {
  path: string;
  fromDate: string;
  toExclusive: string;
}

const MONTH = `formatDateTime(toStartOfMonth(created_date), '%Y-%m')`;

// The five level names are constants of this file's import (not input), spelled into the column
// list once. Valid ratings: an evaluation whose appeal (误评 / 恶意评价) was upheld stays on record but is
// outside every rate (DB1405 8.2; issue 5 item 3).
const RATINGS_SQL = `
SELECT ${MONTH} AS month, county_code AS county, township_code AS township,
       ${LEVELS.map((l) => `countIf(level = '${l}') AS ${l.toLowerCase()}`).join(',\n       ')}
FROM evaluations FINAL
WHERE is_deleted = 0
  AND appeal_outcome != 'UPHELD'
  AND created_date >= {fromDate:Date} AND created_date < {toExclusive:Date}
  AND startsWith(region_path, {path:String})
GROUP BY month, county, township`;

// 回访 (DB1405 8.1.2): every sampled call of the batch month, reached or not (the response rate's
// denominator includes calls not yet made, so an unfinished month shows as such).
const SURVEY_SQL = `
SELECT formatDateTime(batch_month, '%Y-%m') AS month, county_code AS county, township_code AS township,
       count() AS sampled,
       countIf(outcome = 'REACHED') AS reached,
       countIf(outcome = 'PENDING') AS pending
FROM survey_calls FINAL
WHERE is_deleted = 0
  AND batch_month >= {fromDate:Date} AND batch_month < {toExclusive:Date}
  AND startsWith(region_path, {path:String})
GROUP BY month, county, township`;

// Rectifications by the month they were opened (a cohort), with their state today.
const RECTIFICATIONS_SQL = `
SELECT ${MONTH} AS month, county_code AS county, township_code AS township,
       count() AS opened,
       countIf(status = 'CLOSED' AND appeal_upheld = 0 AND closed_date <= due_date) AS closed_on_time,
       countIf(status = 'CLOSED' AND appeal_upheld = 0 AND closed_date > due_date) AS closed_late,
       countIf(status = 'CLOSED' AND appeal_upheld = 1) AS upheld,
       countIf(status != 'CLOSED') AS open,
       countIf(status != 'CLOSED' AND due_date < {today:Date}) AS overdue
FROM rectifications FINAL
WHERE is_deleted = 0
  AND created_date >= {fromDate:Date} AND created_date < {toExclusive:Date}
  AND startsWith(region_path, {path:String})
GROUP BY month, county, township`;

type Raw = Record<string, string | number>;

async function rows(ch: ClickHouse, query: string, params: Record<string, string>): Promise<Raw[]> {
  const rs = await ch.client.query({ query, query_params: params, format: 'JSONEachRow' });
  return rs.json<Raw>();
}

const place = (r: Raw) => ({ month: String(r.month), county: String(r.county), township: String(r.township) });

export async function queryRatings(ch: ClickHouse, p: SubtreeRange): Promise<RatingRow[]> {
  return (await rows(ch, RATINGS_SQL, { ...p })).map((r) => ({
    ...place(r),
    counts: Object.fromEntries(LEVELS.map((l) => [l, Number(r[l.toLowerCase()])])) as Record<Level, number>,
  }));
}

export async function querySurveys(ch: ClickHouse, p: SubtreeRange): Promise<SurveyRow[]> {
  return (await rows(ch, SURVEY_SQL, { ...p })).map((r) => ({
    ...place(r), sampled: Number(r.sampled), reached: Number(r.reached), pending: Number(r.pending),
  }));
}

export async function queryRectifications(ch: ClickHouse, p: SubtreeRange & { today: string }): Promise<RectificationRow[]> {
  return (await rows(ch, RECTIFICATIONS_SQL, { ...p })).map((r) => ({
    ...place(r),
    opened: Number(r.opened), closedOnTime: Number(r.closed_on_time), closedLate: Number(r.closed_late), appealUpheld: Number(r.upheld),
    open: Number(r.open), overdue: Number(r.overdue),
  }));
}
