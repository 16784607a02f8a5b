import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../api/src/common/paths';

// No Docker engine runs here; `docker compose config` validates the file where the client and
// its compose plugin exist, and the structure is checked either way.

function composeAvailable(): boolean {
  try {
    execFileSync('docker', ['compose', 'version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('docker-compose.yml', () => {
  const file = path.join(repoRoot(), 'docker-compose.yml');
  const env = { ...process.env, JWT_SECRET: 'x'.repeat(40) };

  it('wires postgres, clickhouse and the app with health checks and volumes', () => {
    const doc = composeAvailable()
      ? parse(execFileSync('docker', ['compose', '-f', file, 'config'], { env, encoding: 'utf8' }))
      : parse(readFileSync(file, 'utf8'));
    expect(Object.keys(doc.services).sort()).toEqual(['app', 'clickhouse', 'postgres']);
    for (const s of ['app', 'clickhouse', 'postgres']) expect(doc.services[s].healthcheck).toBeDefined();
    expect(doc.services.clickhouse.image).toMatch(/^clickhouse\/clickhouse-server:\d+\.\d+/);
    const appEnv = doc.services.app.environment;
    expect(String(appEnv.DATABASE_URL)).toMatch(/@postgres:5432\//);
    expect(String(appEnv.CLICKHOUSE_URL)).toBe('http://clickhouse:8123');
    expect(Object.keys(doc.volumes).sort()).toEqual(['appdata', 'chdata', 'pgdata']);
  });
});
