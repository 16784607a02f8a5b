import { GroupInsert } from '../../api/src/audit/group-insert';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// The audit log's group commit (api/src/audit/group-insert.ts): every caller's row is stored
// before its promise resolves, concurrent rows share statements, and a bad row fails only itself.

describe('GroupInsert on real Postgres', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    await db.pool.query('CREATE TABLE g (id serial PRIMARY KEY, k int NOT NULL CHECK (k >= 0), note text)');
  });
  afterAll(() => db?.drop());

  it('stores every row before answering, in fewer statements than rows under concurrency', async () => {
    let statements = 0;
    const counting = { query: (...a: Parameters<typeof db.pool.query>) => { statements++; return db.pool.query(...a); } } as unknown as typeof db.pool;
    const g = new GroupInsert(counting, 'INSERT INTO g (k, note) VALUES', '($1, $2)', 2, 50);
    const done = await Promise.all(Array.from({ length: 300 }, (_, i) => g.insert([i, `n${i}`]).then(async () => {
      // at the moment a caller is answered, its row is there
      const r = await db.pool.query('SELECT count(*)::int AS n FROM g WHERE k = $1', [i]);
      return r.rows[0].n;
    })));
    expect(done.every((n) => n === 1)).toBe(true);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM g')).rows[0].n).toBe(300);
    expect(statements).toBeLessThan(300 / 2);
    expect(g.sql(2)).toBe('INSERT INTO g (k, note) VALUES ($1, $2), ($3, $4)');
  });

  it('fails only the caller whose row is refused', async () => {
    await db.pool.query('TRUNCATE g');
    const g = new GroupInsert(db.pool, 'INSERT INTO g (k, note) VALUES', '($1, $2)', 2);
    const results = await Promise.allSettled([1, 2, -1, 3, 4].map((k) => g.insert([k, 'x'])));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await db.pool.query('SELECT array_agg(k ORDER BY k) AS ks FROM g')).rows[0].ks).toEqual([1, 2, 3, 4]);
    await expect(g.insert([1])).rejects.toThrow(/expected 2 values/);
  });
});
