import { createHmac } from 'node:crypto';
import { API_TEST_JWT_SECRET, API_TEST_PASSWORD, startApi, type ApiHarness } from '../support/api-app';

// 等保 2.0 identity: argon2 hashes, password policy, lockout, short-lived access tokens with
// rotating refresh tokens (reuse revokes the family), logout, idle timeout; logins audited.

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
function jwt(header: object, payload: object, secret?: string): string {
  const head = `${b64(header)}.${b64(payload)}`;
  return `${head}.${secret ? createHmac('sha256', secret).update(head).digest('base64url') : ''}`;
}
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

describe('authentication', () => {
  let h: ApiHarness;
  beforeAll(async () => { h = await startApi(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  const me = (token: string) => h.call('GET', '/api/v1/auth/me', { token });

  it('stores argon2id hashes, never the password', async () => {
    const { rows } = await h.db.pool.query(`SELECT password_hash FROM users`);
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(rows)).not.toContain(API_TEST_PASSWORD);
  });

  it('locks an account after 5 failures for 15 minutes, then lets it in once the lock has expired', async () => {
    for (let i = 0; i < 5; i++) expect((await h.call('POST', '/api/v1/auth/login', { body: { username: 'county', password: `wrong-${i}` } })).status).toBe(401);
    const locked = await h.call('POST', '/api/v1/auth/login', { body: { username: 'county', password: API_TEST_PASSWORD } });
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('AUTH.LOCKED');
    expect(locked.body.message).toContain('15 分钟');
    const { rows: [u] } = await h.db.pool.query(`SELECT locked_until - now() AS left FROM users WHERE username = 'county'`);
    expect(u.left.minutes).toBeGreaterThanOrEqual(14);
    await h.db.pool.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE username = 'county'`);
    expect((await h.call('POST', '/api/v1/auth/login', { body: { username: 'county', password: API_TEST_PASSWORD } })).status).toBe(200);
    const { rows: [after] } = await h.db.pool.query(`SELECT failed_logins, locked_until FROM users WHERE username = 'county'`);
    expect(after).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('enforces the password policy on change (12+ characters, 3 classes)', async () => {
    const { accessToken } = await h.login('reviewer');
    const weak = await h.call('POST', '/api/v1/auth/password', { token: accessToken, body: { oldPassword: API_TEST_PASSWORD, newPassword: 'alllowercase' } });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('AUTH.WEAK_PASSWORD');
    const wrongOld = await h.call('POST', '/api/v1/auth/password', { token: accessToken, body: { oldPassword: 'nope', newPassword: 'Strong-Enough-2026' } });
    expect(wrongOld.body.code).toBe('AUTH.WRONG_PASSWORD');
    expect((await h.call('POST', '/api/v1/auth/password', { token: accessToken, body: { oldPassword: API_TEST_PASSWORD, newPassword: 'Strong-Enough-2026' } })).status).toBe(204);
    await h.login('reviewer', 'Strong-Enough-2026');
  });

  it('refuses tampered tokens: alg none, wrong key, expired, edited claims', async () => {
    const { accessToken } = await h.login('leader');
    const claims = claimsOf(accessToken);
    const now = Math.floor(Date.now() / 1000);
    const bad = [
      jwt({ alg: 'none', typ: 'JWT' }, claims),
      jwt({ alg: 'HS256', typ: 'JWT' }, claims, 'some-other-secret-0123456789abcdef'),
      jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 7200, exp: now - 3600 }, API_TEST_JWT_SECRET),
      `${accessToken.split('.')[0]}.${b64({ ...claims, role: 'ADMIN', scp: '/140500/' })}.${accessToken.split('.')[2]}`,
    ];
    for (const t of bad) {
      const r = await me(t);
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('AUTH.INVALID_TOKEN');
    }
    expect((await me(jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now, exp: now + 60 }, API_TEST_JWT_SECRET))).status).toBe(200);
  });

  it('rotates refresh tokens; reusing a spent one revokes the whole login', async () => {
    const first = await h.login('admin');
    const second = (await h.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).status).toBe(200);
    const reuse = await h.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('AUTH.REFRESH_REUSED');
    expect((await h.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: second.refreshToken } })).body.code).toBe('AUTH.SESSION_REVOKED');
    expect((await me(second.accessToken)).body.code).toBe('AUTH.SESSION_REVOKED');
    expect((await me(first.accessToken)).status).toBe(401);
  });

  it('logout revokes the access and refresh tokens of that login only', async () => {
    const a = await h.login('agent');
    const b = await h.login('agent');
    expect((await h.call('POST', '/api/v1/auth/logout', { token: a.accessToken })).status).toBe(204);
    expect((await me(a.accessToken)).status).toBe(401);
    expect((await h.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: a.refreshToken } })).status).toBe(401);
    expect((await me(b.accessToken)).status).toBe(200);
  });

  it('ends a login that stayed idle longer than the idle timeout', async () => {
    const s = await h.login('leader');
    await h.db.pool.query(`UPDATE auth_sessions SET created_at = now() - interval '31 minutes' WHERE used_at IS NULL AND family_id = $1`, [claimsOf(s.accessToken).sid]);
    const r = await h.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: s.refreshToken } });
    expect(r.body.code).toBe('AUTH.SESSION_IDLE');
  });

  it('audits logins, successful and failed, with who and from where', async () => {
    const { rows } = await h.db.pool.query(`SELECT actor_name, outcome, detail, ip FROM audit_log WHERE action = 'auth.login' ORDER BY id`);
    expect(rows.some((r) => r.actor_name === 'county' && r.outcome === 'FAILURE' && r.detail.reason === 'bad_password')).toBe(true);
    expect(rows.some((r) => r.actor_name === 'county' && r.outcome === 'FAILURE' && r.detail.reason === 'locked')).toBe(true);
    expect(rows.some((r) => r.actor_name === 'leader' && r.outcome === 'SUCCESS' && r.ip)).toBe(true);
  });
});
