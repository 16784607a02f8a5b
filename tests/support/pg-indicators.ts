import type { Pool } from 'pg';

/**
 * 按时办结率 computed independently on Postgres (the truth), for comparison with ClickHouse:
 * completed cases by local completion month, on time when the local completion date is not
 * after the due date.
 */
export async function pgOnTimeByMonth(pool: Pool, p: { path: string; fromDate: string; toExclusive: string }) {
  const { rows } = await pool.query<{ period: string; completed: string; on_time: string }>(`
    WITH done AS (
      SELECT (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date AS d, c.due_date
      FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
      WHERE c.status = 'COMPLETED' AND r.path LIKE $1 || '%')
    SELECT to_char(d, 'YYYY-MM') AS period, count(*) AS completed, count(*) FILTER (WHERE d <= due_date) AS on_time
    FROM done WHERE d >= $2::date AND d < $3::date GROUP BY 1 ORDER BY 1`, [p.path, p.fromDate, p.toExclusive]);
  return rows.map((r) => ({ period: r.period, completed: Number(r.completed), onTime: Number(r.on_time) }));
}
