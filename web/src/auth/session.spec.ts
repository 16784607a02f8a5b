import {
  isSessionUsable,
  isTokenExpired,
  jwtExpiry,
  needsRefresh,
  onUnauthorized,
  parseSession,
  refreshFailureEndsSession,
  singleFlight,
  type Session,
} from './session';
import { returnPath } from './return-path';

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (payload: object) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.sig`;

describe('jwtExpiry / isTokenExpired', () => {
  it('reads exp from the payload', () => {
    expect(jwtExpiry(jwt({ sub: 'leader', exp: 1_800_000_000 }))).toBe(1_800_000_000);
    expect(jwtExpiry(jwt({ sub: 'leader' }))).toBeNull();
    expect(jwtExpiry('not-a-jwt')).toBeNull();
    expect(jwtExpiry('a.%%%.c')).toBeNull();
  });

  it('is expired only when exp has passed', () => {
    const token = jwt({ exp: 1_000 }); // 1970-01-01T00:16:40Z
    expect(isTokenExpired(token, 1_000_000 - 60_000)).toBe(false);
    expect(isTokenExpired(token, 1_000_000)).toBe(true);
    expect(isTokenExpired(jwt({}), Date.now())).toBe(false);
  });
});

describe('parseSession', () => {
  const user = { username: 'leader', displayName: '市局领导', role: 'CITY_LEADER', regionCode: '140500' };

  it('accepts a stored session', () => {
    expect(parseSession(JSON.stringify({ accessToken: 'x.y.z', user }))).toEqual({ accessToken: 'x.y.z', user });
  });

  it('keeps the refresh token, and drops an empty one', () => {
    expect(parseSession(JSON.stringify({ accessToken: 'x.y.z', refreshToken: 'r-123', user }))).toEqual({
      accessToken: 'x.y.z',
      refreshToken: 'r-123',
      user,
    });
    expect(parseSession(JSON.stringify({ accessToken: 'x.y.z', refreshToken: '', user }))).not.toHaveProperty('refreshToken');
  });

  it('falls back to the username as display name', () => {
    expect(parseSession(JSON.stringify({ accessToken: 't', user: { username: 'u' } }))?.user.displayName).toBe('u');
  });

  it('rejects garbage', () => {
    expect(parseSession(null)).toBeNull();
    expect(parseSession('{')).toBeNull();
    expect(parseSession('null')).toBeNull();
    expect(parseSession(JSON.stringify({ accessToken: '', user }))).toBeNull();
    expect(parseSession(JSON.stringify({ accessToken: 't' }))).toBeNull();
  });
});

const NOW = 1_000_000_000_000;
const expired = jwt({ exp: NOW / 1000 - 60 });
const valid = jwt({ exp: NOW / 1000 + 600 });
const user = { username: 'agent', displayName: '代办员', role: 'STATION_AGENT', regionCode: '140522100201' };
const session = (accessToken: string, refreshToken?: string): Session => ({ accessToken, ...(refreshToken ? { refreshToken } : {}), user });

describe('isSessionUsable / needsRefresh', () => {
  it('an expired access token still counts as a session while a refresh token is held', () => {
    expect(isSessionUsable(session(expired, 'r'), NOW)).toBe(true);
    expect(isSessionUsable(session(expired), NOW)).toBe(false);
    expect(isSessionUsable(session(valid), NOW)).toBe(true);
  });

  it('refreshes before a call only when the access token has expired and can be renewed', () => {
    expect(needsRefresh(session(expired, 'r'), NOW)).toBe(true);
    expect(needsRefresh(session(valid, 'r'), NOW)).toBe(false);
    expect(needsRefresh(session(expired), NOW)).toBe(false);
    expect(needsRefresh(null, NOW)).toBe(false);
  });

  it('also refreshes a token past half its life, so idle time counts from the last call', () => {
    const iat = NOW / 1000 - 600; // issued 10 of 15 minutes ago
    expect(needsRefresh(session(jwt({ iat, exp: iat + 900 }), 'r'), NOW)).toBe(true);
    expect(needsRefresh(session(jwt({ iat: NOW / 1000 - 300, exp: NOW / 1000 + 600 }), 'r'), NOW)).toBe(false);
    expect(needsRefresh(session(jwt({ iat, exp: iat + 900 })), NOW)).toBe(false); // nothing to refresh with
  });
});

describe('onUnauthorized', () => {
  const base = { code: 'AUTH.INVALID_TOKEN', usedToken: valid, session: session(valid, 'r'), alreadyRetried: false };

  it('refreshes once on a rejected access token', () => {
    expect(onUnauthorized(base)).toBe('refresh');
    expect(onUnauthorized({ ...base, alreadyRetried: true })).toBe('sign-out');
  });

  it('retries with the new token when another call refreshed meanwhile', () => {
    expect(onUnauthorized({ ...base, usedToken: expired })).toBe('retry');
  });

  it('signs out when the login itself is over or cannot be renewed', () => {
    expect(onUnauthorized({ ...base, code: 'AUTH.SESSION_REVOKED' })).toBe('sign-out');
    expect(onUnauthorized({ ...base, code: 'AUTH.SESSION_IDLE' })).toBe('sign-out');
    expect(onUnauthorized({ ...base, code: 'AUTH.UNAUTHENTICATED' })).toBe('sign-out');
    expect(onUnauthorized({ ...base, session: session(valid) })).toBe('sign-out');
    expect(onUnauthorized({ ...base, session: null })).toBe('sign-out');
  });
});

describe('refreshFailureEndsSession', () => {
  it('ends the session when the server refuses the refresh, not when it could not answer', () => {
    for (const s of [400, 401, 403]) expect(refreshFailureEndsSession(s)).toBe(true);
    for (const s of [0, 408, 429, 500, 502, 503]) expect(refreshFailureEndsSession(s)).toBe(false);
  });
});

describe('singleFlight', () => {
  function deferred<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it('concurrent callers share one run; the next call after it settles starts another', async () => {
    const runs: Array<ReturnType<typeof deferred<string>>> = [];
    const refresh = singleFlight(() => {
      const d = deferred<string>();
      runs.push(d);
      return d.promise;
    });
    const a = refresh();
    const b = refresh();
    const c = refresh();
    expect(a).toBe(b);
    expect(b).toBe(c);
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    runs[0].resolve('pair-1');
    await expect(Promise.all([a, b, c])).resolves.toEqual(['pair-1', 'pair-1', 'pair-1']);

    const d = refresh();
    await Promise.resolve();
    expect(runs).toHaveLength(2);
    runs[1].resolve('pair-2');
    await expect(d).resolves.toBe('pair-2');
  });

  it('shares a failure too, and recovers after it (also from a synchronous throw)', async () => {
    let n = 0;
    const refresh = singleFlight<string>(() => {
      n++;
      if (n === 1) throw new Error('boom');
      return Promise.resolve('ok');
    });
    const a = refresh();
    const b = refresh();
    await expect(a).rejects.toThrow('boom');
    await expect(b).rejects.toThrow('boom');
    await expect(refresh()).resolves.toBe('ok');
    expect(n).toBe(2);
  });
});

describe('returnPath', () => {
  it('returns to the page the user came from', () => {
    expect(returnPath({ from: { pathname: '/', search: '?region=140522&from=2025-12&to=2026-11', hash: '' } })).toBe(
      '/?region=140522&from=2025-12&to=2026-11',
    );
  });

  it('defaults to / and never leaves the site or loops to /login', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath({})).toBe('/');
    expect(returnPath({ from: { pathname: '//evil.example/x' } })).toBe('/');
    expect(returnPath({ from: { pathname: '/\\evil.example' } })).toBe('/');
    expect(returnPath({ from: { pathname: '/login', search: '?x=1' } })).toBe('/');
    expect(returnPath({ from: { pathname: 'https://evil.example/' } })).toBe('/');
    expect(returnPath({ from: { pathname: '/login-help' } })).toBe('/login-help');
  });
});
