// Bulk-load helpers. Loading millions of rows into tables whose indexes and foreign keys are
// live costs an index insertion per row per index and a trigger per row per foreign key; building
// them once afterwards is several times faster. The definitions are read from the catalog
// (pg_get_constraintdef / pg_get_indexdef) rather than repeated here, so later migrations that
// add an index or a foreign key to these tables are restored exactly. All of this is DDL inside
// the seed's transaction: if the seed fails, PostgreSQL rolls the drops back too.
import type { PoolClient } from 'pg';

export interface RestorePlan {
  statements: string[];
}

/** Drop the keys, indexes and foreign keys of `tables` (and foreign keys pointing at them). */
export async function dropKeysAndIndexes(client: PoolClient, tables: readonly string[]): Promise<RestorePlan> {
  const { rows: fks } = await client.query<{ drop: string; add: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS add
       FROM pg_constraint c
      WHERE c.contype = 'f'
        AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))
      ORDER BY c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const { rows: keys } = await client.query<{ drop: string; add: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS add
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'x') AND c.conrelid = ANY($1::regclass[])
      ORDER BY c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const { rows: indexes } = await client.query<{ drop: string; add: string }>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS add
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x') AND c.conrelid = i.indrelid)
      ORDER BY i.indexrelid::regclass::text`,
    [tables],
  );
  for (const r of [...fks, ...keys, ...indexes]) await client.query(r.drop);
  return { statements: [...keys, ...indexes, ...fks].map((r) => r.add) };
}

export async function restoreKeysAndIndexes(client: PoolClient, plan: RestorePlan): Promise<void> {
  for (const sql of plan.statements) await client.query(sql);
}

/** Move every serial sequence of `tables` past the largest id, so the application's inserts do not collide. */
export async function syncSequences(client: PoolClient, tables: readonly string[]): Promise<void> {
  const { rows } = await client.query<{ sql: string }>(
    `SELECT format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 1), (SELECT max(%I) FROM %I) IS NOT NULL)',
                   pg_get_serial_sequence(format('%I', c.table_name), c.column_name),
                   c.column_name, c.table_name, c.column_name, c.table_name) AS sql
       FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.table_name = ANY($1::text[])
        AND pg_get_serial_sequence(format('%I', c.table_name), c.column_name) IS NOT NULL
      ORDER BY c.table_name, c.column_name`,
    [tables],
  );
  for (const r of rows) await client.query(r.sql);
}
