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
    // DB1405 8.1-8.2: tokens, rectifications, 回访, suggestions (contacts are salted ciphertexts), notifications
    evaluationTokens: await q(`SELECT md5(string_agg(t::text, '|' ORDER BY id)) AS h FROM evaluation_tokens t`),
    rectifications: await q(`SELECT md5(string_agg(r::text, '|' ORDER BY id)) AS h FROM rectifications r`),
    rectificationEvents: await q(`SELECT md5(string_agg(e::text, '|' ORDER BY id)) AS h FROM rectification_events e`),
    surveyBatches: await q(`SELECT md5(string_agg(b::text, '|' ORDER BY id)) AS h FROM survey_batches b`),
    surveyCalls: await q(`SELECT md5(string_agg(c::text, '|' ORDER BY id)) AS h FROM survey_calls c`),
    suggestions: await q(`SELECT md5(string_agg((to_jsonb(s) - 'contact_enc')::text, '|' ORDER BY id)) AS h FROM suggestions s`),
    notifications: await q(`SELECT md5(string_agg(n::text, '|' ORDER BY id)) AS h FROM notifications n`),
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
    const contacts = async (db: TestDatabase) => (await db.pool.query(`SELECT contact_enc FROM suggestions WHERE contact_enc IS NOT NULL ORDER BY id`)).rows
      .map((r) => TEST_PII.decrypt(r.contact_enc));
    expect((await contacts(a)).length).toBeGreaterThan(0);
    expect(await contacts(a)).toEqual(await contacts(b));
    const counts = (await a.pool.query(`SELECT (SELECT count(*) FROM rectifications)::int AS r, (SELECT count(*) FROM survey_calls)::int AS c,
      (SELECT count(*) FROM evaluation_tokens)::int AS t, (SELECT count(*) FROM suggestions)::int AS s`)).rows[0];
    expect(counts).toEqual({ r: s.rectifications, c: s.surveyCalls, t: s.evaluationTokens, s: s.suggestions });
    expect(Object.values(counts).every((n) => (n as number) > 0)).toBe(true);
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

  it('gives every 差评 its rectification, keeps the foreign keys, and moves every sequence past the seeded ids (DB1405 8.2)', async () => {
    const { rows: [r] } = await a.pool.query(`SELECT
      count(*) FILTER (WHERE e.level IN ('DISSATISFIED','VERY_DISSATISFIED') AND r.id IS NULL)::int AS missing,
      count(*) FILTER (WHERE e.level NOT IN ('DISSATISFIED','VERY_DISSATISFIED') AND r.id IS NOT NULL)::int AS extra,
      count(r.id) FILTER (WHERE r.station_id <> c.station_id)::int AS wrong_station
      FROM evaluations e JOIN cases c ON c.id = e.case_id LEFT JOIN rectifications r ON r.evaluation_id = e.id`);
    expect(r).toEqual({ missing: 0, extra: 0, wrong_station: 0 });
    const { rows: fks } = await a.pool.query(`SELECT conrelid::regclass::text AS t, count(*)::int AS n FROM pg_constraint
      WHERE contype = 'f' AND conrelid::regclass::text IN ('evaluations', 'evaluation_tokens', 'rectifications', 'rectification_events', 'survey_calls')
      GROUP BY 1 ORDER BY 1`);
    expect(fks.map((f) => f.t)).toEqual(['evaluation_tokens', 'evaluations', 'rectification_events', 'rectifications', 'survey_calls']);
    for (const t of ['evaluations', 'evaluation_tokens', 'rectifications', 'rectification_events', 'survey_batches', 'survey_calls', 'suggestions']) {
      const { rows: [q] } = await a.pool.query(`SELECT (SELECT max(id) FROM ${t})::bigint AS max, last_value::bigint AS last FROM ${t}_id_seq`);
      expect(Number(q.last)).toBe(Number(q.max));
    }
  });

  it('records a hand-off for every case handed up to the township or county, with its steps in order (DB1405 7.2.2-7.2.3)', async () => {
    const q = async (sql: string) => (await a.pool.query(sql)).rows[0];
    const { handed, hops } = await q(`SELECT
      (SELECT count(*)::int FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.type = 'HANDED_UP' AND c.level <> 'VILLAGE') AS handed,
      (SELECT count(*)::int FROM case_handoffs) AS hops`);
    expect(handed).toBeGreaterThan(0);
    expect(hops).toBe(handed);
    expect(await q(`SELECT count(*)::int AS n FROM case_handoffs h WHERE NOT (
        h.handed_up_at <= h.materials_confirmed_at AND h.materials_confirmed_at <= h.reviewed_at AND h.reviewed_at <= h.signed_at
        AND h.signed_at <= h.stamped_at AND h.stamped_at <= h.issued_at AND h.issued_at <= h.returned_at)
      AND h.status = 'RETURNED'`)).toEqual({ n: 0 });
    // returned exactly when the case's events say the result came back; the region is the case's township or county
    expect(await q(`SELECT count(*)::int AS n FROM case_handoffs h JOIN cases c ON c.id = h.case_id
      JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
      WHERE (h.status = 'RETURNED') <> EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = h.case_id AND e.type = 'RESULT_RETURNED')
         OR r.path NOT LIKE '%/' || h.to_region_code || '/%' OR h.level <> c.level`)).toEqual({ n: 0 });
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
