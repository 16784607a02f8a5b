import { isTokenExpired, jwtExpiry, parseSession } from './session';
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
