import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { EtlStreams } from '../../etl/src/sync/streams';
import { compileIndicator, type IndicatorQuery } from '../../api/src/indicators/query-builder';
import { INDICATORS } from '../../api/src/indicators/registry';
import { compileRollup, ROLLUP_MEASURES } from '../../api/src/indicators/rollup-builder';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestClickHouse } from '../support/test-clickhouse';
import { TEST_PII } from '../support/test-pii';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// The rollups (month × county × township × item or station) must give exactly what the facts give, after a
// backfill and after incremental changes (new, updated and deleted rows).

type Row = { period: string; grp: string; num: number; den: number };

async function rows(ch: ClickHouse, c: { sql: string; params: Record<string, unknown> }): Promise<Row[]> {
  const rs = await ch.client.query({ query: c.sql, query_params: c.params, format: 'JSONEachRow' });
  return (await rs.json<Record<string, string | number>>()).map((r) => ({ period: String(r.period), grp: String(r.grp), num: Number(r.num), den: Number(r.den) }));
}

const shapes: Omit<IndicatorQuery, 'path' | 'today'>[] = [
  { grain: 'month', groupBy: 'none', fromDate: '2025-01-01', toExclusive: '2028-01-01' },
  { grain: 'quarter', groupBy: 'region', regionLevel: 'county', fromDate: '2025-07-01', toExclusive: '2026-12-01' },
  { grain: 'total', groupBy: 'item', fromDate: '2026-01-01', toExclusive: '2026-12-01' },
  { grain: 'month', groupBy: 'region', regionLevel: 'station', fromDate: '2025-07-01', toExclusive: '2028-01-01' },
];

async function compareAll(ch: ClickHouse, paths: string[], runningDue: string) {
  let compared = 0;
  for (const key of Object.keys(ROLLUP_MEASURES)) {
    const ind = INDICATORS.get(key)!;
    for (const shape of shapes) {
      // 超期件数 depends on "today": on a running case's due day (not yet overdue), and after all of them
      for (const [path, today] of paths.flatMap((p) => (key === 'overdue-count' ? [runningDue, '2028-02-01'] : ['2026-11-15']).map((t) => [p, t]))) {
        const q = { ...shape, path, today, regionLevel: shape.regionLevel ?? (path === '/140500/' ? 'county' : 'township') } as IndicatorQuery;
        const fast = compileRollup(ind, q);
        expect(fast).not.toBeNull();
        const expected = await rows(ch, compileIndicator(ind, q));
        expect({ key, q, rows: await rows(ch, fast!) }).toEqual({ key, q, rows: expected });
        compared += expected.length;
      }
    }
  }
  return compared;
}

describe('rollups equal the facts', () => {
  let db: TestDatabase;
  let ch: ClickHouse & { drop(): Promise<void> };
  let streams: EtlStreams;
  let county: string;
  const runningDue = async () => (await db.pool.query(`SELECT due_date::text AS d FROM cases
      WHERE status IN ('ACCEPTED', 'IN_PROGRESS', 'HANDED_UP') AND due_date IS NOT NULL ORDER BY id DESC LIMIT 1`)).rows[0].d as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 3000, seed: 41, today: '2026-11-15', demoPassword: 'Test-Password-2026', pii: TEST_PII });
    streams = new EtlStreams(db.pool, ch, 500);
    county = (await db.pool.query(`SELECT path FROM regions WHERE level = 'COUNTY' ORDER BY code LIMIT 1`)).rows[0].path;
  }, 180_000);

  afterAll(async () => {
    await ch?.drop();
    await db?.drop();
  });

  it('after the backfill', async () => {
    await streams.runOnce();
    expect(await compareAll(ch, ['/140500/', county], await runningDue())).toBeGreaterThan(50);
  });

  it('after cases complete, evaluations change or disappear and consultations arrive', async () => {
    await db.pool.query(`WITH t AS (
        UPDATE cases SET status = 'COMPLETED', completed_at = now() - interval '40 days', version = version + 1
        WHERE id IN (SELECT id FROM cases WHERE status = 'IN_PROGRESS' ORDER BY id LIMIT 40) RETURNING id)
      INSERT INTO case_events (case_id, type, to_status, data) SELECT id, 'COMPLETED', 'COMPLETED', '{}' FROM t`);
    // Due dates moved later by long extensions: the 'due' basis must leave the old month too. The
    // second move starts from a month no other change touches (not created, accepted or completed).
    const extend = (days: number) => db.pool.query(`WITH t AS (
        UPDATE cases SET due_date = due_date + ${days}, version = version + 1
        WHERE id IN (SELECT id FROM cases WHERE due_date IS NOT NULL ORDER BY id DESC LIMIT 60) RETURNING id)
      INSERT INTO case_events (case_id, type, data) SELECT id, 'EXTENDED', '{}' FROM t`);
    await extend(200);
    await streams.syncPastNow();
    await extend(45);
    await db.pool.query(`UPDATE evaluations SET level = 'VERY_DISSATISFIED' WHERE id IN (SELECT id FROM evaluations ORDER BY id LIMIT 30)`);
    await db.pool.query(`DELETE FROM evaluations WHERE id IN (SELECT id FROM evaluations ORDER BY id DESC LIMIT 5)`);
    await db.pool.query(`INSERT INTO consultations (station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, topic, content, status, created_at, updated_at)
      SELECT station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, topic, content, status, created_at - interval '200 days', now()
      FROM consultations ORDER BY id LIMIT 25`);
    const before = await rows(ch, compileRollup(INDICATORS.get('bad-rate')!, { ...shapes[0], path: '/140500/', today: '2026-11-15' } as IndicatorQuery)!);
    for (let i = 0; i < 100; i++) {
      await streams.runOnce();
      const now = await rows(ch, compileRollup(INDICATORS.get('bad-rate')!, { ...shapes[0], path: '/140500/', today: '2026-11-15' } as IndicatorQuery)!);
      if (JSON.stringify(now) !== JSON.stringify(before)) break;
      await new Promise((r) => setTimeout(r, 200)); // the horizon is cluster-wide
    }
    for (let i = 0; i < 10; i++) await streams.runOnce(); // let every stream pass the changes
    expect(await compareAll(ch, ['/140500/', county], await runningDue())).toBeGreaterThan(50);
  });
});
