/**
 * Drill-through from a dashboard number to the cases behind it (GET /api/v1/cases with region,
 * item, agent, a date window and 超期): the list holds exactly the cases the indicator counted
 * (ClickHouse) and the same as SQL on Postgres, always inside the caller's scope.
 */
import { startApi, type ApiHarness } from '../support/api-app';

let h: ApiHarness;
const tokens: Record<string, string> = {};
const COUNTY = { code: '140522', path: '/140500/140522/' };
const MONTHS = 'from=2025-12&to=2026-11';
const DAYS = 'from=2025-12-01&to=2026-11-30';

beforeAll(async () => {
  h = await startApi({ cases: 3000 });
  for (const u of ['leader', 'county']) tokens[u] = (await h.login(u)).accessToken;
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const total = async (query: string, who = 'leader') => {
  const r = await h.call('GET', `/api/v1/cases?${query}&pageSize=1`, { token: tokens[who] });
  expect(r.status).toBe(200);
  return r.body.total as number;
};
const indicator = async (key: string, query: string) => {
  const r = await h.call('GET', `/api/v1/indicators/${key}?${query}&grain=total`, { token: tokens.leader });
  expect(r.status).toBe(200);
  return r.body.total as { numerator: number; denominator: number };
};
const pg = async (where: string, params: unknown[]) => Number((await h.db.pool.query(
  `SELECT count(*) AS n FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code WHERE ${where}`, params)).rows[0].n);
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('case list drill-through filters', () => {
  it('超期件数: the cases listed are the ones the indicator counts, by due date', async () => {
    const counted = (await indicator('overdue-count', `${MONTHS}&region=${COUNTY.code}`)).numerator;
    expect(counted).toBeGreaterThan(0);
    expect(await total(`region=${COUNTY.code}&dateField=due&${DAYS}&overdue=true`)).toBe(counted);
    // and independently on Postgres: finished after the due date (local date), or open past it
    expect(counted).toBe(await pg(`r.path LIKE $1 || '%' AND c.due_date BETWEEN '2025-12-01' AND '2026-11-30'
      AND ((c.completed_at IS NOT NULL AND (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date > c.due_date)
        OR (c.status NOT IN ('COMPLETED', 'FAILED') AND c.due_date < $2::date))`, [COUNTY.path, today()]));
  });

  it('按时办结率: completed cases by completion date split into on time and late', async () => {
    const rate = await indicator('on-time-rate', `${MONTHS}&region=${COUNTY.code}`);
    const base = `region=${COUNTY.code}&status=COMPLETED&dateField=completed&${DAYS}`;
    expect(await total(base)).toBe(rate.denominator);
    expect(await total(`${base}&overdue=false`)).toBe(rate.numerator);
    expect(await total(`${base}&overdue=true`)).toBe(rate.denominator - rate.numerator);
    expect(rate.denominator - rate.numerator).toBeGreaterThan(0);
  });

  it('办件量 and 办结率: by registration and by acceptance date', async () => {
    expect(await total(`dateField=created&${DAYS}`)).toBe((await indicator('case-count', MONTHS)).numerator);
    const done = await indicator('completion-rate', `${MONTHS}&region=${COUNTY.code}`);
    expect(await total(`region=${COUNTY.code}&dateField=accepted&${DAYS}`)).toBe(done.denominator);
    expect(await total(`region=${COUNTY.code}&dateField=accepted&${DAYS}&status=COMPLETED`)).toBe(done.numerator);
  });

  it('narrows to a township, an item and an agent (a ranking row at a station)', async () => {
    const { rows: [top] } = await h.db.pool.query(`SELECT s.region_code AS village, c.item_id, c.agent_id, count(*) AS n
      FROM cases c JOIN stations s ON s.id = c.station_id GROUP BY 1, 2, 3 ORDER BY n DESC, 1 LIMIT 1`);
    const township = top.village.slice(0, 9);
    expect(await total(`region=${township}`)).toBe(await pg(`r.path LIKE '%/' || $1 || '/%'`, [township]));
    expect(await total(`region=${top.village}&item=${top.item_id}`)).toBe(await pg(`s.region_code = $1 AND c.item_id = $2`, [top.village, top.item_id]));
    expect(await total(`region=${top.village}&agent=${top.agent_id}&item=${top.item_id}`)).toBe(Number(top.n));
    const listed = await h.call('GET', `/api/v1/cases?region=${top.village}&item=${top.item_id}&pageSize=200`, { token: tokens.leader });
    expect(listed.body.items.every((c: { item: { id: number } }) => c.item.id === top.item_id)).toBe(true);
    const ids = listed.body.items.map((c: { id: number }) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a)); // newest first, as before
  });

  it('keeps the scope: a region outside it lists nothing, inside it the same as for the city', async () => {
    expect(await total('region=140525', 'county')).toBe(0);
    expect(await total('region=140525', 'leader')).toBeGreaterThan(0);
    const q = `region=${COUNTY.code}&dateField=completed&${DAYS}`;
    expect(await total(q, 'county')).toBe(await total(q, 'leader'));
    expect(await total('', 'county')).toBe(await pg(`r.path LIKE $1 || '%'`, [COUNTY.path]));
  });

  it('keeps the workbench filters working (open, status, case number, paging)', async () => {
    expect(await total('open=true', 'county')).toBe(await pg(`r.path LIKE $1 || '%' AND c.status NOT IN ('COMPLETED', 'FAILED')`, [COUNTY.path]));
    expect(await total('status=FAILED', 'county')).toBe(await pg(`r.path LIKE $1 || '%' AND c.status = 'FAILED'`, [COUNTY.path]));
    const page1 = await h.call('GET', '/api/v1/cases?pageSize=5&page=1', { token: tokens.county });
    const page2 = await h.call('GET', '/api/v1/cases?pageSize=5&page=2', { token: tokens.county });
    expect(page1.body.items).toHaveLength(5);
    expect(page2.body.items[0].id).toBeLessThan(page1.body.items[4].id);
    const one = await h.call('GET', `/api/v1/cases?caseNo=${page2.body.items[0].caseNo}`, { token: tokens.county });
    expect(one.body.items.map((c: { id: number }) => c.id)).toEqual([page2.body.items[0].id]);
  });

  it('refuses a date window without its date field, or reversed, in Chinese', async () => {
    const noField = await h.call('GET', '/api/v1/cases?from=2026-01-01', { token: tokens.leader });
    expect(noField.status).toBe(400);
    expect(noField.body).toMatchObject({ code: 'CASE.INVALID_DATE' });
    const reversed = await h.call('GET', '/api/v1/cases?dateField=due&from=2026-02-01&to=2026-01-01', { token: tokens.leader });
    expect(reversed.status).toBe(400);
    expect(reversed.body.message).toMatch(/开始日期不能晚于结束日期/);
    const bad = await h.call('GET', '/api/v1/cases?dateField=never&from=2026-01-01', { token: tokens.leader });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
  });
});
