import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../api/src/common/paths';
import type { ClickHouse } from './client';
import { clusterStatements } from './cluster-ddl';

// ClickHouse DDL is owned here: numbered files etl/clickhouse/migrations/NNNN_name.sql, every
// statement idempotent (IF NOT EXISTS), applied in order and recorded in schema_migrations.

export const CH_MIGRATIONS_DIR = path.join(repoRoot(), 'etl', 'clickhouse', 'migrations');

export interface ChMigration { name: string; statements: string[]; checksum: string }

export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((l) => !l.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readChMigrations(dir = CH_MIGRATIONS_DIR): ChMigration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(path.join(dir, f), 'utf8');
      return { name: f.replace(/\.sql$/, ''), statements: splitStatements(sql), checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function applyChMigrations(ch: ClickHouse, migrations = readChMigrations()): Promise<string[]> {
  await ch.ready();
  await ch.client.command({
    query: `CREATE TABLE IF NOT EXISTS schema_migrations (name String, checksum String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3))
            ENGINE = ReplacingMergeTree ORDER BY name`,
  });
  const rs = await ch.client.query({ query: 'SELECT name FROM schema_migrations FINAL', format: 'JSONEachRow' });
  const done = new Set((await rs.json<{ name: string }>()).map((r) => r.name));
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    // Each statement is idempotent, so a run cut short is simply re-run from the top.
    for (const statement of m.statements) {
      const forms = ch.cluster ? clusterStatements(statement, { cluster: ch.cluster }) : [statement];
      for (const query of forms) await ch.client.command({ query });
    }
    await ch.client.insert({ table: 'schema_migrations', values: [{ name: m.name, checksum: m.checksum }], format: 'JSONEachRow' });
    applied.push(m.name);
  }
  return applied;
}
