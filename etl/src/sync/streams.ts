import type { Pool } from 'pg';
import { ensureCalendar } from '../../../api/src/calendar/calendar-seed';
import type { ClickHouse } from '../clickhouse/client';
import { ENTITIES } from '../transform/outbox-rows';
import { CaseSync, STREAM as CASE_STREAM } from './case-sync';
import { readCheckpoint, writeCheckpoint } from './checkpoints';
import { OUTBOX_STREAM, OutboxSync } from './outbox-sync';
import { ROLLUP_VERSION } from '../rollups/rollup-defs';
import { rebuildRollups, refreshRollups } from '../rollups/refresh';

// The ETL's two streams (cases + their events; everything else through the outbox) as one unit:
// what the scheduler runs each tick, what a backfill rebuilds, what tests call to catch up.

export interface SyncAllResult {
  /** Rows written per ClickHouse table in this run. */
  tables: Record<string, number>;
  backfilled: boolean;
}

export type Progress = (done: number, total: number) => void;

const ROLLUP_STREAM = 'rollups';

export class EtlStreams {
  readonly cases: CaseSync;
  readonly outbox: OutboxSync;

  constructor(private readonly pg: Pool, private readonly ch: ClickHouse, batchSize = 5000) {
    this.cases = new CaseSync(pg, ch, batchSize);
    this.outbox = new OutboxSync(pg, ch, batchSize);
  }

  private calendarReady = false;
  /** Rollups known complete in this process: the marker is read from ClickHouse once, not every run. */
  private rollupsReady = false;

  /** Working days of a case need the calendar table, which may not be filled yet on a first start. */
  private async calendar(): Promise<void> {
    if (this.calendarReady) return;
    await ensureCalendar(this.pg);
    this.calendarReady = true;
  }

  async runOnce(): Promise<SyncAllResult> {
    await this.calendar();
    // Rollup months are recomputed before each stream's checkpoint moves (see case-sync.ts).
    const c = await this.cases.runOnce(async (months) => { await refreshRollups(this.ch, { cases: months }); });
    const o = await this.outbox.runOnce(async (months) => { await refreshRollups(this.ch, months); });
    await this.ensureRollups();
    return { tables: { cases: c.cases, case_events: c.events, ...o.tables }, backfilled: c.backfilled || o.backfilled };
  }

  async backfill(progress?: Progress): Promise<SyncAllResult> {
    // Two bars would fight over one terminal line: report the case stream, then the outbox, as one count.
    await this.calendar();
    this.rollupsReady = false;
    await writeCheckpoint(this.ch, ROLLUP_STREAM, '0', 0); // stale until rebuilt below
    let caseTotal = 0;
    const c = await this.cases.backfill((d, t) => { caseTotal = t; progress?.(d, t); });
    const o = await this.outbox.backfill((d, t) => progress?.(caseTotal + d, caseTotal + t));
    await this.ensureRollups();
    return { tables: { cases: c.cases, case_events: c.events, ...o.tables }, backfilled: true };
  }

  /**
   * Rollups are rebuilt whole after a backfill; the marker says it finished, so a crash between the
   * backfill and the rebuild is repaired by the next run instead of leaving months missing.
   */
  private async ensureRollups(): Promise<void> {
    if (this.rollupsReady) return;
    const marker = await readCheckpoint(this.ch, ROLLUP_STREAM);
    // position: the ROLLUP_VERSION they were built by ('0' while a rebuild is due after a backfill)
    if (!marker || marker.position !== ROLLUP_VERSION) {
      await rebuildRollups(this.ch);
      await writeCheckpoint(this.ch, ROLLUP_STREAM, ROLLUP_VERSION, 0);
    }
    this.rollupsReady = true;
  }

  /**
   * Waits until every transaction committed before this call is below the snapshot horizon (no
   * older transaction anywhere on the server still open), then runs once: afterwards ClickHouse
   * holds everything written before the call. The horizon is cluster-wide, so a long transaction
   * in another database delays this (the wait is bounded; tests and the benchmark use it).
   */
  async syncPastNow(timeoutMs = 120_000): Promise<SyncAllResult> {
    await this.waitForHorizon(timeoutMs);
    return this.runOnce();
  }

  /** Resolves once the server's snapshot horizon has passed every transaction begun before the call. */
  async waitForHorizon(timeoutMs = 120_000): Promise<void> {
    const target = BigInt((await this.pg.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')).rows[0].x);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const xmin = BigInt((await this.pg.query<{ x: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x')).rows[0].x);
      if (xmin > target) return;
      if (Date.now() > deadline) throw new Error(`snapshot horizon held below ${target} for ${timeoutMs} ms by an open transaction`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** True once both streams have a checkpoint (a first backfill happened). */
  async initialised(): Promise<boolean> {
    return Boolean((await readCheckpoint(this.ch, CASE_STREAM)) && (await readCheckpoint(this.ch, OUTBOX_STREAM)));
  }

  /**
   * Seconds between now and the oldest change not yet in ClickHouse, per table (0 when nothing
   * waits; null when the stream has no checkpoint yet). A transaction still open counts from its
   * start, so a long one shows as lag instead of hiding.
   */
  async lag(): Promise<Record<string, number | null>> {
    const [cp, op] = await Promise.all([readCheckpoint(this.ch, CASE_STREAM), readCheckpoint(this.ch, OUTBOX_STREAM)]);
    const out: Record<string, number | null> = {};
    if (cp) {
      const { rows } = await this.pg.query<{ s: string | null }>(
        `SELECT extract(epoch FROM now() - min(at))::float8 AS s FROM case_events WHERE txid >= $1::text::xid8`, [cp.position]);
      out.cases = out.case_events = Math.max(0, Number(rows[0].s ?? 0));
    } else out.cases = out.case_events = null;
    const waiting = op ? (await this.pg.query<{ entity: string; s: number }>(
      `SELECT entity, extract(epoch FROM now() - min(at))::float8 AS s FROM etl_changes WHERE txid >= $1::text::xid8 GROUP BY entity`,
      [op.position])).rows : [];
    for (const e of ENTITIES) {
      const w = waiting.find((r) => r.entity === e.entity);
      out[e.table] = op ? Math.max(0, w ? Number(w.s) : 0) : null;
    }
    return out;
  }
}
