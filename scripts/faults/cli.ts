import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { PiiCipher } from '../../api/src/privacy/pii-cipher';
import { applyMigrations } from '../../prisma/migrate';
import { seedDatabase } from '../../prisma/seed/seed';
import { freePort } from '../free-port';
import { waitForEvent } from './child';
import { runCycle, type CycleResult, type DrillContext } from './cycle';
import { startDrillApp, type DrillApp } from './drill-app';
import { DrillPostgres } from './drill-postgres';
import { DrillWriter } from './drill-writer';
import { EtlSupervisor } from './etl-supervisor';
import { FAULTS, FAULT_TEXT, formatSeconds, parseDrillArgs, planCycle, rng, type Fault } from './plan';

// `npm run test:faults [-- --cycles N]` (FAULT_CYCLES=N in CI; default 20): the ETL's exactly-once
// promise under real faults. Its own embedded Postgres (temp folder, free port: the shared server
// on 5432 is never touched), seeded small; the built API on it; the ETL as its own process on its
// own chDB folder. Each cycle, while clients write through the API: kill -9 of the ETL mid-run,
// an immediate stop and restart of Postgres, ClickHouse unavailable for seconds. After each:
// ClickHouse equals Postgres (keys, row hashes, rollups) and no acknowledged write is lost.
// Exit code 1 on any failure. Options: --seed, --cases, --cycle-timeout (s), --batch, --writers, --keep.

const log = (l: string) => console.log(`[故障演练] ${l}`);
const DEMO_PASSWORD = 'Fault-Drill-Password-2026';
const ITEM_CODE = 'JC-NY-002';

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} 超时 (${ms / 1000} 秒)`)), ms); })])
    .finally(() => clearTimeout(timer));
}

function cycleLine(r: CycleResult): string {
  const v = r.verification;
  const verdict = r.error ? `失败: ${r.error.split('\n')[0]}`
    : v!.ok ? '一致，已确认写入无丢失'
    : `不一致 ${JSON.stringify({ diffs: v!.diffs, rollups: v!.rollups, lost: v!.lost }).slice(0, 1500)}`;
  return `故障: ${r.faults.map((f) => f.ok ? f.text : `${f.text}[未生效]`).join('；')} | 确认写入 +${r.ackedInCycle}（累计 ${r.ackedTotal}）`
    + ` | 追平 ${formatSeconds(r.catchUpMs)}，校验 ${formatSeconds(r.verifyMs)} | 校验结果: ${verdict}`;
}

async function main(): Promise<number> {
  const opts = parseDrillArgs(process.argv.slice(2), process.env);
  const t0 = Date.now();
  const dist = path.resolve(__dirname);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'rp-faults-'));
  log(`${opts.cycles} 轮，种子 ${opts.seed}，${opts.cases} 件演示案件，工作目录 ${workDir}`);
  const pg = new DrillPostgres(path.join(workDir, 'pg'), await freePort());
  let pool: Pool | undefined;
  let app: DrillApp | undefined;
  let etl: EtlSupervisor | undefined;
  let writer: DrillWriter | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanup = () => (cleaned ??= (async () => {
    await writer?.stop().catch(() => undefined);
    await etl?.stop().catch(() => undefined);
    await app?.stop().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await pg.stop().catch(() => undefined);
    if (!opts.keep) rmSync(workDir, { recursive: true, force: true });
  })());
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => { log(`收到 ${sig}，清理后退出`); void cleanup().then(() => process.exit(130)); });

  try {
    const url = await pg.start();
    pool = new Pool({ connectionString: url, max: 4, application_name: 'rp-fault-drill' });
    pool.on('error', () => undefined); // Postgres is restarted on purpose; queries retry
    await applyMigrations(pool);
    const pii = PiiCipher.generateSpec('k1');
    const s = await seedDatabase(pool, { cases: opts.cases, seed: opts.seed, demoPassword: DEMO_PASSWORD, pii: PiiCipher.parse(pii) });
    log(`演示数据：${s.cases} 件案件，${s.caseEvents} 条事件（${s.seconds.toFixed(1)} 秒）`);
    const itemId = (await pool.query<{ id: number }>('SELECT id FROM catalogue_items WHERE code = $1', [ITEM_CODE])).rows[0]?.id;
    if (!itemId) throw new Error(`演示数据中没有事项 ${ITEM_CODE}`);

    const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATABASE_URL: url, PII_KEYS: pii, DEMO_PASSWORD, SEED_DEMO: 'false' };
    delete base.CLICKHOUSE_URL;
    const etlDir = path.join(workDir, 'etl');
    mkdirSync(etlDir, { recursive: true });
    const etlEnv = { ...base, DATA_DIR: etlDir, ETL_BATCH_SIZE: String(opts.batchSize), ETL_INTERVAL_MS: '500' };
    app = await startDrillApp({ ...base, DATA_DIR: path.join(workDir, 'app') });
    // The API must ride out every fault: its exit fails the drill (at the end of the cycle it happens in).
    let appExit: string | undefined;
    app.child.events.once('exit', ({ code, signal }) => { appExit = `API 进程退出 (code ${code}, signal ${signal}):\n${app?.child.tail(2000)}`; });
    writer = new DrillWriter(app.baseUrl, DEMO_PASSWORD, itemId);
    await writer.prepare();
    etl = new EtlSupervisor(path.join(dist, 'etl-loop.js'), etlEnv, log);
    const first = etl.start();
    const backfill = await waitForEvent(first, (e) => e.ev === 'run-done' && Boolean(e.backfilled), 300_000, '首次回填');
    log(`ETL 首次回填完成：${JSON.stringify(backfill.tables)}（${formatSeconds(Date.now() - t0)}）`);

    const ctx: DrillContext = {
      pg, pool, writer, etl, workDir, writers: opts.writers, chdbPath: path.join(etlDir, 'clickhouse'),
      scripts: { holdChdb: path.join(dist, 'hold-chdb.js'), verify: path.join(dist, 'verify-cycle.js') },
      verifyEnv: { ...etlEnv },
    };
    const random = rng(opts.seed);
    const results: CycleResult[] = [];
    for (let cycle = 1; cycle <= opts.cycles; cycle++) {
      const plan = planCycle(cycle, random);
      const started = Date.now();
      let r: CycleResult;
      try {
        r = await withTimeout(runCycle(ctx, plan), opts.cycleTimeoutMs, `第 ${cycle} 轮`);
      } catch (e) {
        r = { cycle, faults: [], ackedInCycle: 0, ackedTotal: writer.stats.acked, catchUpMs: 0, verifyMs: 0, ms: Date.now() - started, error: (e as Error).message };
      }
      if (appExit && !r.error && !cleaned) r.error = appExit;
      // The ETL process must survive Postgres restarts and ClickHouse outages on its own (only the drill's kill -9 may end it).
      if (etl.stats.crashes && !r.error) r.error = `ETL 进程自行崩溃 ${etl.stats.crashes} 次（见上方输出）`;
      results.push(r);
      const ok = !r.error && r.verification!.ok;
      log(`cycle ${cycle}/${opts.cycles} ${ok ? '通过' : '失败'} ${formatSeconds(r.ms)} | ${cycleLine(r)}`);
      if (!ok) {
        // After a failure the state is unknown (processes or data): stop here, with what helps to diagnose.
        log(`详情:\n${r.error ?? JSON.stringify(r.verification, null, 1)}\nETL 最近的失败: ${etl.lastFailures.slice(-5).join(' / ')}\nPostgreSQL 日志:\n${pg.log.slice(-20).join('\n')}`);
        break;
      }
    }

    const passed = results.filter((r) => !r.error && r.verification!.ok).length;
    const effective = Object.fromEntries(FAULTS.map((f) => [f, results.flatMap((r) => r.faults).filter((x) => x.fault === f && x.ok).length])) as Record<Fault, number>;
    const never = FAULTS.filter((f) => effective[f] === 0);
    const kills = results.flatMap((r) => r.faults).filter((x) => x.fault === 'etl-kill' && x.ok);
    const killsBefore = kills.filter((k) => k.beforeCheckpoint).length;
    const w = writer.stats;
    const seconds = (Date.now() - t0) / 1000;
    log(`汇总：${passed}/${opts.cycles} 轮通过；生效的故障 ${FAULTS.map((f) => `${FAULT_TEXT[f]} ${effective[f]}`).join('，')}；`
      + `确认写入 ${w.acked}（请求 ${w.requests}，连接失败 ${w.networkErrors}，5xx ${w.serverErrors}，意外 4xx ${w.clientErrors}，错误体不合约定 ${w.badErrorShape}）；`
      + `ETL 进程 ${etl.stats.processes} 个，运行成功 ${etl.stats.runsDone} 次（平均 ${Math.round(etl.stats.runMsTotal / Math.max(1, etl.stats.runsDone))} ms）、失败 ${etl.stats.runsFailed} 次（其中 ClickHouse 不可用 ${etl.stats.refusedByLock}），自行崩溃 ${etl.stats.crashes} 次；共 ${seconds.toFixed(1)} 秒`);
    for (const s of w.samples) log(`  样例: ${s}`);
    log(`kill -9 的落点：任何检查点写入之前 ${killsBefore} 次，cases 检查点之后、outbox 检查点之前 ${kills.length - killsBefore} 次`);
    if (never.length) log(`未能生效的故障类型: ${never.map((f) => FAULT_TEXT[f]).join('，')}`);
    const ok = passed === opts.cycles && !never.length && w.badErrorShape === 0;
    console.log(JSON.stringify({ ok, cycles: opts.cycles, passed, seed: opts.seed, seconds: Math.round(seconds), acked: w.acked, effective, writer: w, etl: etl.stats }));
    return ok ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then((code) => process.exit(code), (e) => {
  console.error(`[故障演练] 失败: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
