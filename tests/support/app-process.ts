import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../api/src/common/paths';
import { createTestDatabase, type TestDatabase } from './test-db';
import { freePort } from '../../scripts/free-port';

export const DEMO_PASSWORD = 'Test-Demo-Password-2026';

export interface RunningApp {
  baseUrl: string;
  demoPassword: string;
  dataDir: string;
  /** The test database the app runs on (absent with `embedded`), for tests that look up seeded rows. */
  databaseUrl?: string;
  output(): string;
  stop(): Promise<number | null>;
}

export interface StartOptions {
  cases?: number;
  env?: Record<string, string>;
  /** Embedded Postgres in dataDir (as a newcomer's `npm start`); default: a fresh test database on TEST_DATABASE_URL. */
  embedded?: boolean;
  dataDir?: string;
  timeoutMs?: number;
}

/**
 * Starts the built app exactly as `npm start` does after its build step (node dist/scripts/start.js),
 * on a free port with a fresh data folder, and resolves once it serves requests (it seeds and
 * runs the first ETL pass before listening).
 */
export async function startApp(opts: StartOptions = {}): Promise<RunningApp> {
  const root = repoRoot();
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'rp-app-'));
  const port = await freePort();
  let db: TestDatabase | undefined;
  if (!opts.embedded) db = await createTestDatabase({ migrate: false });
  const env: Record<string, string> = {
    ...process.env as Record<string, string>,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    SEED_CASES: String(opts.cases ?? 3000),
    SEED_DEMO: 'true',
    SEED_TODAY: '2026-11-15',
    DEMO_PASSWORD,
    ETL_INTERVAL_MS: '500',
    ...(db ? { DATABASE_URL: db.url } : {}),
    ...opts.env,
  };
  if (opts.embedded) delete env.DATABASE_URL;
  delete env.CLICKHOUSE_URL;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'start.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (opts.timeoutMs ?? 170_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited early (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app did not become healthy in time:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    demoPassword: DEMO_PASSWORD,
    dataDir,
    databaseUrl: db?.url,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      await db?.drop();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
