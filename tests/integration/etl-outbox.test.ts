import { OutboxSync } from '../../etl/src/sync/outbox-sync';
import { readCheckpoint } from '../../etl/src/sync/checkpoints';
import { seedDatabase } from '../../prisma/seed/seed';
import { outboxDifferences } from '../../etl/src/verify/compare';
import { createTestClickHouse } from '../support/test-clickhouse';
import { TEST_PII } from '../support/test-pii';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// Issue 6: every fact beyond cases moves through the outbox (etl_changes, filled by triggers) with
// nothing lost and nothing counted twice: inserts, updates, deletes, late commits, re-sent batches.

type Ch = Awaited<ReturnType<typeof createTestClickHouse>>;

async function chCount(ch: Ch, sql: string, params: Record<string, unknown> = {}): Promise<number> {
  const rs = await ch.client.query({ query: sql, query_params: params, format: 'JSONEachRow' });
  return Number(Object.values((await rs.json<Record<string, string>>())[0])[0]);
}

/** The horizon is cluster-wide (other tests' transactions hold it back): run until `done` holds. */
async function syncUntil(sync: OutboxSync, done: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sync.runOnce();
    if (await done()) return;
    if (Date.now() > deadline) throw new Error('change did not reach ClickHouse in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('ETL outbox stream (real Postgres, real chDB)', () => {
  let db: TestDatabase;
  let ch: Ch;
  let sync: OutboxSync;

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 3000, seed: 21, today: '2026-11-15', demoPassword: 'Test-Password-2026', pii: TEST_PII });
    sync = new OutboxSync(db.pool, ch, 300); // several batches per run
  }, 180_000);

  afterAll(async () => {
    await ch?.drop();
    await db?.drop();
  });

  it('backfills every table so that ClickHouse equals Postgres row by row, and prunes the outbox', async () => {
    const r = await sync.runOnce();
    expect(r.backfilled).toBe(true);
    expect(r.tables.evaluations).toBeGreaterThan(100);
    expect(r.tables.regions).toBeGreaterThan(1000);
    expect(await outboxDifferences(db.pool, ch)).toEqual([]);
    const cp = await readCheckpoint(ch, 'outbox');
    const below = await db.pool.query('SELECT count(*)::int AS n FROM etl_changes WHERE txid < $1::text::xid8', [cp!.position]);
    expect(below.rows[0].n).toBe(0);
  });

  it('moves inserts, updates and deletes incrementally, leaving no ghost rows', async () => {
    const ev = (await db.pool.query(`SELECT id, case_id FROM evaluations ORDER BY id LIMIT 3`)).rows;
    await db.pool.query(`UPDATE evaluations SET level = 'VERY_DISSATISFIED' WHERE id = $1`, [ev[0].id]);
    await db.pool.query(`DELETE FROM evaluations WHERE id = $1`, [ev[1].id]);
    await db.pool.query(`UPDATE regions SET name = name || '（更名）' WHERE code = (SELECT min(code) FROM regions WHERE level = 'TOWNSHIP')`);
    const before = await chCount(ch, 'SELECT count() FROM consultations FINAL');
    await db.pool.query(`INSERT INTO consultations (station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, topic, content, status, created_at, updated_at)
      SELECT station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, '新增事项咨询', '内容', status, now(), now() FROM consultations ORDER BY id LIMIT 2`);
    await syncUntil(sync, async () => (await chCount(ch, 'SELECT count() FROM consultations FINAL')) === before + 2);
    expect(await chCount(ch, 'SELECT count() FROM evaluations FINAL WHERE id = {id:UInt32}', { id: ev[1].id })).toBe(0);
    expect(await chCount(ch, `SELECT bad FROM evaluations FINAL WHERE id = {id:UInt32}`, { id: ev[0].id })).toBe(1);
    expect(await outboxDifferences(db.pool, ch)).toEqual([]);
  });

  it('does not miss a transaction that began before a run and committed after it', async () => {
    const late = await db.pool.connect();
    try {
      await late.query('BEGIN');
      const { id } = (await late.query(`UPDATE agents SET name = name || '甲' WHERE id = (SELECT min(id) FROM agents) RETURNING id`)).rows[0];
      await sync.runOnce(); // runs while the transaction is open: its change is beyond the horizon
      await late.query('COMMIT');
      await syncUntil(sync, async () => (await chCount(ch, `SELECT count() FROM agents FINAL WHERE id = {id:UInt32} AND endsWith(name, '甲')`, { id })) === 1);
    } finally {
      late.release();
    }
    expect(await outboxDifferences(db.pool, ch)).toEqual([]);
  });

  it('counts nothing twice when a batch is re-sent (checkpoint not yet moved)', async () => {
    const cp = await readCheckpoint(ch, 'outbox');
    await db.pool.query(`UPDATE rectifications SET alert_level = 'OVERDUE' WHERE id IN (SELECT id FROM rectifications ORDER BY id LIMIT 5)`);
    await db.pool.query(`UPDATE catalogue_items SET time_limit_days = time_limit_days + 1 WHERE id = (SELECT min(id) FROM catalogue_items)`);
    await syncUntil(sync, async () => (await outboxDifferences(db.pool, ch)).length === 0);
    // Pretend the run crashed before its checkpoint: put the old one back and run again.
    await ch.client.insert({ table: 'etl_checkpoints', values: [{ stream: 'outbox', position: cp!.position, rows_moved: cp!.rowsMoved, updated_at: '2099-01-01 00:00:00.000' }], format: 'JSONEachRow' });
    await db.pool.query(`INSERT INTO etl_changes (entity, entity_id) SELECT 'rectifications', id::text FROM rectifications ORDER BY id LIMIT 5`);
    await sync.runOnce();
    expect(await outboxDifferences(db.pool, ch)).toEqual([]);
    expect(await chCount(ch, 'SELECT count() FROM rectifications FINAL')).toBe(Number((await db.pool.query('SELECT count(*) FROM rectifications')).rows[0].count));
  });
});
