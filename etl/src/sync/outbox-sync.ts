import type { Pool, PoolClient } from 'pg';
import { truncateStatement, type ClickHouse } from '../clickhouse/client';
import { byKeysSql, ENTITIES, pageSql, tombstones, type EntitySpec } from '../transform/outbox-rows';
import { readCheckpoint, writeCheckpoint } from './checkpoints';
import { copyIntoClickHouse } from './copy-stream';
import { inSnapshot } from './snapshot';

// Moves every outbox entity (consultations, evaluations, 回访 calls, rectifications and the region,
// station, agent and catalogue dimensions) from Postgres into ClickHouse.
//
// Same exactly-once scheme as the case stream (case-sync.ts): inside one REPEATABLE READ snapshot,
// read the keys that transactions in [checkpoint, xmin) changed (etl_changes, filled by triggers),
// re-read those rows whole, write them in batches with version = xmin (newer runs read newer state
// with a larger xmin, so ReplacingMergeTree keeps the newest) and write keys that no longer exist
// as tombstones (is_deleted = 1). The checkpoint moves only after ClickHouse took every batch; a
// crash before it re-sends the same rows, which replace themselves. Outbox rows below the
// checkpoint are pruned afterwards — they are in ClickHouse for good.

export const OUTBOX_STREAM = 'outbox';

export interface OutboxResult {
  /** Rows written per ClickHouse table (tombstones included). */
  tables: Record<string, number>;
  deleted: number;
  position: string;
  backfilled: boolean;
}

export type Progress = (done: number, total: number) => void;

/** Called after the rows are in ClickHouse and before the checkpoint moves: local months touched per table. */
export type BeforeCheckpoint = (months: Record<string, string[]>) => Promise<void>;

/** Tables whose rows carry a created_date that a rollup groups by. */
const MONTHLY = new Set(['evaluations', 'consultations']);

const CHANGES_IN_WINDOW = `SELECT id::text AS id, entity, entity_id FROM etl_changes
  WHERE txid >= $1::text::xid8 AND txid < $2::text::xid8 AND id > $3::bigint ORDER BY id LIMIT $4`;

export class OutboxSync {
  constructor(private readonly pg: Pool, private readonly ch: ClickHouse, private readonly batchSize = 5000,
    private readonly entities: readonly EntitySpec[] = ENTITIES) {}

  async runOnce(beforeCheckpoint?: BeforeCheckpoint): Promise<OutboxResult> {
    const checkpoint = await readCheckpoint(this.ch, OUTBOX_STREAM);
    if (!checkpoint) return this.backfill();
    const result = await inSnapshot(this.pg, async (db, xmin) => {
      const tables: Record<string, number> = {};
      let deleted = 0;
      let lastId = '0';
      const months: Record<string, Set<string>> = {};
      for (;;) {
        const { rows } = await db.query<{ id: string; entity: string; entity_id: string }>(
          CHANGES_IN_WINDOW, [checkpoint.position, xmin, lastId, this.batchSize]);
        if (!rows.length) break;
        for (const spec of this.entities) {
          const keys = [...new Set(rows.filter((r) => r.entity === spec.entity).map((r) => r.entity_id))];
          if (!keys.length) continue;
          const moved = await this.moveKeys(db, spec, keys, xmin);
          if (MONTHLY.has(spec.table)) {
            const set = (months[spec.table] ??= new Set());
            for (const r of moved.rows) if (typeof r.created_date === 'string') set.add(`${r.created_date.slice(0, 7)}-01`);
          }
          tables[spec.table] = (tables[spec.table] ?? 0) + moved.written;
          deleted += moved.deleted;
        }
        lastId = rows[rows.length - 1].id;
        if (rows.length < this.batchSize) break;
      }
      const moved = Object.values(tables).reduce((a, b) => a + b, 0);
      if (Object.keys(months).length) await beforeCheckpoint?.(Object.fromEntries(Object.entries(months).map(([t, m]) => [t, [...m]])));
      if (xmin !== checkpoint.position) await writeCheckpoint(this.ch, OUTBOX_STREAM, xmin, checkpoint.rowsMoved + moved);
      return { tables, deleted, position: xmin, backfilled: false };
    });
    await this.prune(result.position);
    return result;
  }

  /** Rebuilds every outbox table from one Postgres snapshot, then resumes incrementally from it. */
  async backfill(progress?: Progress): Promise<OutboxResult> {
    const result = await inSnapshot(this.pg, async (db, xmin) => {
      await db.query(`SET LOCAL TimeZone = 'UTC'`); // COPY prints instants in UTC, as ClickHouse stores them
      let total = 0;
      for (const e of this.entities) total += Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${e.entity}`)).rows[0].n);
      let done = 0;
      progress?.(0, total);
      const tables: Record<string, number> = {};
      for (const spec of this.entities) {
        await this.ch.client.command({ query: truncateStatement(this.ch, spec.table) });
        if (spec.copy) {
          // xmin is a decimal string Postgres gave us; checked before it becomes a literal.
          if (!/^\d+$/.test(xmin)) throw new Error(`unexpected snapshot xmin ${xmin}`);
          tables[spec.table] = await copyIntoClickHouse(db, this.ch, spec.copy.sql.replace('$VERSION', xmin), spec.table, spec.copy.columns,
            (n) => progress?.((done += n), total));
          continue;
        }
        let last: string | number = spec.keyKind === 'int' ? 0 : '';
        const page = Math.max(this.batchSize, 20000);
        tables[spec.table] = 0;
        for (;;) {
          const { rows } = await db.query(pageSql(spec), [last, page]);
          if (!rows.length) break;
          await this.insert(spec.table, rows.map((r) => spec.map(r, xmin)));
          tables[spec.table] += rows.length;
          progress?.((done += rows.length), total);
          last = rows[rows.length - 1][spec.key];
          if (rows.length < page) break;
        }
      }
      const moved = Object.values(tables).reduce((a, b) => a + b, 0);
      await writeCheckpoint(this.ch, OUTBOX_STREAM, xmin, moved);
      return { tables, deleted: 0, position: xmin, backfilled: true };
    });
    await this.prune(result.position);
    return result;
  }

  private async moveKeys(db: PoolClient, spec: EntitySpec, keys: string[], xmin: string) {
    const typed = spec.keyKind === 'int' ? keys.map(Number) : keys;
    const { rows } = await db.query(byKeysSql(spec), [typed]);
    const present = new Set(rows.map((r) => String(r[spec.key])));
    const gone = typed.filter((k) => !present.has(String(k)));
    let tomb: Record<string, unknown>[] = [];
    if (gone.length) {
      // The deleted row's sort key (its region) is only in ClickHouse now: re-read it from there.
      const rs = await this.ch.client.query({
        query: `SELECT * FROM ${spec.table} FINAL WHERE ${spec.key} IN {keys:Array(${spec.keyKind === 'int' ? 'UInt32' : 'String'})}`,
        query_params: { keys: gone }, format: 'JSONEachRow',
      });
      tomb = tombstones(await rs.json<Record<string, unknown>>(), xmin);
    }
    const written = [...rows.map((r) => spec.map(r, xmin)), ...tomb];
    await this.insert(spec.table, written);
    return { written: written.length, deleted: tomb.length, rows: written };
  }

  /** Outbox rows below the committed checkpoint are in ClickHouse for good. */
  private async prune(position: string): Promise<void> {
    await this.pg.query('DELETE FROM etl_changes WHERE txid < $1::text::xid8', [position]);
  }

  private async insert(table: string, values: object[]): Promise<void> {
    if (values.length) await this.ch.client.insert({ table, values, format: 'JSONEachRow' });
  }
}
