import { CaseSync } from '../../etl/src/sync/case-sync';
import { readCheckpoint } from '../../etl/src/sync/checkpoints';
import { compileIndicator } from '../../api/src/indicators/query-builder';
import { INDICATORS } from '../../api/src/indicators/registry';
import { seedDatabase } from '../../prisma/seed/seed';
import { caseDifferences } from '../../etl/src/verify/compare';
import { pgOnTimeByMonth } from '../../scripts/bench/pg-twins';
import { createTestClickHouse } from '../support/test-clickhouse';
import { TEST_PII } from '../support/test-pii';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

type Ch = Awaited<ReturnType<typeof createTestClickHouse>>;

async function chCount(ch: Ch, sql: string): Promise<number> {
  const rs = await ch.client.query({ query: sql, format: 'JSONEachRow' });
  return Number(Object.values((await rs.json<Record<string, string>>())[0])[0]);
}

/**
 * 按时办结率 by month as the indicator engine computes it: the registry's declaration compiled by the
 * one query builder and run on ClickHouse (what GET /indicators/on-time-rate serves).
 */
async function chOnTimeByMonth(ch: Ch, p: { path: string; fromDate: string; toExclusive: string }) {
  const { sql, params } = compileIndicator(INDICATORS.get('on-time-rate')!, { grain: 'month', groupBy: 'none', today: '2026-11-15', ...p });
  const rs = await ch.client.query({ query: sql, query_params: params, format: 'JSONEachRow' });
  const rows = await rs.json<{ period: string; num: string | number; den: string | number }>();
  return rows.map((r) => ({ period: r.period, completed: Number(r.den), onTime: Number(r.num) }));
}

async function pgCount(db: TestDatabase, sql: string): Promise<number> {
  return Number(Object.values((await db.pool.query(sql)).rows[0])[0]);
}

/**
 * Runs the sync until `done` holds. The horizon (pg_snapshot_xmin) is cluster-wide: a long
 * transaction in another database of the same server (another test seeding) holds it back, so a
 * committed change is guaranteed to arrive, but not necessarily on the very next run.
 */
async function syncUntil(sync: CaseSync, done: () => Promise<boolean>, timeoutMs = 60_000) {
  const totals = { cases: 0, events: 0, runs: 0 };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await sync.runOnce();
    totals.cases += r.cases;
    totals.events += r.events;
    totals.runs++;
    if (await done()) return totals;
    if (Date.now() > deadline) throw new Error('change did not reach ClickHouse in time');
    await new Promise((res) => setTimeout(res, 200));
  }
}

async function chStatus(ch: Ch, id: number): Promise<string[]> {
  const rs = await ch.client.query({ query: 'SELECT status FROM cases FINAL WHERE id = {id:UInt32}', query_params: { id }, format: 'JSONEachRow' });
  return (await rs.json<{ status: string }>()).map((r) => r.status);
}

/** A case change the way the API makes one: the row and its event in one transaction. */
async function changeStatus(db: TestDatabase, id: number, to: string, client?: import('pg').PoolClient) {
  const c = client ?? (await db.pool.connect());
  if (!client) await c.query('BEGIN');
  await c.query(`UPDATE cases SET status = $2::"CaseStatus", version = version + 1, updated_at = now() WHERE id = $1`, [id, to]);
  await c.query(`INSERT INTO case_events (case_id, type, to_status, data) VALUES ($1, 'TEST_CHANGE', $2::"CaseStatus", '{}')`, [id, to]);
  if (!client) {
    await c.query('COMMIT');
    c.release();
  }
}

describe('ETL Postgres → ClickHouse (real Postgres, real chDB)', () => {
  let db: TestDatabase;
  let ch: Ch;
  let sync: CaseSync;

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 5000, seed: 11, today: '2026-11-15', demoPassword: 'Test-Password-2026', pii: TEST_PII });
    sync = new CaseSync(db.pool, ch, 700); // several batches per run
  }, 180_000);

  afterAll(async () => {
    await ch?.drop();
    await db?.drop();
  });

  it('moves every seeded case and event (first run is a backfill)', async () => {
    const r = await sync.runOnce();
    expect(r.backfilled).toBe(true);
    expect(await pgCount(db, 'SELECT count(*) FROM cases')).toBe(5000);
    expect(await chCount(ch, 'SELECT count() FROM cases FINAL')).toBe(5000);
    expect(await chCount(ch, 'SELECT count() FROM case_events FINAL')).toBe(await pgCount(db, 'SELECT count(*) FROM case_events'));
    expect(await readCheckpoint(ch, 'cases')).toBeDefined();
    // The backfill streams COPY text straight into ClickHouse; the incremental path maps rows in JS.
    // Both must give the same row for every case (version, working days and notice count included).
    expect(await caseDifferences(db.pool, ch)).toEqual([]);
  });

  it('after an update the next run leaves exactly one current row, with the new state', async () => {
    const id = Number((await db.pool.query(`SELECT id FROM cases WHERE status = 'IN_PROGRESS' OR status = 'ACCEPTED' ORDER BY id LIMIT 1`)).rows[0].id);
    await changeStatus(db, id, 'COMPLETED');
    const moved = await syncUntil(sync, async () => (await chStatus(ch, id))[0] === 'COMPLETED');
    // A run may re-send rows of transactions below an older horizon (another database's long
    // transaction holds it back); they replace themselves, so counts stay exact.
    expect(moved.events).toBeGreaterThanOrEqual(1);
    expect(await chStatus(ch, id)).toEqual(['COMPLETED']);
    expect(await chCount(ch, 'SELECT count() FROM case_events FINAL')).toBe(await pgCount(db, 'SELECT count(*) FROM case_events'));
    expect(await chCount(ch, 'SELECT count() FROM cases FINAL')).toBe(5000);
  });

  it('does not miss a transaction that was open during a run and commits after it', async () => {
    const id = Number((await db.pool.query(`SELECT id FROM cases WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`)).rows[0].id);
    const late = await db.pool.connect();
    try {
      await late.query('BEGIN');
      await changeStatus(db, id, 'FAILED', late);
      await sync.runOnce(); // the open transaction holds the horizon back: its change is not read
      expect(await chStatus(ch, id)).toEqual(['COMPLETED']);
      await late.query('COMMIT');
    } finally {
      await late.query('ROLLBACK').catch(() => undefined); // never leave it open if an expectation failed
      late.release();
    }
    const after = await syncUntil(sync, async () => (await chStatus(ch, id))[0] === 'FAILED');
    expect(after.events).toBeGreaterThanOrEqual(1);
    expect(await chStatus(ch, id)).toEqual(['FAILED']);
    expect(await chCount(ch, 'SELECT count() FROM case_events FINAL')).toBe(await pgCount(db, 'SELECT count(*) FROM case_events'));
  });

  it('counts nothing twice when a batch is re-sent after a crash before the checkpoint', async () => {
    const before = await readCheckpoint(ch, 'cases');
    await sync.backfill(); // re-inserts everything, as a crashed-and-restarted run would
    await sync.backfill();
    expect(await chCount(ch, 'SELECT count() FROM cases FINAL')).toBe(5000);
    expect(await chCount(ch, 'SELECT count() FROM case_events FINAL')).toBe(await pgCount(db, 'SELECT count(*) FROM case_events'));
    expect(BigInt((await readCheckpoint(ch, 'cases'))!.position)).toBeGreaterThanOrEqual(BigInt(before!.position));
  });

  it('the on-time indicator equals the same figure computed by SQL on Postgres', async () => {
    const p = { path: '/140500/', fromDate: '2024-11-01', toExclusive: '2026-12-01' };
    const fromCh = await chOnTimeByMonth(ch, p);
    const fromPg = await pgOnTimeByMonth(db.pool, p);
    expect(fromPg.length).toBeGreaterThan(18);
    expect(fromCh).toEqual(fromPg);
    const county = await pgOnTimeByMonth(db.pool, { ...p, path: '/140500/140522/' });
    expect(await chOnTimeByMonth(ch, { ...p, path: '/140500/140522/' })).toEqual(county);
    const total = fromPg.reduce((s, r) => s + r.completed, 0);
    const onTime = fromPg.reduce((s, r) => s + r.onTime, 0);
    expect(onTime / total).toBeGreaterThan(0.85); // the seed aims at about 92 %
    expect(onTime / total).toBeLessThan(0.97);
  });
});
