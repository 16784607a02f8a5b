import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import os from 'node:os';
import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { CASES_COPY, EVENTS_COPY } from '../../etl/src/sync/case-queries';
import { EtlStreams } from '../../etl/src/sync/streams';
import { ENTITIES } from '../../etl/src/transform/outbox-rows';

// Backfill throughput (rows/s, total and per core) against the source's ceiling: the same rows
// read by `COPY … TO STDOUT` into a sink that only counts them, in the same run.

export interface BackfillResult {
  rows: number;
  seconds: number;
  rowsPerSec: number;
  perCore: number;
  cores: number;
  tables: Record<string, number>;
  ceiling: { rows: number; seconds: number; rowsPerSec: number };
}

async function copyCeiling(pool: Pool): Promise<{ rows: number; seconds: number }> {
  const db = await pool.connect();
  const t0 = Date.now();
  let rows = 0;
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await db.query(`SET LOCAL TimeZone = 'UTC'`);
    const sqls = [CASES_COPY, EVENTS_COPY, ...ENTITIES.map((e) => e.copy ? e.copy.sql.replace('$VERSION', '1') : e.select)];
    for (const sql of sqls) {
      await pipeline(db.query(copyTo(`COPY (${sql}) TO STDOUT`)), new Writable({
        write(chunk: Buffer, _enc, done) {
          for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) rows++;
          done();
        },
      }));
    }
    await db.query('COMMIT');
  } finally {
    db.release();
  }
  return { rows, seconds: (Date.now() - t0) / 1000 };
}

export async function benchBackfill(pool: Pool, ch: ClickHouse, progress: (d: number, t: number) => void): Promise<BackfillResult> {
  const ceiling = await copyCeiling(pool);
  const t0 = Date.now();
  const r = await new EtlStreams(pool, ch, 10_000).backfill(progress);
  const seconds = (Date.now() - t0) / 1000;
  const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
  const cores = os.cpus().length;
  return {
    rows, seconds, rowsPerSec: rows / seconds, perCore: rows / seconds / cores, cores, tables: r.tables,
    ceiling: { ...ceiling, rowsPerSec: ceiling.rows / ceiling.seconds },
  };
}
