import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '../../api/src/config/config';
import { roleHas } from '../../api/src/auth/permissions';
import { createApp } from '../../api/src/main';
import { CaseSync } from '../../etl/src/sync/case-sync';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestClickHouse } from '../support/test-clickhouse';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { TEST_PII } from '../support/test-pii';
import { MatrixFixtures, ROLES, USERNAME, type RoleName, type Scope } from './fixtures';
import { ROUTES, type RouteSpec } from './route-matrix';

// DB1405 4.4 / 等保 2.0 access control, generated: every route of the OpenAPI document × every
// role (and anonymous) × a target inside and outside the role's region scope → expected status.

const PASSWORD = 'Matrix-Test-Password-2026';
type Doc = { paths: Record<string, Record<string, { 'x-permission'?: string }>> };

function expected(spec: RouteSpec, role: RoleName | 'ANONYMOUS', scope: Scope): number {
  if (spec.permission === 'public') return spec.okStatus;
  if (role === 'ANONYMOUS') return 401;
  if (!roleHas(role, spec.permission)) return 403;
  return scope === 'out' && spec.scoped ? spec.outStatus ?? 404 : spec.okStatus;
}

describe('access matrix', () => {
  let db: TestDatabase;
  let ch: Awaited<ReturnType<typeof createTestClickHouse>>;
  let app: NestFastifyApplication;
  let doc: Doc;
  let fixtures: MatrixFixtures;
  const tokens = {} as Record<RoleName, string>;

  const inject = (method: string, url: string, token?: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.getHttpAdapter().getInstance().inject({
      method: method as 'GET', url, payload: body as object,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });

  const login = async (role: RoleName): Promise<string> =>
    (await inject('POST', '/api/v1/auth/login', undefined, { username: USERNAME[role], password: PASSWORD })).json().accessToken;

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 2000, seed: 3, today: '2026-11-15', demoPassword: PASSWORD, pii: TEST_PII });
    await new CaseSync(db.pool, ch).runOnce();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, ETL_INTERVAL_MS: '3600000' });
    app = await createApp({ config, pool: db.pool, clickhouse: ch, pii: TEST_PII }, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    doc = (await inject('GET', '/api/docs-json')).json();
    fixtures = await MatrixFixtures.load(db.pool);
    for (const role of ROLES) tokens[role] = await login(role);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await ch?.drop();
    await db?.drop();
  });

  it('has exactly one entry per route of the OpenAPI document, with the declared permission', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, permission: op['x-permission'] })));
    const missing = documented.filter((d) => !ROUTES.some((r) => r.route === d.route)).map((d) => d.route);
    const stale = ROUTES.filter((r) => !documented.some((d) => d.route === r.route)).map((r) => r.route);
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    const undeclared = documented.filter((d) => !d.permission).map((d) => d.route);
    expect(undeclared).toEqual([]);
    for (const d of documented) expect(`${d.route} ${ROUTES.find((r) => r.route === d.route)!.permission}`).toBe(`${d.route} ${d.permission}`);
  });

  it('answers every route × role × scope as the policy says', async () => {
    const mismatches: string[] = [];
    for (const spec of ROUTES) {
      const method = spec.route.split(' ')[0];
      for (const role of [...ROLES, 'ANONYMOUS' as const]) {
        for (const scope of ['in', 'out'] as const) {
          if (!spec.scoped && scope === 'out') continue;
          const req = spec.build(fixtures, role === 'ANONYMOUS' ? 'CITY_LEADER' : role, scope);
          const token = role === 'ANONYMOUS' ? undefined : req.freshSession ? await login(role) : tokens[role];
          const res = await inject(method, req.url, token, req.body, req.headers);
          const want = expected(spec, role, scope);
          if (res.statusCode !== want) mismatches.push(`${spec.route} as ${role} (${scope}): ${res.statusCode}, expected ${want} — ${res.body.slice(0, 160)}`);
          if (scope === 'out' && res.statusCode < 300 && spec.verifyOut && !spec.verifyOut(res.json())) {
            mismatches.push(`${spec.route} as ${role} (out): the answer shows data outside the scope`);
          }
          if (res.statusCode >= 400) {
            const body = res.json();
            if (typeof body.code !== 'string' || typeof body.message !== 'string' || !body.requestId) mismatches.push(`${spec.route}: error shape ${res.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});
