import { Client } from 'pg';
import { TEST_DATABASE_URL } from './env';

export default async function globalSetup(): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`测试需要一个 PostgreSQL 服务器 (tests need PostgreSQL at TEST_DATABASE_URL=${TEST_DATABASE_URL}): ${(e as Error).message}`);
  }
  // Databases left behind by an interrupted run at least two hours ago (rp_test_<base36 ms>_<rand>).
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'rp\\_test\\_%'");
  const stale = rows.filter((r) => Date.now() - parseInt(r.datname.split('_')[2], 36) > 2 * 3600_000);
  for (const r of stale) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`).catch(() => undefined);
  await client.end();
}
