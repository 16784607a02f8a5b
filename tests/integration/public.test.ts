/**
 * Public disclosure (DB1405 8.1.3, 4.4; issue 5 items 5-6) end to end on real Postgres and chDB:
 * every public route's answer carries no citizen's name, phone or ID number; the figures equal
 * an independent computation on Postgres; the rate limits answer 429 in the error shape.
 */
import { deriveEvaluationToken, evaluationTokenKey, hashEvaluationToken } from '../../api/src/evaluations/evaluation-token';
import { startApi, type ApiHarness } from '../support/api-app';
import { loadPiiReference, scanJson, type Hit, type PiiReference } from '../support/pii-scan';

const PER_IP = 5;
const PER_TOKEN = 3;
const COUNTY = '140522'; // 阳城县
const COUNTY_PATH = '/140500/140522/';
const MONTH = '2026-09';
/** An unmoderated comment full of personal data: it must never reach a public answer. */
const CANARY = { name: '欧阳测试', phone: '13912345678', id: '14052219800101123X' };
const CANARY_COMMENT = `我是${CANARY.name}，电话${CANARY.phone}，身份证${CANARY.id}，代办员态度很差`;

type Doc = { paths: Record<string, Record<string, unknown>> };

let h: ApiHarness;
let ref: PiiReference;
let ipSeq = 0;
/** Every call but the rate-limit ones comes from its own address, so the limits never interfere. */
const freshIp = () => `198.51.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
const pub = (url: string, ip = freshIp(), method = 'GET', body?: unknown) => h.call(method, url, { headers: { 'x-forwarded-for': ip }, body });

/** Token of a finished case's online evaluation link, issued as the evaluations module does (HMAC of the server secret). */
let evalToken: string;
/** A second link, used only by the per-token rate-limit test (the walk already spent one call of the first). */
let limitToken: string;
let trackingCode: string;

/**
 * harness.sync() after everything written so far is committed and visible to the ETL. The ETL
 * reads only transactions below the cluster's oldest running one (pg_snapshot_xmin), and xids are
 * cluster-wide: a long transaction in any other database (another test file seeding) holds it
 * back. So wait until the horizon has passed a transaction id taken after our writes, then sync.
 */
async function syncPastNow(harness: ApiHarness): Promise<void> {
  const mark = (await harness.db.pool.query(`SELECT pg_current_xact_id()::text AS x`)).rows[0].x;
  const deadline = Date.now() + 120_000;
  while (!(await harness.db.pool.query(`SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 AS past`, [mark])).rows[0].past) {
    if (Date.now() > deadline) throw new Error('a transaction elsewhere on the server stayed open for 2 minutes; the ETL cannot pass it');
    await new Promise((r) => setTimeout(r, 200));
  }
  await harness.sync();
}

beforeAll(async () => {
  // TRUST_PROXY=true: this file names each client by X-Forwarded-For, as a trusted reverse proxy would.
  h = await startApi({ env: { PUBLIC_RATE_PER_IP: String(PER_IP), PUBLIC_RATE_PER_TOKEN: String(PER_TOKEN), TRUST_PROXY: 'true' } });
  const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;

  // ---- ratings of one county and month, written straight into Postgres (the truth) ----
  const cases = await q(`SELECT c.id FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
    WHERE r.path LIKE $1 || '%' AND c.status IN ('COMPLETED', 'FAILED')
      AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id AND e.occasion = 1)
      AND NOT EXISTS (SELECT 1 FROM evaluation_tokens t WHERE t.case_id = c.id)
    ORDER BY c.id LIMIT 40`, [COUNTY_PATH]);
  expect(cases.length).toBe(40);
  const levels = ['VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_SATISFIED', 'VERY_DISSATISFIED'];
  for (let i = 0; i < 36; i++) {
    // 10:00 in Jincheng on 2026-09-01…18; the first is upheld on appeal (误评): on record, outside the rates.
    const at = `2026-09-${String(1 + (i % 18)).padStart(2, '0')}T02:00:00Z`;
    await q(`INSERT INTO evaluations (case_id, occasion, channel, level, done, comment, moderation, appeal_outcome, created_at, updated_at)
      VALUES ($1, 1, 'PAPER', $2::"EvaluationLevel", true, $3, 'PENDING', $4, $5, $5)`,
    [cases[i].id, i === 0 ? 'VERY_DISSATISFIED' : levels[i % levels.length], i === 1 ? CANARY_COMMENT : null, i === 0 ? 'UPHELD' : null, at]);
  }
  // an evaluation late on 30 September UTC is 1 October in Jincheng: it belongs to October
  await q(`INSERT INTO evaluations (case_id, occasion, channel, level, created_at, updated_at) VALUES ($1, 1, 'PAPER', 'SATISFIED', '2026-09-30T17:00:00Z', '2026-09-30T17:00:00Z')`, [cases[36].id]);

  // ---- rectifications opened that month: on time, late, open and overdue, open and not yet due ----
  const st = await q(`SELECT station_id FROM cases WHERE id = $1`, [cases[0].id]);
  const rect = (caseId: number, status: string, due: string, closedAt: string | null) => q(`INSERT INTO rectifications
    (source, case_id, station_id, status, due_date, summary, created_at, updated_at, closed_at)
    VALUES ('EVALUATION', $1, $2, $3, $4, '测试整改', '2026-09-10T02:00:00Z', '2026-09-10T02:00:00Z', $5)`, [caseId, st[0].station_id, status, due, closedAt]);
  await rect(cases[2].id, 'CLOSED', '2026-09-17', '2026-09-16T02:00:00Z');
  await rect(cases[3].id, 'CLOSED', '2026-09-17', '2026-09-20T02:00:00Z');
  await rect(cases[4].id, 'REWORK', '2026-09-17', null);
  await rect(cases[5].id, 'OPEN', '2099-01-01', null);

  // ---- an online evaluation link (unused) and a suggestion with a contact phone ----
  const key = evaluationTokenKey(h.config.jwtSecret);
  [evalToken, limitToken] = [deriveEvaluationToken(key, cases[38].id), deriveEvaluationToken(key, cases[39].id)];
  for (const [c, t] of [[cases[38].id, evalToken], [cases[39].id, limitToken]]) {
    await q(`INSERT INTO evaluation_tokens (case_id, occasion, token_hash, expires_at) VALUES ($1, 1, $2, now() + interval '30 days')`, [c, hashEvaluationToken(t as string)]);
  }
  const sug = await pub('/api/v1/public/suggestions', freshIp(), 'POST', { content: '建议服务站周六上午也安排代办员值班', regionCode: COUNTY, contact: '13700001111' });
  expect(sug.status).toBe(201);
  trackingCode = sug.body.trackingCode;

  await syncPastNow(h);
  ref = await loadPiiReference(h.db.pool);
}, 240_000);

afterAll(async () => {
  await h?.close();
});

describe('no personal data in any public answer (DB1405 8.1.3)', () => {
  /** Realistic requests for each public GET route; a new route without an entry fails the test below. */
  async function requestsFor(path: string): Promise<string[] | null> {
    const ids = async (sql: string, p: unknown[] = []) => (await h.db.pool.query(sql, p)).rows.map((r) => String(r.id));
    const township = (await h.db.pool.query(`SELECT code FROM regions WHERE parent_code = $1 ORDER BY code LIMIT 1`, [COUNTY])).rows[0].code;
    const stats = ['', `?period=month&from=2026-01&to=2026-11`, `?period=quarter&region=${COUNTY}`, `?region=${township}&from=${MONTH}&to=2026-11`, `?region=${COUNTY}&from=${MONTH}&to=${MONTH}`];
    const table: Record<string, () => Promise<string[]>> = {
      '/api/v1/public/satisfaction': async () => stats.map((s) => `/api/v1/public/satisfaction${s}`),
      '/api/v1/public/rectifications': async () => stats.map((s) => `/api/v1/public/rectifications${s}`),
      '/api/v1/public/regions': async () => ['/api/v1/public/regions'],
      '/api/v1/public/catalogue': async () => ['/api/v1/public/catalogue', '/api/v1/public/catalogue?q=补贴', '/api/v1/public/catalogue?level=VILLAGE'],
      '/api/v1/public/catalogue/{id}': async () => (await ids(`SELECT id FROM catalogue_items WHERE active ORDER BY id`)).map((id) => `/api/v1/public/catalogue/${id}`),
      '/api/v1/public/stations': async () => ['', '?page=2', `?region=${COUNTY}`, `?region=${township}&pageSize=200`, '?q=村'].map((s) => `/api/v1/public/stations${s}`),
      // every station of the county (with its agents), where the ratings above were written
      '/api/v1/public/stations/{id}': async () => (await ids(`SELECT s.id FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%' ORDER BY s.id`, [COUNTY_PATH]))
        .map((id) => `/api/v1/public/stations/${id}`),
      '/api/v1/public/evaluations/{token}': async () => [`/api/v1/public/evaluations/${evalToken}`],
      '/api/v1/public/suggestions/{trackingCode}': async () => [`/api/v1/public/suggestions/${trackingCode}`],
    };
    return table[path] ? table[path]() : null;
  }

  it('walks every GET route under /api/v1/public/ of the OpenAPI document: zero hits', async () => {
    const doc: Doc = (await h.call('GET', '/api/docs-json')).body;
    const routes = Object.entries(doc.paths).filter(([p, ops]) => p.startsWith('/api/v1/public/') && 'get' in ops).map(([p]) => p);
    expect(routes).toEqual(expect.arrayContaining(['/api/v1/public/satisfaction', '/api/v1/public/catalogue', '/api/v1/public/stations/{id}']));
    const unknown: string[] = [];
    const hits: Hit[] = [];
    const failures: string[] = [];
    let answers = 0;
    for (const route of routes) {
      const urls = await requestsFor(route);
      if (!urls) {
        unknown.push(route);
        continue;
      }
      for (const url of urls) {
        const r = await pub(url);
        answers++;
        if (r.status !== 200) failures.push(`${url}: ${r.status} ${r.raw.slice(0, 120)}`);
        hits.push(...scanJson(url, r.raw, ref));
        for (const v of Object.values(CANARY)) if (r.raw.includes(v)) hits.push({ where: url, kind: 'citizen-name', match: v, context: 'canary comment' });
      }
    }
    expect({ unknown, failures }).toEqual({ unknown: [], failures: [] });
    expect(hits.slice(0, 20)).toEqual([]);
    expect(answers).toBeGreaterThan(20);
  }, 180_000);

  it('the scan finds what it looks for (it can fail)', () => {
    const name = ref.names.find((n) => n.length === 3)!;
    const hits = scanJson('probe', JSON.stringify({ a: `联系人${name}`, b: '13812345678', c: 'x140522198001011234y', d: 140522100201 }), ref);
    expect(hits.map((x) => x.kind).sort()).toEqual(['citizen-name', 'id-number', 'mobile']);
  });

  it('stations publish agents by name and category only (DB1405 4.4), never their phones', async () => {
    const id = (await h.db.pool.query(`SELECT station_id AS id FROM agents WHERE active GROUP BY station_id ORDER BY count(*) DESC LIMIT 1`)).rows[0].id;
    const r = await pub(`/api/v1/public/stations/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.agents.length).toBeGreaterThan(0);
    for (const a of r.body.agents) expect(Object.keys(a).sort()).toEqual(['category', 'categoryLabel', 'name']);
    const phones = (await h.db.pool.query(`SELECT phone FROM agents WHERE station_id = $1`, [id])).rows.map((x) => x.phone);
    for (const p of phones) expect(r.raw).not.toContain(p);
  });
});

describe('satisfaction figures equal an independent computation on Postgres (DB1405 8.1.3)', () => {
  const Z = 1.959963984540054;
  // n, 满意, 差评 and both Wilson intervals, in SQL alone, by Jincheng's calendar month of the rating.
  const PG_SQL = `
    WITH v AS (
      SELECT e.level::text AS level, split_part(r.path, '/', 4) AS township
      FROM evaluations e JOIN cases c ON c.id = e.case_id JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
      WHERE r.path LIKE $1 || '%' AND e.appeal_outcome IS DISTINCT FROM 'UPHELD'
        AND (e.created_at AT TIME ZONE 'Asia/Shanghai') >= $2::date AND (e.created_at AT TIME ZONE 'Asia/Shanghai') < $3::date
    ), c AS (
      SELECT township, count(*)::float8 AS n,
        count(*) FILTER (WHERE level IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'))::float8 AS pos,
        count(*) FILTER (WHERE level IN ('DISSATISFIED', 'VERY_DISSATISFIED'))::float8 AS bad
      FROM v GROUP BY ROLLUP (township)
    ), p AS (SELECT township, n, pos / n AS ps, bad / n AS pb, ${Z}::float8 AS z FROM c)
    SELECT township, n, ps, pb,
      ((ps + z*z/(2*n)) - z*sqrt(ps*(1-ps)/n + z*z/(4*n*n))) / (1 + z*z/n) AS ps_low,
      ((ps + z*z/(2*n)) + z*sqrt(ps*(1-ps)/n + z*z/(4*n*n))) / (1 + z*z/n) AS ps_high,
      ((pb + z*z/(2*n)) - z*sqrt(pb*(1-pb)/n + z*z/(4*n*n))) / (1 + z*z/n) AS pb_low,
      ((pb + z*z/(2*n)) + z*sqrt(pb*(1-pb)/n + z*z/(4*n*n))) / (1 + z*z/n) AS pb_high
    FROM p`;

  const expectCell = (cell: any, pg: any) => {
    expect(cell.n).toBe(Number(pg.n));
    if (Number(pg.n) < 10) {
      expect(cell.satisfaction).toEqual({ suppressed: true, label: '样本不足', rate: null, low: null, high: null });
      return;
    }
    expect(cell.satisfaction.suppressed).toBe(false);
    expect(cell.satisfaction.rate).toBeCloseTo(pg.ps, 4);
    expect(cell.satisfaction.low).toBeCloseTo(Math.max(0, pg.ps_low), 4);
    expect(cell.satisfaction.high).toBeCloseTo(Math.min(1, pg.ps_high), 4);
    expect(cell.bad.rate).toBeCloseTo(pg.pb, 4);
    expect(cell.bad.low).toBeCloseTo(Math.max(0, pg.pb_low), 4);
    expect(cell.bad.high).toBeCloseTo(Math.min(1, pg.pb_high), 4);
  };

  it('for the county and each of its townships in one month', async () => {
    const pg = (await h.db.pool.query(PG_SQL, [COUNTY_PATH, `${MONTH}-01`, '2026-10-01'])).rows;
    const whole = pg.find((r) => r.township === null);
    expect(Number(whole.n)).toBeGreaterThanOrEqual(35); // the 35 valid ratings written above, plus any seeded
    const r = await pub(`/api/v1/public/satisfaction?period=month&region=${COUNTY}&from=${MONTH}&to=${MONTH}`);
    expect(r.status).toBe(200);
    expect(r.body.region).toEqual({ code: COUNTY, name: '阳城县', level: 'COUNTY' });
    expect(r.body.periods).toEqual([MONTH]);
    expectCell(r.body.overall.trend[0], whole);
    expectCell(r.body.overall.total, whole);
    expect(r.body.definitions.satisfaction).toContain('满意率');
    // every township of the county is listed; those with ratings match Postgres, the rest show n = 0
    const townships = (await h.db.pool.query(`SELECT code FROM regions WHERE parent_code = $1`, [COUNTY])).rows.map((x) => x.code);
    expect(r.body.areas.map((a: any) => a.code).sort()).toEqual(townships.sort());
    for (const area of r.body.areas) {
      const row = pg.find((x) => x.township === area.code);
      expectCell(area.trend[0], row ?? { n: 0 });
    }
    // at city level the county is one of the areas, with the same figures
    const city = await pub(`/api/v1/public/satisfaction?from=${MONTH}&to=${MONTH}`);
    expectCell(city.body.areas.find((a: any) => a.code === COUNTY).trend[0], whole);
  });

  it('quarters are made of their three months', async () => {
    const pg = (await h.db.pool.query(PG_SQL, [COUNTY_PATH, '2026-07-01', '2026-10-01'])).rows.find((x) => x.township === null);
    const r = await pub(`/api/v1/public/satisfaction?period=quarter&region=${COUNTY}&from=2026-Q3&to=2026-Q4`);
    expect(r.body.periods).toEqual(['2026-Q3', '2026-Q4']);
    expectCell(r.body.overall.trend[0], pg);
    // the rating of 30 September 17:00 UTC counts in October (Q4) in Jincheng time
    const oct = (await h.db.pool.query(PG_SQL, [COUNTY_PATH, '2026-10-01', '2027-01-01'])).rows.find((x) => x.township === null);
    expect(r.body.overall.trend[1].n).toBe(Number(oct?.n ?? 0));
    expect(r.body.overall.trend[1].n).toBeGreaterThanOrEqual(1);
  });

  it('the 回访 response rate counts the sampled calls of the month', async () => {
    const pg = (await h.db.pool.query(`SELECT count(*)::int AS sampled, count(*) FILTER (WHERE x.outcome = 'REACHED')::int AS reached
      FROM survey_calls x JOIN survey_batches b ON b.id = x.batch_id JOIN cases c ON c.id = x.case_id
      JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
      WHERE r.path LIKE $1 || '%' AND b.month >= '2026-01-01' AND b.month < '2026-12-01'`, [COUNTY_PATH])).rows[0];
    const r = await pub(`/api/v1/public/satisfaction?region=${COUNTY}&from=2026-01&to=2026-11`);
    expect(r.body.overall.total.survey).toMatchObject({ sampled: pg.sampled, reached: pg.reached });
    expect(r.body.definitions.response).toContain('回访率');
  });

  it('rectification progress equals Postgres for the month (opened, on time, late, open, overdue)', async () => {
    const r = await pub(`/api/v1/public/rectifications?region=${COUNTY}&from=${MONTH}&to=${MONTH}`);
    expect(r.status).toBe(200);
    const pg = (await h.db.pool.query(`SELECT count(*)::int AS opened,
        count(*) FILTER (WHERE x.status = 'CLOSED' AND NOT u.upheld AND (x.closed_at AT TIME ZONE 'Asia/Shanghai')::date <= x.due_date)::int AS "closedOnTime",
        count(*) FILTER (WHERE x.status = 'CLOSED' AND NOT u.upheld AND (x.closed_at AT TIME ZONE 'Asia/Shanghai')::date > x.due_date)::int AS "closedLate",
        count(*) FILTER (WHERE x.status = 'CLOSED' AND u.upheld)::int AS "appealUpheld",
        count(*) FILTER (WHERE x.status <> 'CLOSED')::int AS open,
        count(*) FILTER (WHERE x.status <> 'CLOSED' AND x.due_date < $3::date)::int AS overdue
      FROM rectifications x JOIN stations s ON s.id = x.station_id JOIN regions g ON g.code = s.region_code
      CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = x.id AND e.type = 'APPEAL_UPHELD') AS upheld) u
      WHERE g.path LIKE $1 || '%' AND (x.created_at AT TIME ZONE 'Asia/Shanghai')::date >= $2::date
        AND (x.created_at AT TIME ZONE 'Asia/Shanghai')::date < '2026-10-01'`, [COUNTY_PATH, `${MONTH}-01`, r.body.asOf])).rows[0];
    expect(r.body.overall.trend[0]).toEqual({ period: MONTH, ...pg });
    expect(pg).toMatchObject({ closedOnTime: expect.any(Number) });
    expect(pg.opened).toBeGreaterThanOrEqual(4);
    expect(pg.closedOnTime).toBeGreaterThanOrEqual(1);
    expect(pg.closedLate).toBeGreaterThanOrEqual(1);
    expect(pg.overdue).toBeGreaterThanOrEqual(1);
  });

  it('refuses a bad period or an unknown region in Chinese', async () => {
    const bad = await pub('/api/v1/public/satisfaction?from=2026-05&to=2026-01');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'PUBLIC.INVALID_PERIOD', message: expect.stringMatching(/[\u4e00-\u9fa5]/), requestId: expect.any(String) });
    const village = (await h.db.pool.query(`SELECT code FROM regions WHERE level = 'VILLAGE' LIMIT 1`)).rows[0].code;
    expect((await pub(`/api/v1/public/satisfaction?region=${village}`)).body.code).toBe('PUBLIC.REGION_NOT_FOUND');
    expect((await pub('/api/v1/public/stations/999999999')).status).toBe(404);
  });
});

describe('rate limits of /api/v1/public/ (issue 5 item 6)', () => {
  const expectLimited = (r: { status: number; body: any; headers: Record<string, unknown> }) => {
    expect(r.status).toBe(429);
    expect(r.body).toEqual({ code: 'PUBLIC.RATE_LIMITED', message: '请求过于频繁，请稍后再试', requestId: expect.any(String) });
    expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(60);
  };

  it(`answers 429 beyond ${PER_IP} requests a minute from one IP; another IP is unaffected`, async () => {
    const ip = '203.0.113.7';
    const burst = [];
    for (let i = 0; i < PER_IP + 5; i++) burst.push(await pub('/api/v1/public/regions', ip));
    expect(burst.map((r) => r.status)).toEqual([...Array(PER_IP).fill(200), ...Array(5).fill(429)]);
    for (const r of burst.slice(PER_IP)) expectLimited(r);
    expect((await pub('/api/v1/public/regions', '203.0.113.8')).status).toBe(200);
    // staff routes are not limited by this guard
    expect((await h.call('GET', '/api/v1/health', { headers: { 'x-forwarded-for': ip } })).status).toBe(200);
  });

  it('one budget per IP across all public routes', async () => {
    const ip = '203.0.113.9';
    const urls = ['/api/v1/public/regions', '/api/v1/public/catalogue', '/api/v1/public/stations', '/api/v1/public/regions', '/api/v1/public/catalogue', '/api/v1/public/stations'];
    const statuses = [];
    for (const u of urls) statuses.push((await pub(u, ip)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it(`answers 429 beyond ${PER_TOKEN} requests a minute for one token, whatever the IP`, async () => {
    const url = `/api/v1/public/evaluations/${limitToken}`;
    const statuses = [];
    for (let i = 0; i < PER_TOKEN + 2; i++) statuses.push((await pub(url)).status); // a new IP each time
    expect(statuses).toEqual([...Array(PER_TOKEN).fill(200), 429, 429]);
    expectLimited(await pub(url));
    // another token is unaffected (404: it does not exist, but it is not limited)
    expect((await pub(`/api/v1/public/evaluations/${'A'.repeat(22)}`)).status).toBe(404);
    // the lookup of a suggestion by its tracking code is limited alike
    const code = (await pub('/api/v1/public/suggestions', freshIp(), 'POST', { content: '希望增加周末值班的代办员' })).body.trackingCode;
    const track = [];
    for (let i = 0; i < PER_TOKEN + 1; i++) track.push((await pub(`/api/v1/public/suggestions/${code}`)).status);
    expect(track).toEqual([...Array(PER_TOKEN).fill(200), 429]);
  });
});
