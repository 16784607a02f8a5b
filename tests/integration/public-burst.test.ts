/**
 * Public endpoints under a bounded burst (issue 7 item 4; DB1405 8.1.1 online evaluation, 8.2.3
 * suggestions): 300 requests fired over ~2 s from six client addresses at
 * POST /api/v1/public/evaluations/:token and POST /api/v1/public/suggestions, with small limits.
 *   - the server stays up: the health route answers 200 during every wave and after;
 *   - the excess is refused 429 PUBLIC.RATE_LIMITED in the error shape, with Retry-After, and
 *     no address gets more than PUBLIC_RATE_PER_IP answers past the limit, no token more than
 *     PUBLIC_RATE_PER_TOKEN;
 *   - nothing is accepted twice or lost: each token's evaluation is stored exactly once (one 201,
 *     every other attempt 409 or 429), and the suggestions in Postgres are exactly those whose
 *     tracking codes the 201 answers returned;
 *   - TRUST_PROXY is off by default: a client naming a new X-Forwarded-For on every request is
 *     still one address to the limit.
 * Client addresses are the socket's (inject's remoteAddress), as a direct connection has them.
 */
import { deriveEvaluationToken, evaluationTokenKey, hashEvaluationToken } from '../../api/src/evaluations/evaluation-token';
import { startApi, type ApiHarness } from '../support/api-app';

const PER_IP = 20;
const PER_TOKEN = 5;
const IPS = ['198.51.100.11', '198.51.100.12', '198.51.100.13', '198.51.100.14', '198.51.100.15', '198.51.100.16'];
const TOKENS = 12;
const WAVES = 10;
const PER_WAVE = 30;
const WAVE_GAP_MS = 200;

interface Sent { i: number; ip: string; kind: 'evaluation' | 'suggestion'; token?: string; content?: string }
interface Answer { sent: Sent; status: number; body: any; headers: Record<string, unknown> } // eslint-disable-line @typescript-eslint/no-explicit-any

let h: ApiHarness;
const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;
let links: { caseId: number; token: string }[];

beforeAll(async () => {
  h = await startApi({ cases: 600, env: { PUBLIC_RATE_PER_IP: String(PER_IP), PUBLIC_RATE_PER_TOKEN: String(PER_TOKEN), ALERTS_ENABLED: 'false' } });
  // Online evaluation links of finished, unrated cases, issued as the evaluations module does.
  const key = evaluationTokenKey(h.config.jwtSecret);
  const cases = await q(`SELECT c.id FROM cases c WHERE c.status IN ('COMPLETED', 'FAILED')
      AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id) AND NOT EXISTS (SELECT 1 FROM evaluation_tokens t WHERE t.case_id = c.id)
    ORDER BY c.id LIMIT ${TOKENS}`);
  expect(cases).toHaveLength(TOKENS);
  links = cases.map((c) => ({ caseId: c.id, token: deriveEvaluationToken(key, c.id) }));
  for (const l of links) {
    await q(`INSERT INTO evaluation_tokens (case_id, occasion, token_hash, expires_at) VALUES ($1, 1, $2, now() + interval '30 days')`, [l.caseId, hashEvaluationToken(l.token)]);
  }
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const expectRateLimited = (a: Answer) => {
  expect(a.body).toEqual({ code: 'PUBLIC.RATE_LIMITED', message: '请求过于频繁，请稍后再试', requestId: expect.any(String) });
  expect(Number(a.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(Number(a.headers['retry-after'])).toBeLessThanOrEqual(60);
};

describe(`a burst of ${WAVES * PER_WAVE} public writes over ~${(WAVES * WAVE_GAP_MS) / 1000} s from ${IPS.length} addresses`, () => {
  const answers: Answer[] = [];
  const health: number[] = [];

  beforeAll(async () => {
    // Request i: address i mod 6; three in five rate a link (token i mod 12), two in five suggest.
    // The first wave alone names every token from addresses still under their limit, so every
    // link gets at least one attempt past both limits.
    const plan: Sent[] = Array.from({ length: WAVES * PER_WAVE }, (_, i) => (i % 5 < 3
      ? { i, ip: IPS[i % IPS.length], kind: 'evaluation', token: links[i % TOKENS].token }
      : { i, ip: IPS[i % IPS.length], kind: 'suggestion', content: `压力测试意见 第 ${i} 条：希望服务站周末也有人值班` }));
    const fire = (s: Sent) => (s.kind === 'evaluation'
      ? h.call('POST', `/api/v1/public/evaluations/${s.token}`, { body: { level: 'SATISFIED', attitude: 5 }, remoteAddress: s.ip })
      : h.call('POST', '/api/v1/public/suggestions', { body: { content: s.content }, remoteAddress: s.ip }))
      .then((r) => { answers.push({ sent: s, status: r.status, body: r.body, headers: r.headers }); });
    const inFlight: Promise<unknown>[] = [];
    for (let w = 0; w < WAVES; w++) {
      for (const s of plan.slice(w * PER_WAVE, (w + 1) * PER_WAVE)) inFlight.push(fire(s));
      // the service answers other callers while the wave is in flight
      inFlight.push(h.call('GET', '/api/v1/health', { remoteAddress: '192.0.2.1' }).then((r) => { health.push(r.status); }));
      await new Promise((r) => setTimeout(r, WAVE_GAP_MS));
    }
    await Promise.all(inFlight);
  }, 120_000);

  it('stays up: every health call during the burst and after it answers 200', async () => {
    expect(health).toEqual(Array(WAVES).fill(200));
    expect((await h.call('GET', '/api/v1/health')).status).toBe(200);
    expect(answers).toHaveLength(WAVES * PER_WAVE);
  });

  it('answers only 201, 409 (link already used) or 429; the 429s in the error shape with Retry-After', () => {
    const byKind = (k: Sent['kind']) => [...new Set(answers.filter((a) => a.sent.kind === k).map((a) => a.status))].sort();
    expect(byKind('evaluation')).toEqual([201, 409, 429]);
    expect(byKind('suggestion')).toEqual([201, 429]);
    for (const a of answers.filter((x) => x.status === 429)) expectRateLimited(a);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body).toMatchObject({ code: 'EVALUATION.TOKEN_USED', requestId: expect.any(String) });
  });

  it(`lets at most ${PER_IP} requests per address and ${PER_TOKEN} per token past the limits`, () => {
    for (const ip of IPS) {
      const mine = answers.filter((a) => a.sent.ip === ip);
      expect(mine).toHaveLength(WAVES * PER_WAVE / IPS.length);
      const passed = mine.filter((a) => a.status !== 429).length;
      expect(passed).toBeGreaterThan(0);
      expect(passed).toBeLessThanOrEqual(PER_IP);
    }
    for (const l of links) expect(answers.filter((a) => a.sent.token === l.token && a.status !== 429).length).toBeLessThanOrEqual(PER_TOKEN);
    // the budget of the six addresses is spent, so most of the burst is refused
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(WAVES * PER_WAVE - IPS.length * PER_IP);
  });

  it('stores each link\'s evaluation exactly once (DB1405 8.1.1: one evaluation per occasion)', async () => {
    const rows = await q(`SELECT e.case_id, count(*)::int AS n, count(e.token_id)::int AS by_token FROM evaluations e WHERE e.case_id = ANY($1) GROUP BY e.case_id`, [links.map((l) => l.caseId)]);
    expect(rows.map((r) => [r.case_id, r.n, r.by_token]).sort((a, b) => a[0] - b[0])).toEqual(links.map((l) => [l.caseId, 1, 1]));
    for (const l of links) {
      const mine = answers.filter((a) => a.sent.token === l.token);
      expect(mine.filter((a) => a.status === 201)).toHaveLength(1);
      expect(mine.filter((a) => a.status !== 201 && a.status !== 409 && a.status !== 429)).toEqual([]);
    }
    const used = await q(`SELECT count(*)::int AS n FROM evaluation_tokens WHERE case_id = ANY($1) AND used_at IS NOT NULL`, [links.map((l) => l.caseId)]);
    expect(used[0].n).toBe(TOKENS);
  });

  it('stores exactly the accepted suggestions: one row per 201, none for a 429, no duplicates', async () => {
    const accepted = answers.filter((a) => a.sent.kind === 'suggestion' && a.status === 201);
    expect(accepted.length).toBeGreaterThan(0);
    const codes = accepted.map((a) => a.body.trackingCode as string);
    expect(new Set(codes).size).toBe(codes.length);
    const rows = await q(`SELECT tracking_code, content FROM suggestions WHERE content LIKE '压力测试意见%'`);
    expect(rows.map((r) => r.tracking_code).sort()).toEqual([...codes].sort());
    // each stored row is the content of the request that got its code
    const contentOf = new Map(accepted.map((a) => [a.body.trackingCode, a.sent.content]));
    for (const r of rows) expect(r.content).toBe(contentOf.get(r.tracking_code));
  });
});

describe('TRUST_PROXY off (the default): X-Forwarded-For does not name the client', () => {
  it(`a client naming a new forwarded address on every request is still limited after ${PER_IP}`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PER_IP + 3; i++) {
      const r = await h.call('GET', '/api/v1/public/regions', { remoteAddress: '203.0.113.50', headers: { 'x-forwarded-for': `10.9.${i}.1` } });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([...Array(PER_IP).fill(200), 429, 429, 429]);
    // another socket address is a new budget
    expect((await h.call('GET', '/api/v1/public/regions', { remoteAddress: '203.0.113.51' })).status).toBe(200);
  });
});
