// Month periods of indicator queries ('YYYY-MM'), pure and validated.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 120;

export type PeriodResult = { ok: true; months: string[]; fromDate: string; toExclusive: string } | { ok: false; message: string };

function index(month: string): number {
  const m = MONTH.exec(month)!;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function fromIndex(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` inclusive, plus the date bounds [fromDate, toExclusive). */
export function monthRange(from: string, to: string): PeriodResult {
  if (!MONTH.test(from) || !MONTH.test(to)) return { ok: false, message: '月份格式应为 YYYY-MM，例如 2026-01' };
  const a = index(from);
  const b = index(to);
  if (a > b) return { ok: false, message: '开始月份不能晚于结束月份' };
  if (b - a + 1 > MAX_MONTHS) return { ok: false, message: `查询跨度不能超过 ${MAX_MONTHS} 个月` };
  const months = Array.from({ length: b - a + 1 }, (_, k) => fromIndex(a + k));
  return { ok: true, months, fromDate: `${from}-01`, toExclusive: `${fromIndex(b + 1)}-01` };
}

/** The last `n` months up to and including the month of `today` ('YYYY-MM-DD'). */
export function lastMonths(today: string, n: number): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: fromIndex(index(to) - (n - 1)), to };
}

/** A fraction rounded to 4 decimals, or null when there is nothing to divide. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10000) / 10000 : null;
}
