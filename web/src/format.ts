/** Number and percentage formatting for the UI (zh-CN). Pure. */

const intFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** A fraction 0..1 as a percentage number rounded to 1 decimal (0.9238 → 92.4); null stays null. */
export function ratePercent(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  // round half away from zero on the permille, avoiding 0.1 + 0.2 style drift
  return Math.round(Number((rate * 1000).toPrecision(12))) / 10;
}

/** A fraction as text: 0.9238 → "92.4%"; null → the placeholder. */
export function formatRate(rate: number | null | undefined, placeholder = '—'): string {
  const p = ratePercent(rate);
  return p === null ? placeholder : `${p.toFixed(1)}%`;
}

/** An integer count with thousands separators: 15000 → "15,000". */
export function formatCount(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? intFormat.format(n) : '—';
}
