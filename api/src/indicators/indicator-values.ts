import { wilson } from '../evaluations/satisfaction';
import type { Indicator } from './registry';

// Turns the numerator/denominator a query returns into what is shown: a rate with its Wilson 95 %
// interval (or 样本不足 below the indicator's minimum sample), a count, or an average. Pure.

export interface Value {
  numerator: number;
  denominator: number;
  /** Rate (0-1), count or average; null when there is nothing to divide or the cell is suppressed. */
  value: number | null;
  interval: { low: number; high: number } | null;
  suppressed: boolean;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

export function valueOf(ind: Indicator, numerator: number, denominator: number): Value {
  const m = ind.measure;
  if (m.kind === 'count') return { numerator, denominator: 0, value: numerator, interval: null, suppressed: false };
  if (m.kind === 'average') {
    return { numerator, denominator, value: denominator > 0 ? round(numerator / denominator, 2) : null, interval: null, suppressed: false };
  }
  if (denominator < (m.minSample ?? 1)) return { numerator, denominator, value: null, interval: null, suppressed: denominator > 0 };
  const w = wilson(numerator, denominator);
  return { numerator, denominator, value: round(numerator / denominator), interval: w && { low: round(w.low), high: round(w.high) }, suppressed: false };
}

/** Relative change against the previous period (null when there is no base to compare with). */
export function change(current: number | null, previous: number | null, kind: Indicator['measure']['kind']): number | null {
  if (current === null || previous === null) return null;
  // Rates change in percentage points; counts and averages in per cent of the previous value.
  if (kind === 'ratio') return round(current - previous);
  return previous === 0 ? null : round((current - previous) / previous);
}
