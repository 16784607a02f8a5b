import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type AppConfig } from '../../api/src/config/config';
import { createApp } from '../../api/src/main';
import { EtlStreams } from '../../etl/src/sync/streams';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestClickHouse } from './test-clickhouse';
import { createTestDatabase, type TestDatabase } from './test-db';
import { TEST_PII } from './test-pii';

export const API_TEST_PASSWORD = 'Api-Test-Password-2026';
export const API_TEST_JWT_SECRET = 'integration-test-secret-0123456789abcdef';

export interface ApiHarness {
  db: TestDatabase;
  app: NestFastifyApplication;
  config: AppConfig;
  call(method: string, url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string>; remoteAddress?: string }): Promise<{ status: number; body: any; raw: string; headers: Record<string, unknown> }>;
  login(username: string, password?: string): Promise<{ accessToken: string; refreshToken: string }>;
  /** Runs both ETL streams past every transaction committed so far: what was written to Postgres is then in ClickHouse. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The Nest app in-process on a fresh seeded database and chDB (integration tests). */
export async function startApi(opts: { cases?: number; env?: Record<string, string> } = {}): Promise<ApiHarness> {
  const db = await createTestDatabase();
  const ch = await createTestClickHouse();
  await seedDatabase(db.pool, { cases: opts.cases ?? 1500, seed: 5, today: '2026-11-15', demoPassword: API_TEST_PASSWORD, pii: TEST_PII });
  const streams = new EtlStreams(db.pool, ch);
  await streams.runOnce();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, ETL_ENABLED: 'false', JWT_SECRET: API_TEST_JWT_SECRET, ...opts.env });
  const app = await createApp({ config, pool: db.pool, clickhouse: ch, pii: TEST_PII }, { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const call: ApiHarness['call'] = async (method, url, o = {}) => {
    const res = await app.getHttpAdapter().getInstance().inject({
      method: method as 'GET', url, payload: o.body as object,
      // the client's address as the socket shows it (request.ip unless TRUST_PROXY says otherwise)
      ...(o.remoteAddress ? { remoteAddress: o.remoteAddress } : {}),
      headers: { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers },
    });
    const json = String(res.headers['content-type'] ?? '').includes('json');
    return { status: res.statusCode, body: json ? res.json() : res.body, raw: res.body, headers: res.headers };
  };
  return {
    db, app, config, call,
    async login(username, password = API_TEST_PASSWORD) {
      const r = await call('POST', '/api/v1/auth/login', { body: { username, password } });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.raw}`);
      return r.body;
    },
    async sync() {
      await streams.syncPastNow();
    },
    async close() {
      await app.close();
      await ch.drop();
      await db.drop();
    },
  };
}
