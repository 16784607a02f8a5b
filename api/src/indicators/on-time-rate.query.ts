import type { ClickHouse } from '../../../etl/src/clickhouse/client';

export interface MonthCount { period: string; completed: number; onTime: number }

// Monthly completions in a region subtree, read from the deduplicated case facts (FINAL keeps
// only the newest version of each case). Every value is a bound parameter.
const SQL = `
SELECT formatDateTime(toStartOfMonth(completed_date), '%Y-%m') AS period,
       count() AS completed,
       countIf(completed_date <= due_date) AS on_time
FROM cases FINAL
WHERE status = 'COMPLETED'
  AND completed_date >= {fromDate:Date} AND completed_date < {toExclusive:Date}
  AND startsWith(region_path, {path:String})
GROUP BY period
ORDER BY period`;

export async function queryOnTimeRate(ch: ClickHouse, p: { fromDate: string; toExclusive: string; path: string }): Promise<MonthCount[]> {
  const rs = await ch.client.query({ query: SQL, query_params: p, format: 'JSONEachRow' });
  const rows = await rs.json<{ period: string; completed: string | number; on_time: string | number }>();
  return rows.map((r) => ({ period: r.period, completed: Number(r.completed), onTime: Number(r.on_time) }));
}
