import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  it('returns the claims of the identical token until it expires, then forgets it', () => {
    let now = 1_000_000;
    const cache = new VerifiedTokens<{ exp?: number; sub: string }>(10, () => now);
    cache.set('x.y.z', { sub: '2', exp: (now + 60_000) / 1000 });
    expect(cache.get('x.y.z')?.sub).toBe('2');
    expect(cache.get('x.y.Z')).toBeUndefined();
    now += 59_999;
    expect(cache.get('x.y.z')?.sub).toBe('2');
    now += 1;
    expect(cache.get('x.y.z')).toBeUndefined();
  });

  it('never keeps a token without an expiry and stays bounded', () => {
    const cache = new VerifiedTokens<{ exp?: number }>(3, () => 0);
    cache.set('no-exp', {});
    expect(cache.get('no-exp')).toBeUndefined();
    for (let i = 0; i < 10; i++) cache.set(`t${i}`, { exp: 100 });
    expect(['t7', 't8', 't9'].map((t) => !!cache.get(t)).filter(Boolean).length).toBeLessThanOrEqual(3);
    expect(cache.get('t9')).toEqual({ exp: 100 });
  });
});
