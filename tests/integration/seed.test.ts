import { isSeeded, seedDatabase } from '../../prisma/seed/seed';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { TEST_PII } from '../support/test-pii';

// Demo data (issue: "a realistic Jincheng", deterministic). Seeded twice into two databases with
// the same arguments, every table is identical but for the salted password hashes, txids and
// the randomly salted (IV) ciphertexts of personal data, which decrypt to the same values, and
// the updated_at stamps of registers that the seed leaves to their default.

const OPTS = { cases: 1500, seed: 99, today: '2026-11-15', demoPassword: 'Seed-Test-Password-2026', pii: TEST_PII };

async function fingerprint(db: TestDatabase): Promise<Record<string, string>> {
  const q = async (sql: string) => (await db.pool.query<{ h: string }>(sql)).rows[0].h;
  return {
    regions: await q(`SELECT md5(string_agg(r::text, '|' ORDER BY code)) AS h FROM regions r`),
    stations: await q(`SELECT md5(string_agg((to_jsonb(s) - 'updated_at')::text, '|' ORDER BY id)) AS h FROM stations s`),
    agents: await q(`SELECT md5(string_agg((to_jsonb(a) - 'updated_at')::text, '|' ORDER BY id)) AS h FROM agents a`),
    catalogue: await q(`SELECT md5(string_agg((to_jsonb(c) - 'updated_at')::text, '|' ORDER BY id)) AS h FROM catalogue_items c`),
    consultations: await q(`SELECT md5(string_agg((to_jsonb(c) - 'citizen_phone_enc')::text, '|' ORDER BY id)) AS h FROM consultations c`),
    cases: await q(`SELECT md5(string_agg((to_jsonb(c) - 'citizen_phone_enc' - 'citizen_id_enc')::text, '|' ORDER BY id)) AS h FROM cases c`),
    events: await q(`SELECT md5(string_agg(concat_ws(',', id, case_id, type, from_status, to_status, actor_id, data::text, at), '|' ORDER BY id)) AS h FROM case_events`),
    evaluations: await q(`SELECT md5(string_agg(e::text, '|' ORDER BY id)) AS h FROM evaluations e`),
    users: await q(`SELECT md5(string_agg(concat_ws(',', username, role, region_code, station_id, agent_id), '|' ORDER BY username)) AS h FROM users`),
  };
}

describe('demo data seed', () => {
  let a: TestDatabase;
  let b: TestDatabase;

  beforeAll(async () => {
    a = await createTestDatabase();
    b = await createTestDatabase();
  });
  afterAll(async () => {
    await a?.drop();
    await b?.drop();
  });

  it('is deterministic for the same (cases, seed, today), and refuses to seed twice', async () => {
    const s = await seedDatabase(a.pool, OPTS);
    await seedDatabase(b.pool, OPTS);
    expect(s.cases).toBe(1500);
    expect(await fingerprint(a)).toEqual(await fingerprint(b));
    const plain = async (db: TestDatabase) => (await db.pool.query(`SELECT citizen_phone_enc, citizen_id_enc FROM cases ORDER BY id LIMIT 50`)).rows
      .map((r) => `${TEST_PII.decrypt(r.citizen_phone_enc)}/${TEST_PII.decrypt(r.citizen_id_enc)}`);
    expect(await plain(a)).toEqual(await plain(b));
    expect(await isSeeded(a.pool)).toBe(true);
    await expect(seedDatabase(a.pool, OPTS)).rejects.toThrow();
  }, 120_000);

  it('is a realistic Jincheng: six county-level units, about 2,000 stations named by DB1405 5.1.1, demo users', async () => {
    const counties = (await a.pool.query(`SELECT name FROM regions WHERE level = 'COUNTY' ORDER BY code`)).rows.map((r) => r.name);
    expect(counties).toEqual(['城区', '沁水县', '阳城县', '陵川县', '泽州县', '高平市']);
    const { rows: [st] } = await a.pool.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE name ~ '^.+村便民服务站$')::int AS named FROM stations`);
    expect(st.n).toBeGreaterThan(1800);
    expect(st.n).toBeLessThan(2300);
    expect(st.named).toBe(st.n);
    const users = (await a.pool.query(`SELECT username, role FROM users ORDER BY username`)).rows;
    expect(users).toEqual([
      { username: 'admin', role: 'ADMIN' }, { username: 'agent', role: 'STATION_AGENT' }, { username: 'county', role: 'COUNTY_LEADER' },
      { username: 'leader', role: 'CITY_LEADER' }, { username: 'reviewer', role: 'TOWNSHIP_REVIEWER' },
    ]);
    const { rows: [cat] } = await a.pool.query(`SELECT count(*)::int AS n FROM catalogue_items`);
    expect(cat.n).toBeGreaterThanOrEqual(50);
  });

  it('has the shape the indicators need: every case has events, a mostly positive satisfaction with a tail of 差评', async () => {
    const { rows: [c] } = await a.pool.query(`SELECT count(*)::int AS n FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id)`);
    expect(c.n).toBe(0);
    const { rows: [e] } = await a.pool.query(`SELECT avg((level IN ('DISSATISFIED','VERY_DISSATISFIED'))::int)::float AS bad,
      avg((level IN ('VERY_SATISFIED','SATISFIED'))::int)::float AS good FROM evaluations`);
    expect(e.bad).toBeGreaterThan(0.005);
    expect(e.bad).toBeLessThan(0.1);
    expect(e.good).toBeGreaterThan(0.8);
  });
});
