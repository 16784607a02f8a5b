import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { openClickHouse, type ClickHouse } from '../../etl/src/clickhouse/client';
import { applyChMigrations } from '../../etl/src/clickhouse/migrate';

/** chDB folder of this Jest worker: chDB allows one engine (one folder) per process. */
export function workerChdbPath(): string {
  return path.join(os.tmpdir(), `rp-chdb-${process.env.JEST_WORKER_ID ?? '0'}-${process.pid}`);
}

/** A fresh ClickHouse database (real chDB engine, or CLICKHOUSE_URL when set) with the migrations. */
export async function createTestClickHouse(): Promise<ClickHouse & { drop(): Promise<void> }> {
  const database = `rp_test_${randomBytes(5).toString('hex')}`;
  const ch = openClickHouse({ url: process.env.TEST_CLICKHOUSE_URL, database, chdbPath: workerChdbPath() });
  await applyChMigrations(ch);
  return Object.assign(ch, {
    async drop() {
      await ch.client.command({ query: `DROP DATABASE IF EXISTS ${database}` }).catch(() => undefined);
      await ch.close();
    },
  });
}
