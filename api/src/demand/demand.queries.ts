import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import type { TopicCount } from './normalise-topic';

// Demand figures (DB1405 7.1.2-7.1.3) read from ClickHouse, never aggregated in Postgres.
// Demand for an item = its consultations + its cases (both counted, and reported apart: a
// consultation that became a case is two contacts with the station). Every value is a bound
// parameter; FINAL keeps the newest version of each row and drops deleted ones.
// Dates are Jincheng's local dates: consultations carry `created_date`; cases only `created_at`
// (UTC), so their bounds are local midnights (toDateTime(Date, 'Asia/Shanghai')), which also lets
// the partition key (toYYYYMM(created_at)) prune.

const IN_REGION = `startsWith(region_path, {path:String})`;
const CASE_BETWEEN = (from: string, to: string) =>
  `created_at >= toDateTime({${from}:Date}, 'Asia/Shanghai') AND created_at < toDateTime({${to}:Date}, 'Asia/Shanghai')`;

/** Per item: consultations and cases in [fromDate, toExclusive) and in [prevFrom, fromDate), and its townships. */
const ITEM_DEMAND = `
SELECT item_id,
       countIf(src = 0 AND d >= {fromDate:Date}) AS consultations,
       countIf(src = 1 AND d >= {fromDate:Date}) AS cases,
       countIf(src = 0 AND d < {fromDate:Date}) AS prev_consultations,
       countIf(src = 1 AND d < {fromDate:Date}) AS prev_cases,
       uniqExactIf(township_code, d >= {fromDate:Date}) AS townships
FROM (
  SELECT item_id, created_date AS d, township_code, 0 AS src FROM consultations FINAL
  WHERE item_id != 0 AND ${IN_REGION} AND created_date >= {prevFrom:Date} AND created_date < {toExclusive:Date}
  UNION ALL
  SELECT item_id, toDate(created_at, 'Asia/Shanghai') AS d, township_code, 1 AS src FROM cases FINAL
  WHERE ${IN_REGION} AND ${CASE_BETWEEN('prevFrom', 'toExclusive')}
)
GROUP BY item_id
HAVING consultations + cases > 0
ORDER BY consultations + cases DESC, item_id
LIMIT {limit:UInt32}`;

export interface ItemDemandRow {
  itemId: number;
  consultations: number;
  cases: number;
  prevConsultations: number;
  prevCases: number;
  townships: number;
}

export async function queryItemDemand(
  ch: ClickHouse,
  p: { path: string; prevFrom: string; fromDate: string; toExclusive: string; limit: number },
): Promise<ItemDemandRow[]> {
  const rs = await ch.client.query({ query: ITEM_DEMAND, query_params: p, format: 'JSONEachRow' });
  const rows = await rs.json<Record<string, string | number>>();
  return rows.map((r) => ({
    itemId: Number(r.item_id), consultations: Number(r.consultations), cases: Number(r.cases),
    prevConsultations: Number(r.prev_consultations), prevCases: Number(r.prev_cases), townships: Number(r.townships),
  }));
}

// Off-catalogue topics: grouped by their exact text here, by normalised text in Node (groupTopics).
// The distinct texts are few (agents pick from a handful of recurring matters), so normalising a
// GROUP BY result is cheap; a cap keeps a pathological table from flooding the API.
export const MAX_TOPICS = 5000;
const OFF_CATALOGUE = `
SELECT topic, count() AS n, groupUniqArray(township_code) AS townships
FROM consultations FINAL
WHERE item_id = 0 AND ${IN_REGION} AND created_date >= {fromDate:Date} AND created_date < {toExclusive:Date}
GROUP BY topic
ORDER BY n DESC, topic
LIMIT {maxTopics:UInt32}`;

export async function queryOffCatalogue(
  ch: ClickHouse,
  p: { path: string; fromDate: string; toExclusive: string },
): Promise<{ topics: TopicCount[]; truncated: boolean }> {
  const rs = await ch.client.query({ query: OFF_CATALOGUE, query_params: { ...p, maxTopics: MAX_TOPICS + 1 }, format: 'JSONEachRow' });
  const rows = await rs.json<{ topic: string; n: string | number; townships: string[] }>();
  return {
    topics: rows.slice(0, MAX_TOPICS).map((r) => ({ topic: r.topic, count: Number(r.n), townships: r.townships })),
    truncated: rows.length > MAX_TOPICS,
  };
}

// Items with demand in [since, untilExclusive): the complement, among active items, is idle.
const DEMANDED_ITEMS = `
SELECT DISTINCT item_id FROM (
  SELECT item_id FROM consultations FINAL
  WHERE item_id != 0 AND ${IN_REGION} AND created_date >= {since:Date} AND created_date < {untilExclusive:Date}
  UNION ALL
  SELECT item_id FROM cases FINAL WHERE ${IN_REGION} AND ${CASE_BETWEEN('since', 'untilExclusive')}
)`;

export async function queryDemandedItems(ch: ClickHouse, p: { path: string; since: string; untilExclusive: string }): Promise<Set<number>> {
  const rs = await ch.client.query({ query: DEMANDED_ITEMS, query_params: p, format: 'JSONEachRow' });
  return new Set((await rs.json<{ item_id: string | number }>()).map((r) => Number(r.item_id)));
}

// The last demand of the given items before a date (evidence of a RETIRE: "last asked on …").
const LAST_DEMAND = `
SELECT item_id, toString(max(d)) AS last FROM (
  SELECT item_id, created_date AS d FROM consultations FINAL
  WHERE item_id IN {ids:Array(UInt32)} AND ${IN_REGION} AND created_date < {before:Date}
  UNION ALL
  SELECT item_id, toDate(created_at, 'Asia/Shanghai') AS d FROM cases FINAL
  WHERE item_id IN {ids:Array(UInt32)} AND ${IN_REGION} AND created_at < toDateTime({before:Date}, 'Asia/Shanghai')
)
GROUP BY item_id`;

export async function queryLastDemand(ch: ClickHouse, p: { path: string; ids: number[]; before: string }): Promise<Map<number, string>> {
  if (p.ids.length === 0) return new Map();
  const rs = await ch.client.query({ query: LAST_DEMAND, query_params: p, format: 'JSONEachRow' });
  return new Map((await rs.json<{ item_id: string | number; last: string }>()).map((r) => [Number(r.item_id), r.last]));
}

export interface CatalogueRow {
  id: number;
  code: string;
  name: string;
  level: string;
  active: boolean;
}

// The catalogue dimension (tens to hundreds of rows): names and current handling levels.
const CATALOGUE = `SELECT id, code, name, level, active FROM catalogue_items FINAL ORDER BY code`;

export async function queryCatalogue(ch: ClickHouse): Promise<CatalogueRow[]> {
  const rs = await ch.client.query({ query: CATALOGUE, format: 'JSONEachRow' });
  const rows = await rs.json<{ id: string | number; code: string; name: string; level: string; active: string | number }>();
  return rows.map((r) => ({ id: Number(r.id), code: r.code, name: r.name, level: r.level, active: Number(r.active) === 1 }));
}

const TOWNSHIPS = `SELECT count() AS n FROM regions FINAL WHERE level = 'TOWNSHIP' AND startsWith(path, {path:String})`;

/** Townships in the region subtree (the denominator of "spread over many townships"). */
export async function queryTownshipCount(ch: ClickHouse, path: string): Promise<number> {
  const rs = await ch.client.query({ query: TOWNSHIPS, query_params: { path }, format: 'JSONEachRow' });
  return Number((await rs.json<{ n: string | number }>())[0]?.n ?? 0);
}
