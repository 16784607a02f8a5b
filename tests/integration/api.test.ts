import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '../../api/src/config/config';
import { createApp } from '../../api/src/main';
import { EtlStreams } from '../../etl/src/sync/streams';
import { seedDatabase } from '../../prisma/seed/seed';
import { pgOnTimeByMonth } from '../../scripts/bench/pg-twins';
import { createTestClickHouse } from '../support/test-clickhouse';
import { TEST_PII } from '../support/test-pii';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

const PASSWORD = 'Api-Test-Password-2026';

describe('API (Nest on real Postgres and chDB)', () => {
  let db: TestDatabase;
  let ch: Awaited<ReturnType<typeof createTestClickHouse>>;
  let app: NestFastifyApplication;

  const call = async (method: 'GET' | 'POST', url: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const res = await app.getHttpAdapter().getInstance().inject({
      method, url, payload: opts.body as object,
      headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
    });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, headers: res.headers };
  };
  const login = async (username: string) => (await call('POST', '/api/v1/auth/login', { body: { username, password: PASSWORD } })).body.accessToken as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 3000, seed: 5, today: '2026-11-15', demoPassword: PASSWORD, pii: TEST_PII });
    // the whole ETL as the app runs it (facts, dimensions and the rollups the indicators read)
    await new EtlStreams(db.pool, ch).runOnce();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, ETL_ENABLED: 'false' });
    app = await createApp({ config, pool: db.pool, clickhouse: ch, pii: TEST_PII }, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await ch?.drop();
    await db?.drop();
  });

  it('reports Postgres and ClickHouse reachability', async () => {
    const r = await call('GET', '/api/v1/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', postgres: { ok: true }, clickhouse: { ok: true } });
  });

  it('logs in with the demo password and refuses a wrong one in the error shape', async () => {
    const ok = await call('POST', '/api/v1/auth/login', { body: { username: 'leader', password: PASSWORD } });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ username: 'leader', role: 'CITY_LEADER', regionCode: '140500' });
    expect(ok.body.accessToken.split('.')).toHaveLength(3);
    const bad = await call('POST', '/api/v1/auth/login', { body: { username: 'leader', password: 'wrong-password' }, headers: { 'x-request-id': 'req-test-0001' } });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误', requestId: 'req-test-0001' });
  });

  it('answers every error as { code, message, requestId } with a Chinese message', async () => {
    const cases = [
      await call('GET', '/api/v1/indicators/on-time-rate?from=2026-01&to=2026-02'),
      await call('GET', '/api/v1/indicators/on-time-rate?from=2026-01&to=2026-02', { token: 'not.a.token' }),
      await call('POST', '/api/v1/auth/login', { body: { username: 'leader' } }),
      await call('POST', '/api/v1/auth/login', { body: '{bad json', headers: { 'content-type': 'application/json' } }),
      await call('GET', '/api/v1/no-such-route'),
    ];
    expect(cases.map((c) => c.status)).toEqual([401, 401, 400, 400, 404]);
    expect(cases.map((c) => c.body.code)).toEqual(['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN', 'VALIDATION.FAILED', 'REQUEST.INVALID', 'ROUTE.NOT_FOUND']);
    for (const c of cases) {
      expect(Object.keys(c.body).filter((k) => k !== 'details').sort()).toEqual(['code', 'message', 'requestId']);
      expect(c.body.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(c.body.requestId).toBeTruthy();
    }
  });

  it('serves 按时办结率 from ClickHouse through the generic indicator route, equal to SQL on Postgres', async () => {
    const token = await login('leader');
    const r = await call('GET', '/api/v1/indicators/on-time-rate?from=2025-12&to=2026-11&region=140522&grain=month', { token });
    expect(r.status).toBe(200);
    expect(r.body.indicator).toMatchObject({ key: 'on-time-rate', name: '按时办结率', unit: '%', higherIsBetter: true });
    expect(r.body.region).toMatchObject({ code: '140522', name: '阳城县', level: 'COUNTY' });
    const pg = await pgOnTimeByMonth(db.pool, { path: '/140500/140522/', fromDate: '2025-12-01', toExclusive: '2026-12-01' });
    expect(pg.length).toBeGreaterThanOrEqual(10);
    // one row per month with completions, numerator = on time, denominator = completed
    const rows = r.body.rows.map(({ period, numerator, denominator }: { period: string; numerator: number; denominator: number }) => ({ period, completed: denominator, onTime: numerator }));
    expect(rows).toEqual(pg);
    for (const row of r.body.rows) {
      expect(row.value).toBeCloseTo(row.numerator / row.denominator, 4);
      expect(row.interval.low).toBeLessThanOrEqual(row.value);
      expect(row.interval.high).toBeGreaterThanOrEqual(row.value);
    }
    const completed = pg.reduce((s, x) => s + x.completed, 0);
    const onTime = pg.reduce((s, x) => s + x.onTime, 0);
    expect(r.body.total).toMatchObject({ denominator: completed, numerator: onTime });
  });

  it('confines a county leader to the county: another county is 404, bad periods are 400', async () => {
    const token = await login('county');
    expect((await call('GET', '/api/v1/regions/scope', { token })).body).toMatchObject({ code: '140522', name: '阳城县' });
    const other = await call('GET', '/api/v1/indicators/on-time-rate?from=2026-01&to=2026-02&region=140525', { token });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('REGION.NOT_FOUND');
    const mine = await call('GET', '/api/v1/indicators/on-time-rate?from=2026-01&to=2026-02', { token });
    expect(mine.body.region.code).toBe('140522');
    const bad = await call('GET', '/api/v1/indicators/on-time-rate?from=2026-05&to=2026-01', { token });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INDICATOR.INVALID_PERIOD');
    const children = await call('GET', '/api/v1/regions?parent=140500', { token });
    expect(children.status).toBe(404);
  });

  it('lists regions level by level within the scope', async () => {
    const token = await login('leader');
    const counties = await call('GET', '/api/v1/regions?parent=140500', { token });
    expect(counties.body.items.map((r: { name: string }) => r.name).sort()).toEqual(['城区', '沁水县', '阳城县', '陵川县', '泽州县', '高平市'].sort());
  });

  it('publishes the OpenAPI document', async () => {
    const r = await call('GET', '/api/docs-json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/auth/login', '/api/v1/indicators/{key}', '/api/v1/indicators/{key}/export']));
    // the first-slice route is gone: the dashboard reads the generic indicator route
    expect(Object.keys(r.body.paths)).not.toContain('/api/v1/indicators/on-time-rate');
  });
});
