import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { applyMigrations } from '../../prisma/migrate';
import { assertTestDatabase, TEST_DATABASE_URL } from './env';

export interface TestDatabase {
  name: string;
  url: string;
  pool: Pool;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh, empty database for one test file (migrated unless asked not to). */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  // The creation time in the name lets global setup drop leftovers of crashed runs without
  // touching databases that a concurrent run is using.
  const name = `rp_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  assertTestDatabase(url);
  const pool = new Pool({ connectionString: url, max: 10 });
  // DROP DATABASE … WITH (FORCE) terminates sockets that are still closing: not a test failure.
  pool.on('error', () => undefined);
  if (opts.migrate !== false) await applyMigrations(pool);
  return {
    name,
    url,
    pool,
    async drop() {
      await pool.end();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
