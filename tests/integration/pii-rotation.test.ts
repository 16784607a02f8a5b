import { PiiCipher } from '../../api/src/privacy/pii-cipher';
import { rotatePii } from '../../api/src/privacy/rotate';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { TEST_PII, TEST_PII_KEYS } from '../support/test-pii';

describe('personal-data key rotation', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.pool, { cases: 300, seed: 1, today: '2026-11-15', demoPassword: 'Rotate-Test-Password-2026', pii: TEST_PII });
  }, 120_000);
  afterAll(async () => { await db?.drop(); });

  it('re-encrypts every value under the new key; the values are unchanged; the old key is then unneeded', async () => {
    const before = (await db.pool.query(`SELECT id, citizen_phone_enc, citizen_id_enc FROM cases ORDER BY id`)).rows
      .map((r) => [r.id, TEST_PII.decrypt(r.citizen_phone_enc), TEST_PII.decrypt(r.citizen_id_enc)]);
    const t2 = PiiCipher.generateSpec('t2');
    const rotated = PiiCipher.parse(`${t2},${TEST_PII_KEYS}`);
    const n = await rotatePii(db.pool, rotated, { batch: 97 });
    expect(n).toBeGreaterThanOrEqual(before.length);
    const after = (await db.pool.query(`SELECT id, citizen_phone_enc, citizen_id_enc FROM cases ORDER BY id`)).rows;
    for (const r of after) {
      expect(r.citizen_phone_enc.startsWith('t2.')).toBe(true);
      expect(r.citizen_id_enc.startsWith('t2.')).toBe(true);
    }
    const newKeyOnly = PiiCipher.parse(t2);
    expect(after.map((r) => [r.id, newKeyOnly.decrypt(r.citizen_phone_enc), newKeyOnly.decrypt(r.citizen_id_enc)])).toEqual(before);
    const { rows: [c] } = await db.pool.query(`SELECT count(*)::int AS n FROM consultations WHERE citizen_phone_enc NOT LIKE 't2.%'`);
    expect(c.n).toBe(0);
    // Suggestion contacts too (the seed encrypts about one in eight).
    const { rows: [s] } = await db.pool.query(`SELECT count(*) FILTER (WHERE contact_enc IS NOT NULL)::int AS n,
        count(*) FILTER (WHERE contact_enc IS NOT NULL AND contact_enc NOT LIKE 't2.%')::int AS stale FROM suggestions`);
    expect(s.n).toBeGreaterThan(0);
    expect(s.stale).toBe(0);
    expect(await rotatePii(db.pool, rotated)).toBe(0); // nothing left to do
  });
});
