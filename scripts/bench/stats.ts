// Percentiles and timing for the benchmarks. Pure.

/** The p-th percentile (0-100) by nearest rank of already measured values. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Summary { n: number; p50: number; p95: number; p99: number; max: number }

export function summarise(values: number[]): Summary {
  // (reduce, not Math.max(...values): a freshness run has 150 k latencies, beyond the argument limit)
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: values.reduce((m, v) => (v > m ? v : m), -Infinity) };
}

/** Milliseconds of one run of `fn`. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export const fmtMs = (ms: number) => (Number.isFinite(ms) ? (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toString()) : '—');
export const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
