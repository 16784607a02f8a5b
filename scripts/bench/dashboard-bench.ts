import type { Pool } from 'pg';
import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { compileIndicator, type IndicatorQuery } from '../../api/src/indicators/query-builder';
import { INDICATORS } from '../../api/src/indicators/registry';
import { compileRollup } from '../../api/src/indicators/rollup-builder';
import { DASHBOARD_QUERIES, type DashboardQuery } from './dashboard-queries';
import { pgIndicator } from './pg-twins';
import { summarise, timed, type Summary } from './stats';

export interface QueryTiming {
  label: string;
  key: string;
  path: 'rollup' | 'facts';
  ch: Summary;
  pg: Summary;
  /** Postgres time ÷ ClickHouse time, at p50 and p95. */
  ratioP50: number;
  ratioP95: number;
}

export interface DashboardResult {
  window: { fromDate: string; toExclusive: string };
  queries: QueryTiming[];
  /** Every city-level query of the first screen at once, as the page fires them (ms, p50/p95). */
  firstScreen: Summary;
}

function lastTwelveMonths(today: string) {
  const [y, m] = today.split('-').map(Number);
  const idx = y * 12 + (m - 1);
  const at = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
  return { fromDate: at(idx - 11), toExclusive: at(idx + 1) };
}

export async function benchDashboard(pool: Pool, ch: ClickHouse, opts: { today: string; chRuns: number; pgRuns: number; log: (l: string) => void }): Promise<DashboardResult> {
  const window = lastTwelveMonths(opts.today);
  // The busiest county and, in it, the busiest township: the drill-down a leader would take.
  const county = (await pool.query<{ path: string }>(`SELECT r.path FROM regions r WHERE r.level = 'COUNTY'
      ORDER BY (SELECT count(*) FROM stations s JOIN regions v ON v.code = s.region_code WHERE v.path LIKE r.path || '%') DESC, r.code LIMIT 1`)).rows[0].path;
  const township = (await pool.query<{ path: string }>(`SELECT r.path FROM regions r WHERE r.level = 'TOWNSHIP' AND r.path LIKE $1 || '%'
      ORDER BY (SELECT count(*) FROM stations s JOIN regions v ON v.code = s.region_code WHERE v.path LIKE r.path || '%') DESC, r.code LIMIT 1`, [county])).rows[0].path;
  const pathOf = (d: DashboardQuery) => (d.level === 'city' ? '/140500/' : d.level === 'county' ? county : township);
  const full = (d: DashboardQuery): IndicatorQuery => ({ ...d.q, ...window, path: pathOf(d), today: opts.today });

  const runCh = async (d: DashboardQuery) => {
    const ind = INDICATORS.get(d.key)!;
    const q = full(d);
    const compiled = compileRollup(ind, q) ?? compileIndicator(ind, q);
    const rs = await ch.client.query({ query: compiled.sql, query_params: compiled.params, format: 'JSONEachRow' });
    await rs.json();
    return compileRollup(ind, q) ? 'rollup' as const : 'facts' as const;
  };

  const queries: QueryTiming[] = [];
  for (const [i, d] of DASHBOARD_QUERIES.entries()) {
    opts.log(`看板查询 ${i + 1}/${DASHBOARD_QUERIES.length}: ${d.label}`);
    const path = await runCh(d); // warm-up
    const chTimes: number[] = [];
    for (let k = 0; k < opts.chRuns; k++) chTimes.push(await timed(() => runCh(d)));
    await pgIndicator(pool, d.key, full(d)); // warm-up (caches, plans)
    const pgTimes: number[] = [];
    for (let k = 0; k < opts.pgRuns; k++) pgTimes.push(await timed(() => pgIndicator(pool, d.key, full(d))));
    const c = summarise(chTimes);
    const p = summarise(pgTimes);
    queries.push({ label: d.label, key: d.key, path, ch: c, pg: p, ratioP50: p.p50 / c.p50, ratioP95: p.p95 / c.p95 });
  }
  const city = DASHBOARD_QUERIES.filter((d) => d.level === 'city');
  const screen: number[] = [];
  for (let k = 0; k < Math.max(5, Math.floor(opts.chRuns / 3)); k++) screen.push(await timed(() => Promise.all(city.map(runCh))));
  return { window, queries, firstScreen: summarise(screen) };
}
