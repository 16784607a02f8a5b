import type { Pool, PoolClient } from 'pg';
import { SNAPSHOT_XMIN } from './case-queries';

/**
 * A pooled connection for `work`, released afterwards. pg-pool detaches its 'error' listener while a
 * client is checked out: Postgres going away mid-run (restart, failover) would be an unhandled
 * 'error' event and kill the process (the API's, where the ETL runs by default). The work's next
 * query fails anyway; a client that saw an error is dropped, not returned to the pool.
 */
export async function withClient<T>(pg: Pool, work: (db: PoolClient) => Promise<T>): Promise<T> {
  const db = await pg.connect();
  let lost: Error | undefined;
  const onError = (e: Error) => { lost = e; };
  db.on('error', onError);
  try {
    return await work(db);
  } finally {
    db.off('error', onError);
    db.release(lost);
  }
}

/** One read-only REPEATABLE READ transaction on a pooled connection. */
async function readOnly<T>(pg: Pool, setup: (db: PoolClient) => Promise<void>, work: (db: PoolClient) => Promise<T>): Promise<T> {
  return withClient(pg, async (db) => {
    try {
      await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await setup(db);
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (e) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  });
}

/**
 * Runs `work` inside one REPEATABLE READ, read-only snapshot with its horizon (xmin): both ETL
 * streams read a window [checkpoint, xmin) that no still-running transaction can add to.
 */
export async function inSnapshot<T>(pg: Pool, work: (db: PoolClient, xmin: string) => Promise<T>): Promise<T> {
  let xmin = '';
  return readOnly(pg, async (db) => { xmin = (await db.query<{ xmin: string }>(SNAPSHOT_XMIN)).rows[0].xmin; }, (db) => work(db, xmin));
}

/**
 * Runs `work` on another connection that sees exactly the snapshot `exported` (from
 * pg_export_snapshot() inside an inSnapshot): a backfill copies several tables at once, one
 * connection each, all as of the same instant. The exporting transaction must stay open meanwhile.
 */
export async function inSameSnapshot<T>(pg: Pool, exported: string, work: (db: PoolClient) => Promise<T>): Promise<T> {
  return readOnly(pg, async (db) => {
    await db.query(`SET TRANSACTION SNAPSHOT ${db.escapeLiteral(exported)}`);
    await db.query(`SET LOCAL TimeZone = 'UTC'`);
  }, work);
}
