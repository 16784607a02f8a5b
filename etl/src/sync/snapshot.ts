import type { Pool, PoolClient } from 'pg';
import { SNAPSHOT_XMIN } from './case-queries';

/**
 * Runs `work` inside one REPEATABLE READ, read-only snapshot with its horizon (xmin): both ETL
 * streams read a window [checkpoint, xmin) that no still-running transaction can add to.
 */
export async function inSnapshot<T>(pg: Pool, work: (db: PoolClient, xmin: string) => Promise<T>): Promise<T> {
  const db = await pg.connect();
  // pg-pool detaches its 'error' listener while a client is checked out: Postgres going away
  // mid-run (restart, failover) would be an unhandled 'error' event and kill the process (the
  // API's, where the ETL runs by default). The run's next query fails anyway; the client is dropped.
  let lost: Error | undefined;
  const onError = (e: Error) => { lost = e; };
  db.on('error', onError);
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const xmin = (await db.query<{ xmin: string }>(SNAPSHOT_XMIN)).rows[0].xmin;
    const result = await work(db, xmin);
    await db.query('COMMIT');
    return result;
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    db.off('error', onError);
    db.release(lost);
  }
}
