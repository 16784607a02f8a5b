import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../api/src/common/paths';
import { applyMigrations, readMigrations } from '../../prisma/migrate';
import { schemaSnapshot } from '../support/schema-snapshot';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// schema.prisma is what developers edit; prisma/migrations/*/migration.sql is what is applied.
// The two must describe the same database: this fails when someone edits one and not the other.

function schemaSql(): string {
  const root = repoRoot();
  return execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'),
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: '1' }, encoding: 'utf8' });
}

describe('Postgres migrations', () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase();
    fromSchema = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it('apply to an empty database and record each migration once', async () => {
    const names = readMigrations().map((m) => m.name);
    const { rows } = await migrated.pool.query('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(await applyMigrations(migrated.pool)).toEqual([]); // a second run is a no-op
  });

  it('match schema.prisma exactly (no drift)', async () => {
    await fromSchema.pool.query(schemaSql());
    const expected = await schemaSnapshot(fromSchema.pool);
    const actual = await schemaSnapshot(migrated.pool);
    expect(expected.length).toBeGreaterThan(50);
    expect(actual).toEqual(expected);
  }, 120_000);

  it('refuse a landed migration whose file was edited', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(applyMigrations(migrated.pool, edited)).rejects.toThrow(/被修改|edited/);
  });

  it('case_events stamps each row with its writing transaction (the ETL horizon)', async () => {
    const { rows } = await migrated.pool.query(`SELECT column_default FROM information_schema.columns
      WHERE table_name = 'case_events' AND column_name = 'txid'`);
    expect(rows[0].column_default).toBe('pg_current_xact_id()');
  });
});
