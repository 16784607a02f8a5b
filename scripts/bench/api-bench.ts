import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { repoRoot } from '../../api/src/common/paths';
import { CONSULTATION_BODY, type Captured } from './api-capture';
import { freePort } from '../free-port';

// API throughput on loopback, bounded in time: the real app process (node dist/scripts/start.js,
// ETL off) against a bare fastify process replaying the same Postgres statements. autocannon runs
// here, in the bench process; each server is its own process, as in production.

export interface LoadResult { rps: number; p50: number; p99: number; errors: number; non2xx: number }
export interface ApiBenchResult {
  seconds: number;
  connections: number;
  routes: { label: string; api: LoadResult; bare: LoadResult; ratio: number }[];
  statements: { caseGet: number; consultationPost: number };
  peakRssMb: { api: number; bare: number };
}

async function waitFor(url: string, child: ChildProcess, out: () => string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`进程提前退出 (${child.exitCode}):\n${out()}`);
    if (Date.now() > deadline) throw new Error(`进程未在规定时间内就绪:\n${out()}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Peak resident memory (VmHWM) of a live process, in MiB. */
export function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function load(opts: autocannon.Options): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, r) => {
      if (err) return reject(err);
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
    });
  });
}

function spawnServer(args: string[], env: Record<string, string | undefined>) {
  let out = '';
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined || v === '') delete merged[k];
  const child = spawn(process.execPath, args, { cwd: repoRoot(), env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => { out = (out + d).slice(-20_000); });
  child.stderr!.on('data', (d) => { out = (out + d).slice(-20_000); });
  return { child, out: () => out };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(t);
}

export async function benchApi(opts: {
  databaseUrl: string; dataDir: string; password: string; captured: Captured; seconds: number; connections: number; log: (l: string) => void;
}): Promise<ApiBenchResult> {
  const root = repoRoot();
  const appDir = path.join(opts.dataDir, 'api-bench');
  mkdirSync(appDir, { recursive: true });
  const statementsFile = path.join(appDir, 'statements.json');
  writeFileSync(statementsFile, JSON.stringify(opts.captured));

  const apiPort = await freePort();
  const api = spawnServer([path.join(root, 'dist/scripts/start.js')], {
    DATABASE_URL: opts.databaseUrl, DATA_DIR: appDir, PORT: String(apiPort), HOST: '127.0.0.1', ETL_ENABLED: 'false',
    ALERTS_ENABLED: 'false', SEED_DEMO: 'false', LOG_LEVEL: 'error', JWT_SECRET: 'bench-secret-0123456789abcdef-0123456789',
    // The bench's own chDB folder stays with the bench process; the app reads cases from Postgres.
    CLICKHOUSE_URL: undefined,
  });
  const barePort = await freePort();
  const bare = spawnServer([path.join(root, 'dist/scripts/bench/bare-server.js'), statementsFile], { DATABASE_URL: opts.databaseUrl, PORT: String(barePort) });
  try {
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitFor(`${apiUrl}/api/v1/health`, api.child, api.out);
    await waitFor(`${bareUrl}/bare/case`, bare.child, bare.out);
    const login = await fetch(`${apiUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'agent', password: opts.password }) });
    if (login.status !== 200) throw new Error(`登录失败 ${login.status}: ${await login.text()}`);
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const common = { connections: opts.connections, duration: opts.seconds };
    const routes: ApiBenchResult['routes'] = [];
    const run = async (label: string, a: autocannon.Options, b: autocannon.Options) => {
      opts.log(`接口压测 ${label}：NestJS 应用…`);
      await load({ ...a, duration: 2 }); // warm-up
      const apiR = await load(a);
      opts.log(`接口压测 ${label}：裸 fastify…`);
      await load({ ...b, duration: 2 });
      const bareR = await load(b);
      routes.push({ label, api: apiR, bare: bareR, ratio: apiR.rps / bareR.rps });
    };
    await run('GET /api/v1/cases/:id',
      { ...common, url: `${apiUrl}/api/v1/cases/${opts.captured.caseId}`, headers: auth },
      { ...common, url: `${bareUrl}/bare/case` });
    const body = JSON.stringify(CONSULTATION_BODY);
    await run('POST /api/v1/consultations',
      { ...common, url: `${apiUrl}/api/v1/consultations`, method: 'POST', headers: auth, body },
      { ...common, url: `${bareUrl}/bare/consultation`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return {
      seconds: opts.seconds, connections: opts.connections, routes,
      statements: { caseGet: opts.captured.caseGet.length, consultationPost: opts.captured.consultationPost.length },
      peakRssMb: { api: peakRssMb(api.child.pid!), bare: peakRssMb(bare.child.pid!) },
    };
  } finally {
    await stop(api.child);
    await stop(bare.child);
  }
}
