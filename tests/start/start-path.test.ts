import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../support/app-process';

// The newcomer's path: `npm start` on a fresh DATA_DIR with embedded Postgres and chDB, stopped
// with a signal, started again on the same folder: the data is still there and not reseeded.

function postmasterRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function login(baseUrl: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function completedTotal(baseUrl: string, token: string): Promise<number> {
  // 按时办结率's denominator: the completed cases of the period.
  const res = await fetch(`${baseUrl}/api/v1/indicators/on-time-rate?from=2024-11&to=2026-11&grain=total`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { total: { denominator: number } }).total.denominator;
}

describe('npm start on embedded engines', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rp-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, serves, stops cleanly, and restarts on the same data without reseeding', async () => {
    const first = await startApp({ embedded: true, dataDir, cases: 2000 });
    let firstTotal: number;
    try {
      const health = await (await fetch(`${first.baseUrl}/api/v1/health`)).json();
      expect(health).toMatchObject({ status: 'ok', postgres: { ok: true }, clickhouse: { ok: true, embedded: true } });
      expect(first.output()).toContain('演示账号');
      expect(first.output()).toContain('首次启动');
      firstTotal = await completedTotal(first.baseUrl, await login(first.baseUrl, first.demoPassword));
      expect(firstTotal).toBeGreaterThan(1000);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // A clean stop leaves no server behind and no lock that would block the next start.
    expect(postmasterRunning(dataDir)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await startApp({ embedded: true, dataDir, cases: 2000 });
    try {
      expect(second.output()).not.toContain('首次启动');
      const token = await login(second.baseUrl, second.demoPassword);
      expect(await completedTotal(second.baseUrl, token)).toBe(firstTotal);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    expect(postmasterRunning(dataDir)).toBe(false);
  }, 300_000);
});
