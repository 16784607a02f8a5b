import type { Pool } from 'pg';

/** A comparable description of a database's public schema: tables, columns, indexes, constraints, enums. */
export async function schemaSnapshot(pool: Pool, ignoreTables: string[] = ['schema_migrations']): Promise<string[]> {
  const q = async (sql: string) => (await pool.query(sql, [ignoreTables])).rows.map((r) => Object.values(r).join(' | '));
  const columns = await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, ''),
      coalesce(character_maximum_length::text, ''), coalesce(numeric_precision::text, ''), coalesce(numeric_scale::text, '')
    FROM information_schema.columns WHERE table_schema = 'public' AND NOT table_name = ANY($1) ORDER BY 1, 2`);
  const indexes = await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND NOT tablename = ANY($1) ORDER BY 1, 2`);
  const constraints = await q(`SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid)
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND NOT c.relname = ANY($1) ORDER BY 1, 2`);
  const enums = await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname HAVING $1::text[] IS NOT NULL ORDER BY 1`);
  return [...columns.map((c) => `column ${c}`), ...indexes.map((i) => `index ${i}`), ...constraints.map((c) => `constraint ${c}`), ...enums.map((e) => `enum ${e}`)];
}
