import type { ExecutionContext } from '@nestjs/common';
import { isPublicRequest, publicThrottlerOptions, tokenOf } from './public-rate-limit';

const ctx = (req: object) => ({ switchToHttp: () => ({ getRequest: () => req }) }) as unknown as ExecutionContext;

describe('public rate limit scope (issue 5 item 6)', () => {
  it('applies to routes under /api/v1/public/ only, by the matched route pattern', () => {
    expect(isPublicRequest({ routeOptions: { url: '/api/v1/public/evaluations/:token' }, url: '/api/v1/public/evaluations/abc' })).toBe(true);
    expect(isPublicRequest({ routeOptions: { url: '/api/v1/public/satisfaction' } })).toBe(true);
    expect(isPublicRequest({ routeOptions: { url: '/api/v1/cases' }, url: '/api/v1/cases?x=/api/v1/public/' })).toBe(false);
    expect(isPublicRequest({ routeOptions: { url: '/api/v1/publications' } })).toBe(false);
    expect(isPublicRequest({ url: '/api/v1/public/regions' })).toBe(true);
  });

  it('keys the per-token limit on the credential in the path, if any', () => {
    expect(tokenOf({ params: { token: 'AbC' } })).toBe('token:AbC');
    expect(tokenOf({ params: { trackingCode: 'JY123' } })).toBe('trackingCode:JY123');
    expect(tokenOf({ params: { id: '5' } })).toBe('');
    expect(tokenOf({})).toBe('');
  });

  it('configures one per-IP counter shared by all public routes and one per token, from the config', () => {
    const o = publicThrottlerOptions({ PUBLIC_RATE_PER_IP: 7, PUBLIC_RATE_PER_TOKEN: 3 });
    if (Array.isArray(o)) throw new Error('expected module options');
    const [ip, token] = o.throttlers;
    expect([ip.name, ip.limit, ip.ttl]).toEqual(['default', 7, 60_000]);
    expect([token.name, token.limit, token.ttl]).toEqual(['token', 3, 60_000]);
    // the key does not depend on the route: spreading requests over routes buys nothing
    expect(ip.generateKey!(ctx({}), '203.0.113.7', 'default')).toBe('public-ip:203.0.113.7');
    const publicToken = { routeOptions: { url: '/api/v1/public/evaluations/:token' }, params: { token: 'T' } };
    expect(o.skipIf!(ctx(publicToken))).toBe(false);
    expect(o.skipIf!(ctx({ routeOptions: { url: '/api/v1/auth/login' } }))).toBe(true);
    expect(token.skipIf!(ctx(publicToken))).toBe(false);
    expect(token.skipIf!(ctx({ routeOptions: { url: '/api/v1/public/satisfaction' }, params: {} }))).toBe(true);
    expect(token.getTracker!(publicToken, ctx(publicToken))).toBe('token:T');
  });
});
