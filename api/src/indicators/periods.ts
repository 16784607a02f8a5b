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

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_DAYS = 3700;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
function isoOf(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export type DateRange = { ok: true; fromDate: string; toExclusive: string; days: number } | { ok: false; message: string };

/**
 * A period given as months ('YYYY-MM', whole months) or days ('YYYY-MM-DD', inclusive), as the
 * half-open date range [fromDate, toExclusive) every indicator query takes.
 */
export function dateRange(from: string, to: string): DateRange {
  if (MONTH.test(from) && MONTH.test(to)) {
    const m = monthRange(from, to);
    return m.ok ? { ok: true, fromDate: m.fromDate, toExclusive: m.toExclusive, days: dayNumber(m.toExclusive) - dayNumber(m.fromDate) } : m;
  }
  if (!DAY.test(from) || !DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || isoOf(dayNumber(from)) !== from || isoOf(dayNumber(to)) !== to) {
    return { ok: false, message: '统计期格式应为 YYYY-MM 或 YYYY-MM-DD（两端格式一致），例如 2026-01 或 2026-01-15' };
  }
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a > b) return { ok: false, message: '开始日期不能晚于结束日期' };
  if (b - a + 1 > MAX_DAYS) return { ok: false, message: '查询跨度过长（最多约 10 年）' };
  return { ok: true, fromDate: from, toExclusive: isoOf(b + 1), days: b - a + 1 };
}

/** The window of the same length just before [fromDate, toExclusive) (period-over-period change). */
export function previousRange(fromDate: string, toExclusive: string, byMonths: boolean): { fromDate: string; toExclusive: string } {
  if (byMonths) {
    const a = index(fromDate.slice(0, 7));
    const b = index(toExclusive.slice(0, 7));
    return { fromDate: `${fromIndex(a - (b - a))}-01`, toExclusive: fromDate };
  }
  const len = dayNumber(toExclusive) - dayNumber(fromDate);
  return { fromDate: isoOf(dayNumber(fromDate) - len), toExclusive: fromDate };
}
