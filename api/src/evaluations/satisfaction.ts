// Satisfaction statistics (DB1405 8.1.2: "采用适当的统计方法"; national 好差评 five levels).
// Pure: the API, the public disclosure page and the ClickHouse indicators share these definitions.

export const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;
export type Level = (typeof LEVELS)[number];

const POSITIVE: ReadonlySet<Level> = new Set(['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED']);
const BAD: ReadonlySet<Level> = new Set(['DISSATISFIED', 'VERY_DISSATISFIED']);

/** Below this many ratings a rate is not shown ("样本不足"): it would say more about chance than service. */
export const MIN_SAMPLE = 10;

export const DEFINITIONS = {
  satisfaction: '满意率 = （非常满意 + 满意 + 基本满意）÷ 有效评价数',
  bad: '差评率 = （不满意 + 非常不满意）÷ 有效评价数',
  response: '回访率 = 成功回访数 ÷ 抽样回访数',
  interval: '区间为 Wilson 95% 置信区间；有效评价少于 10 条时显示“样本不足”',
} as const;

export interface Interval { low: number; high: number }

/**
 * Wilson score interval for a binomial proportion (z = 1.96 for 95 %). Unlike the normal
 * approximation it stays inside [0, 1] and is meaningful at 0 and n successes.
 */
export function wilson(successes: number, n: number, z = 1.959963984540054): Interval | null {
  if (!Number.isInteger(n) || n <= 0) return null;
  if (successes < 0 || successes > n) throw new RangeError(`successes ${successes} outside 0..${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export type Rate =
  | { suppressed: false; n: number; successes: number; rate: number; interval: Interval }
  | { suppressed: true; n: number; label: '样本不足' };

/** A rate with its interval, or the suppression marker for a cell with fewer than MIN_SAMPLE. */
export function rate(successes: number, n: number, minSample = MIN_SAMPLE): Rate {
  if (n < minSample) return { suppressed: true, n, label: '样本不足' };
  return { suppressed: false, n, successes, rate: successes / n, interval: wilson(successes, n)! };
}

export function satisfactionRates(counts: Partial<Record<Level, number>>) {
  const n = LEVELS.reduce((s, l) => s + (counts[l] ?? 0), 0);
  const positive = LEVELS.filter((l) => POSITIVE.has(l)).reduce((s, l) => s + (counts[l] ?? 0), 0);
  const bad = LEVELS.filter((l) => BAD.has(l)).reduce((s, l) => s + (counts[l] ?? 0), 0);
  return { n, satisfaction: rate(positive, n), bad: rate(bad, n) };
}
