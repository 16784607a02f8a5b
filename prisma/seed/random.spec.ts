import { apportion, hash32, Rng, WeightedSampler, zipfOverPermutation, zipfWeights } from './random';

describe('Rng (mulberry32)', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('stays in range and is roughly uniform', () => {
    const r = new Rng(7);
    const bins = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) outside++;
      bins[Math.floor(x * 10)]++;
    }
    expect(outside).toBe(0);
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it('int() covers both ends inclusively', () => {
    const r = new Rng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(r.int(1, 5));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('normal() is centred with unit-ish spread', () => {
    const r = new Rng(3);
    let s = 0;
    let s2 = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const x = r.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(s2 / n) - 1)).toBeLessThan(0.05);
  });
});

describe('hash32', () => {
  it('gives unrelated values for neighbouring inputs', () => {
    expect(hash32(1, 2)).not.toBe(hash32(1, 3));
    expect(hash32(20241, 100)).toBe(hash32(20241, 100));
  });
});

describe('WeightedSampler', () => {
  it('draws in proportion to the weights and never picks a zero weight', () => {
    const s = new WeightedSampler([1, 0, 3]);
    const r = new Rng(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[s.index(r)]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.7);
    expect(counts[2] / counts[0]).toBeLessThan(3.3);
  });

  it('rejects empty or all-zero weights', () => {
    expect(() => new WeightedSampler([])).toThrow();
    expect(() => new WeightedSampler([0, 0])).toThrow();
  });
});

describe('zipf', () => {
  it('weights fall as 1/rank^s', () => {
    const w = zipfWeights(3, 1.1);
    expect(w[0]).toBe(1);
    expect(w[1]).toBeCloseTo(Math.pow(2, -1.1));
  });

  it('permutes the weights by seed', () => {
    const a = zipfOverPermutation(20, 1.1, new Rng(1));
    const b = zipfOverPermutation(20, 1.1, new Rng(2));
    expect([...a].sort()).toEqual([...b].sort());
    expect(a).not.toEqual(b);
  });
});

describe('apportion', () => {
  it('sums exactly to the total and follows the weights', () => {
    const parts = apportion(1000, [1, 2, 3, 0.5]);
    expect(parts.reduce((x, y) => x + y, 0)).toBe(1000);
    expect(parts[2]).toBeGreaterThan(parts[1]);
    expect(apportion(7, [1, 1, 1])).toEqual([3, 2, 2]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});
