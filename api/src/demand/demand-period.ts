// Periods of the demand statistics (DB1405 7.1.2-7.1.3), pure: the previous period a growth is
// measured against, the 12-month window of "no demand", and the growth itself.
import { isIsoDate } from '../catalogue/publication';
import { monthRange } from '../indicators/periods';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string): number {
  const m = MONTH.exec(month)!;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The period of equal length just before [from, to] (months, inclusive): 2026-04..06 → 2026-01..03. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const a = monthIndex(from);
  const n = monthIndex(to) - a + 1;
  return { from: monthOf(a - n), to: monthOf(a - 1) };
}

/** The last calendar day of a month 'YYYY-MM'. */
export function lastDayOfMonth(month: string): string {
  const r = monthRange(month, month);
  if (!r.ok) throw new Error(`not a month: ${month}`);
  return new Date(Date.parse(`${r.toExclusive}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The same calendar day `months` earlier; a day missing in that month falls back to its last day (03-31 → 02-28). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const month = monthOf(index);
  const last = Number(lastDayOfMonth(month).slice(8));
  return `${month}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export const IDLE_MONTHS = 12;

/**
 * "No demand in the 12 months before asOf": the window (asOf − 12 months, asOf], as local dates
 * [since, untilExclusive). asOf 2026-11-15 → 2025-11-16 … 2026-11-15.
 */
export function idleWindow(asOf: string, months = IDLE_MONTHS): { since: string; asOf: string; untilExclusive: string } {
  if (!isIsoDate(asOf)) throw new Error(`not a date: ${asOf}`);
  return { since: nextDay(monthsBefore(asOf, months)), asOf, untilExclusive: nextDay(asOf) };
}

/** Growth against the previous period in percent, 1 decimal; null when there was nothing before. */
export function growthPct(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
