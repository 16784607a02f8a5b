import type { Pool, PoolClient } from 'pg';
import { truncateStatement, type ClickHouse } from '../clickhouse/client';
import { toChCase, toChCaseEvent, type PgCaseEventRow, type PgCaseRow } from '../transform/case-row';
import { CASE_COPY_COLUMNS, CASES_BY_IDS, CASES_COPY, EVENT_COPY_COLUMNS, EVENTS_COPY, EVENTS_IN_WINDOW } from './case-queries';
import { copyIntoClickHouse } from './copy-stream';
import { inSameSnapshot, inSnapshot } from './snapshot';
import { readCheckpoint, writeCheckpoint } from './checkpoints';
import { dueMonths, localMonth, monthOf } from '../rollups/refresh';

// Moves cases and their events from Postgres into ClickHouse.
//
// Exactly-once without a queue: every change to a case appends a case_event in the same
// transaction, and Postgres stamps each event with its transaction id (txid, xid8). A run reads,
// inside one REPEATABLE READ snapshot, the events of transactions in [checkpoint, xmin) where
// xmin is that snapshot's horizon: every transaction below it has finished, so a transaction
// that commits late is simply read by a later run, never skipped (a plain updated_at or
// sequence watermark would skip it). The cases those events touch are re-read whole and
// written with their version; ClickHouse's ReplacingMergeTree keeps the newest, so a batch
// that is re-sent after a crash replaces itself instead of counting twice. The checkpoint moves
// only after ClickHouse accepted every batch of the window.

export const STREAM = 'cases';

export interface SyncResult { cases: number; events: number; position: string; backfilled: boolean }

/** Called after the rows are in ClickHouse and before the checkpoint moves, with the local months they touch. */
export type BeforeCheckpoint = (months: string[]) => Promise<void>;
export type Progress = (done: number, total: number) => void;

export class CaseSync {
  constructor(private readonly pg: Pool, private readonly ch: ClickHouse, private readonly batchSize = 5000) {}

  async runOnce(beforeCheckpoint?: BeforeCheckpoint): Promise<SyncResult> {
    const checkpoint = await readCheckpoint(this.ch, STREAM);
    if (!checkpoint) return this.backfill();
    return inSnapshot(this.pg, async (db, xmin) => {
      let events = 0;
      let cases = 0;
      let lastId = '0';
      const months = new Set<string>();
      for (;;) {
        const { rows } = await db.query<PgCaseEventRow>(EVENTS_IN_WINDOW, [checkpoint.position, xmin, lastId, this.batchSize]);
        if (!rows.length) break;
        const caseIds = [...new Set(rows.map((r) => r.case_id))];
        const caseRows = (await db.query<PgCaseRow>(CASES_BY_IDS, [caseIds])).rows;
        await this.insert('cases', caseRows.map(toChCase));
        for (const c of caseRows) {
          months.add(localMonth(c.created_at));
          if (c.accepted_at) months.add(localMonth(c.accepted_at));
          if (c.completed_date) months.add(monthOf(c.completed_date));
          for (const m of dueMonths(c)) months.add(m);
        }
        await this.insert('case_events', rows.map(toChCaseEvent));
        events += rows.length;
        cases += caseRows.length;
        lastId = rows[rows.length - 1].id;
        if (rows.length < this.batchSize) break;
      }
      // A crash between the two re-reads the same window next time, so the months are refreshed again.
      if (months.size) await beforeCheckpoint?.([...months]);
      if (xmin !== checkpoint.position) await writeCheckpoint(this.ch, STREAM, xmin, checkpoint.rowsMoved + cases + events);
      return { cases, events, position: xmin, backfilled: false };
    });
  }

  /** Rebuilds both tables from Postgres as of one snapshot, then resumes incrementally from it. */
  async backfill(progress?: Progress): Promise<SyncResult> {
    return inSnapshot(this.pg, async (db, xmin) => {
      const totals = (await db.query<{ cases: string; events: string }>(
        'SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events')).rows[0];
      const total = Number(totals.cases) + Number(totals.events);
      await this.ch.client.command({ query: truncateStatement(this.ch, 'cases') });
      await this.ch.client.command({ query: truncateStatement(this.ch, 'case_events') });
      let done = 0;
      progress?.(0, total);
      await db.query(`SET LOCAL TimeZone = 'UTC'`);
      const step = (n: number) => progress?.((done += n), total);
      // Three COPY streams of one snapshot at once: a ClickHouse insert parses and writes on about
      // one core, so a single stream left the other cores idle (docs/benchmarks.md, 回填).
      const exported = (await db.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0].s;
      const mid = (await db.query<{ mid: string | null }>('SELECT ((min(id) + max(id)) / 2)::text AS mid FROM case_events')).rows[0].mid ?? '0';
      const [cases, eventsLow, eventsHigh] = await Promise.all([
        inSameSnapshot(this.pg, exported, (db2) => copyIntoClickHouse(db2, this.ch, CASES_COPY, 'cases', CASE_COPY_COLUMNS, step)),
        copyIntoClickHouse(db, this.ch, `${EVENTS_COPY} WHERE e.id <= ${BigInt(mid)}`, 'case_events', EVENT_COPY_COLUMNS, step),
        inSameSnapshot(this.pg, exported, (db3) =>
          copyIntoClickHouse(db3, this.ch, `${EVENTS_COPY} WHERE e.id > ${BigInt(mid)}`, 'case_events', EVENT_COPY_COLUMNS, step)),
      ]);
      const events = eventsLow + eventsHigh;
      await writeCheckpoint(this.ch, STREAM, xmin, cases + events);
      return { cases, events, position: xmin, backfilled: true };
    });
  }

  private async insert(table: string, values: object[]): Promise<void> {
    if (values.length) await this.ch.client.insert({ table, values, format: 'JSONEachRow' });
  }
}
