import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { readCheckpoint } from '../../etl/src/sync/checkpoints';
import { EtlStreams } from '../../etl/src/sync/streams';
import { allDifferences } from '../../etl/src/verify/compare';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestClickHouse } from '../support/test-clickhouse';
import { TEST_PII } from '../support/test-pii';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// Found by the fault drill (npm run test:faults): Postgres going away (an immediate restart) while
// an ETL run holds its snapshot connection and waits for ClickHouse. pg-pool detaches its own
// 'error' listener from a checked-out client, so the connection's error event was unhandled and
// killed the process — the API's own process, where the ETL runs by default. Now the run fails,
// its checkpoints stay, the process lives on and the next run catches up.

/** A ClickHouse whose inserts into `table` wait at a gate: the run sits mid-batch, its connection idle in transaction. */
function gated(ch: ClickHouse, table: string) {
  let reached!: () => void;
  let open!: () => void;
  const atGate = new Promise<void>((r) => (reached = r));
  const gate = new Promise<void>((r) => (open = r));
  const client = new Proxy(ch.client, {
    get(target, prop, receiver) {
      if (prop === 'insert') {
        return async (...args: Parameters<typeof target.insert>) => {
          if (args[0].table === table) {
            reached();
            await gate;
          }
          return target.insert(...args);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { ch: { ...ch, client } as ClickHouse, atGate, open };
}

describe('ETL run losing its Postgres connection mid-batch', () => {
  let db: TestDatabase;
  let ch: ClickHouse & { drop(): Promise<void> };
  let etlPool: Pool;
  const appName = `rp-etl-loss-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.pool, { cases: 300, seed: 47, today: '2026-11-15', demoPassword: 'Test-Password-2026', pii: TEST_PII });
    ch = await createTestClickHouse();
    etlPool = new Pool({ connectionString: db.url, max: 4, application_name: appName });
    etlPool.on('error', () => undefined); // as openInfra's pool: idle connections that die are only logged
  }, 180_000);

  afterAll(async () => {
    await etlPool?.end();
    await ch?.drop();
    await db?.drop();
  });

  // The case stream (cases + case_events) and the outbox stream each hold their own snapshot connection.
  it.each([['cases', 'cases'], ['evaluations', 'outbox']])(
    'waiting on ClickHouse (%s): the run fails without crashing the process; the %s checkpoint stays; the next run leaves ClickHouse equal to Postgres',
    async (table, stream) => {
      const streams = new EtlStreams(etlPool, ch, 50);
      await streams.syncPastNow(); // the backfill, the first time
      const before = await readCheckpoint(ch, stream);
      await db.pool.query(`WITH t AS (UPDATE cases SET paused_days = paused_days + 1, version = version + 1 WHERE id % 5 = 0 RETURNING id)
        INSERT INTO case_events (case_id, type, data) SELECT id, 'CONNECTION_DRILL', '{}' FROM t`);
      await db.pool.query(`UPDATE evaluations SET done = NOT coalesce(done, true) WHERE id % 7 = 0`);
      await streams.waitForHorizon();

      const g = gated(ch, table);
      // Small batches: after the gate the run still needs Postgres (the next batch), so it cannot finish.
      const outcome = new EtlStreams(etlPool, g.ch, 10).runOnce().then(() => 'resolved', (e: Error) => e.message);
      await g.atGate;
      // The server ends the run's connection, as an immediate shutdown does (FATAL 57P01, then EOF).
      const killed = await db.pool.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle in transaction'`, [appName]);
      expect(killed.rowCount).toBe(1);
      await new Promise((r) => setTimeout(r, 300)); // the error event arrives while the run waits on ClickHouse
      g.open();
      expect(await outcome).toMatch(/terminat|not queryable|Connection/i);
      expect((await readCheckpoint(ch, stream))!.position).toBe(before!.position);

      await streams.syncPastNow();
      expect(await allDifferences(db.pool, ch)).toEqual([]);
    }, 180_000);
});
