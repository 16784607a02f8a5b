import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded engines under ./.data', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.embeddedPostgres).toBe(true);
    expect(c.embeddedClickHouse).toBe(true);
    expect(c.dataDir).toBe(path.resolve('/srv/app/.data'));
    expect(c.chdbPath).toBe(path.resolve('/srv/app/.data/clickhouse'));
    expect(c.PORT).toBe(3000);
    expect(c.SEED_CASES).toBe(50000);
  });

  it('switches to real servers when URLs are given', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://u@h/db', CLICKHOUSE_URL: 'http://ch:8123' });
    expect(c.embeddedPostgres).toBe(false);
    expect(c.embeddedClickHouse).toBe(false);
  });

  it('names every bad variable in one readable error', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', CLICKHOUSE_DATABASE: 'bad-name' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('PORT');
    expect(msg).toContain('DATABASE_URL');
    expect(msg).toContain('CLICKHOUSE_DATABASE');
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('TRUST_PROXY: off by default (X-Forwarded-For ignored); true, a hop count or proxy IPs/CIDRs', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1' }).TRUST_PROXY).toEqual(['10.0.0.1', '192.168.0.0/16', '::1']);
    for (const bad of ['yes', 'nginx', '10.0.0.1/33', '10.0.0.1,', '-1', '1.2.3.4/8/8']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });
});
