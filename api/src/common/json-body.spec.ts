import { MAX_BODY_DEPTH, nestedDeeperThan } from './json-body';

describe('nestedDeeperThan', () => {
  const nested = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));

  it('accepts the API\'s bodies and anything up to the limit', () => {
    expect(nestedDeeperThan({ changeType: 'ADD', content: { materials: [{ name: '身份证', copies: 1 }] }, reason: 'x' })).toBe(false);
    expect(nestedDeeperThan(nested(MAX_BODY_DEPTH))).toBe(false);
    expect(nestedDeeperThan(undefined)).toBe(false);
    expect(nestedDeeperThan('plain')).toBe(false);
    expect(nestedDeeperThan(Buffer.alloc(10))).toBe(false);
  });

  it('refuses deeper nesting, of arrays and objects alike, without overflowing itself', () => {
    expect(nestedDeeperThan(nested(MAX_BODY_DEPTH + 1))).toBe(true);
    expect(nestedDeeperThan(nested(100_000))).toBe(true);
    expect(nestedDeeperThan(JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)))).toBe(true);
  });

  it('measures depth, not width', () => {
    expect(nestedDeeperThan(Array.from({ length: 10_000 }, () => [[{ a: [1] }]]))).toBe(false);
    expect(nestedDeeperThan([1, 2, { a: nested(MAX_BODY_DEPTH) }])).toBe(true);
  });
});
