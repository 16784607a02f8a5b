// Seeded randomness for the demo-data generator. Everything the seed produces must be a pure
// function of (cases, seed, today), so Math.random is never used anywhere under prisma/seed.

/** 32-bit FNV-1a style mix of integers, used to derive independent sub-seeds (per day, per table). */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    let x = p | 0;
    for (let i = 0; i < 4; i++) {
      h ^= x & 0xff;
      h = Math.imul(h, 0x01000193);
      x >>>= 8;
    }
  }
  // final avalanche so neighbouring day numbers give unrelated streams
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for synthetic data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Approximately standard normal (Irwin-Hall of 4 uniforms, rescaled): cheap and bounded. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508;
  }

  /** Fisher-Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}

/**
 * Weighted sampling by binary search over cumulative weights: O(log n) per draw and no
 * allocation, which matters at millions of draws.
 */
export class WeightedSampler {
  private readonly cum: Float64Array;
  private readonly total: number;

  constructor(weights: readonly number[]) {
    if (weights.length === 0) throw new Error('WeightedSampler needs at least one weight');
    this.cum = new Float64Array(weights.length);
    let s = 0;
    for (let i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) throw new Error(`bad weight ${weights[i]} at ${i}`);
      s += weights[i];
      this.cum[i] = s;
    }
    if (s <= 0) throw new Error('WeightedSampler needs a positive total weight');
    this.total = s;
  }

  get size(): number {
    return this.cum.length;
  }

  /** Index drawn with probability weight[i] / total. */
  index(rng: Rng): number {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Weighted pick of a value from [value, weight] pairs. */
export function weightedPicker<T>(pairs: ReadonlyArray<readonly [T, number]>): (rng: Rng) => T {
  const sampler = new WeightedSampler(pairs.map((p) => p[1]));
  const values = pairs.map((p) => p[0]);
  return (rng) => values[sampler.index(rng)];
}

/** Zipf weights 1/rank^s for ranks 1..n. */
export function zipfWeights(n: number, s: number): number[] {
  const w: number[] = [];
  for (let r = 1; r <= n; r++) w.push(1 / Math.pow(r, s));
  return w;
}

/**
 * Zipf-like popularity over a seeded permutation: the item at position i of `items` gets the
 * weight of rank perm(i), so which items are popular depends on the seed, not the list order.
 */
export function zipfOverPermutation(n: number, s: number, rng: Rng): number[] {
  const ranks = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const w = zipfWeights(n, s);
  return ranks.map((r) => w[r]);
}

/**
 * Split `total` into integer parts proportional to `weights` that sum exactly to `total`
 * (largest remainder; ties broken by index so the result is deterministic).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map((x) => Math.floor(x));
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++;
  return out;
}
