import { applyChMigrations, readChMigrations, splitStatements } from '../../etl/src/clickhouse/migrate';
import { createTestClickHouse } from '../support/test-clickhouse';

describe('ClickHouse migrations (real chDB)', () => {
  it('split files into statements, ignoring comments', () => {
    expect(splitStatements('-- a;\nCREATE TABLE a (x UInt8) ENGINE = Memory;\n\nSELECT 1;\n')).toEqual([
      'CREATE TABLE a (x UInt8) ENGINE = Memory', 'SELECT 1',
    ]);
  });

  it('apply in order, record themselves, and are idempotent', async () => {
    const ch = await createTestClickHouse();
    try {
      const names = readChMigrations().map((m) => m.name);
      const rs = await ch.client.query({ query: 'SELECT name FROM schema_migrations FINAL ORDER BY name', format: 'JSONEachRow' });
      expect((await rs.json<{ name: string }>()).map((r) => r.name)).toEqual(names);
      expect(await applyChMigrations(ch)).toEqual([]);
      const tables = await ch.client.query({ query: 'SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name', format: 'JSONEachRow' });
      expect((await tables.json<{ name: string }>()).map((t) => t.name)).toEqual(expect.arrayContaining(['case_events', 'cases', 'etl_checkpoints']));
    } finally {
      await ch.drop();
    }
  });
});
