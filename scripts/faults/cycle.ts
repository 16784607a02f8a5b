import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import { ackedCount } from './acked';
import { sleep, spawnNode } from './child';
import type { DrillPostgres } from './drill-postgres';
import type { DrillWriter } from './drill-writer';
import type { EtlSupervisor } from './etl-supervisor';
import { formatSeconds, type CyclePlan, type Fault, type FaultStep } from './plan';

// One cycle of the drill: writes through the API while the three faults strike in the planned
// order; then writes stop, the ETL process catches up on its own, it is stopped, and a separate
// process checks ClickHouse against Postgres and every acknowledged write (verify-cycle.ts).

export interface DrillContext {
  pg: DrillPostgres;
  pool: Pool;
  writer: DrillWriter;
  etl: EtlSupervisor;
  chdbPath: string;
  workDir: string;
  scripts: { holdChdb: string; verify: string };
  verifyEnv: NodeJS.ProcessEnv;
  writers: number;
}

export interface Verification { ok: boolean; diffs: unknown[]; rollups: unknown[]; lost: Record<string, number[]> }

export interface CycleResult {
  cycle: number;
  /** ok: the fault took effect (the kill cut a run; the outage refused at least one run). */
  faults: { fault: Fault; text: string; ok: boolean; beforeCheckpoint?: boolean }[];
  ackedInCycle: number;
  ackedTotal: number;
  catchUpMs: number;
  verifyMs: number;
  ms: number;
  verification?: Verification;
  error?: string;
}

/** A query on the drill's Postgres that rides out its restart. */
async function retryQuery<T>(pool: Pool, sql: string, timeoutMs = 60_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return (await pool.query(sql)).rows as T[];
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(200);
    }
  }
}

async function inject(ctx: DrillContext, step: FaultStep): Promise<{ text: string; ok: boolean; beforeCheckpoint?: boolean }> {
  if (step.fault === 'etl-kill') {
    const k = await ctx.etl.killMidRun(step.afterInserts, step.killDelayMs);
    const where = k.midRun ? '运行中' : '未落在运行中';
    const cps = k.checkpointsMoved.length ? `检查点已写 ${k.checkpointsMoved.join('+')}` : '检查点未动';
    return { text: `ETL kill -9（${where}，已落地 ${k.insertsLanded} 次插入，${cps}）`, ok: k.midRun, beforeCheckpoint: !k.checkpointsMoved.length };
  }
  if (step.fault === 'pg-immediate') {
    const t = Date.now();
    await ctx.pg.crash();
    await sleep(step.downMs);
    await ctx.pg.start(); // crash recovery from the WAL happens here
    return { text: `PostgreSQL 立即停止（SIGQUIT），${formatSeconds(Date.now() - t)}后恢复`, ok: true };
  }
  const refusedBefore = ctx.etl.stats.refusedByLock;
  const holder = spawnNode('chDB 占用', ctx.scripts.holdChdb, [ctx.chdbPath, String(step.downMs), '30000'], process.env);
  let heldAt = 0;
  let releasedAt = 0;
  holder.events.on('event', (e) => { if (e.ev === 'held') heldAt = e.t; if (e.ev === 'released') releasedAt = e.t; });
  const { code } = await holder.exited;
  if (code !== 0 || !heldAt || !releasedAt) throw new Error(`占用 chDB 目录的进程失败 (exit ${code}):\n${holder.tail()}`);
  const refused = ctx.etl.stats.refusedByLock - refusedBefore;
  // The outage must have been felt: at least one ETL run refused while the folder was held.
  return { text: `ClickHouse 不可用 ${formatSeconds(releasedAt - heldAt)}（其间 ETL 运行被拒 ${refused} 次）`, ok: refused > 0 };
}

export async function runCycle(ctx: DrillContext, plan: CyclePlan): Promise<CycleResult> {
  const t0 = Date.now();
  const ackedBefore = ctx.writer.stats.acked;
  const result: CycleResult = { cycle: plan.cycle, faults: [], ackedInCycle: 0, ackedTotal: 0, catchUpMs: 0, verifyMs: 0, ms: 0 };
  ctx.writer.start(ctx.writers);
  try {
    for (const step of plan.steps) {
      await sleep(step.leadMs);
      result.faults.push({ fault: step.fault, ...await inject(ctx, step) });
    }
    await sleep(plan.tailMs);
  } finally {
    await ctx.writer.stop();
  }
  result.ackedInCycle = ctx.writer.stats.acked - ackedBefore;

  // Every transaction up to this one is finished; the ETL has caught up once both checkpoints pass it.
  const t1 = Date.now();
  const [{ x }] = await retryQuery<{ x: string }>(ctx.pool, 'SELECT pg_current_xact_id()::text AS x');
  await ctx.etl.waitCaughtUp(BigInt(x), 120_000);
  result.catchUpMs = Date.now() - t1;
  await ctx.etl.stop(); // chDB allows one process per folder: the check needs it

  const t2 = Date.now();
  const acked = ctx.writer.snapshot();
  result.ackedTotal = ackedCount(acked);
  const ackedFile = path.join(ctx.workDir, 'acked.json');
  writeFileSync(ackedFile, JSON.stringify(acked));
  const verifier = spawnNode('校验', ctx.scripts.verify, [ackedFile], ctx.verifyEnv);
  const { code } = await verifier.exited;
  const last = verifier.stdout().trim().split('\n').pop() ?? '';
  result.verifyMs = Date.now() - t2;
  if (code === 2 || !last.startsWith('{')) throw new Error(`校验进程失败 (exit ${code}):\n${verifier.tail()}`);
  result.verification = JSON.parse(last) as Verification;
  ctx.etl.start();
  result.ms = Date.now() - t0;
  return result;
}
