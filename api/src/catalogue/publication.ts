// When a published catalogue version takes effect (DB1405 7.1.3). Dates are calendar days in
// Asia/Shanghai ('YYYY-MM-DD'): a publication "effective 1 December" applies from the first
// minute of 1 December in Jincheng, whatever the server's time zone. Pure.

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has no daylight saving time

/** Today's date in Asia/Shanghai. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The date `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A `@db.Date` column as read by Prisma (UTC midnight) → 'YYYY-MM-DD'. */
export function dateColumnToIso(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** 'YYYY-MM-DD' → the Date Prisma writes into a `@db.Date` column. */
export function isoToDateColumn(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Why an effective date cannot be used, or null when it can (today or later). */
export function effectiveDateProblem(effectiveFrom: unknown, today: string): 'INVALID' | 'PAST' | null {
  if (!isIsoDate(effectiveFrom)) return 'INVALID';
  return effectiveFrom < today ? 'PAST' : null;
}

export interface PendingPublication {
  id: number;
  itemId: number;
  version: number;
  effectiveFrom: string;
}

/**
 * The publications to apply on `today`: effective on or before it, oldest date first and, for
 * one item, lower versions first, so that an item passes through its versions in order.
 */
export function duePublications<T extends PendingPublication>(pending: readonly T[], today: string): T[] {
  return pending
    .filter((p) => p.effectiveFrom <= today)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.itemId - b.itemId || a.version - b.version));
}

/**
 * A new publication of an item may not take effect before one of its lower versions that is
 * still waiting: applied out of order, the older content would overwrite the newer one.
 * Returns the conflicting pending publication, if any.
 */
export function earlierPendingConflict<T extends PendingPublication>(
  pendingOfItem: readonly T[],
  version: number,
  effectiveFrom: string,
): T | undefined {
  return pendingOfItem.find((p) => p.version < version && p.effectiveFrom > effectiveFrom);
}
