/**
 * The dashboard's state (region, period, the ranking's indicator and, at a station, what it ranks)
 * lives in the URL query so a link can be shared:
 * `/?region=140522&from=2025-12&to=2026-11&rank=overdue-count`. Pure functions only (unit-tested
 * without a DOM). Defaults (rank=on-time-rate, by=item) are left out of the URL.
 */

export interface DashboardState {
  /** null = the user's whole data scope (the scope root). */
  region: string | null;
  /** YYYY-MM, inclusive */
  from: string;
  /** YYYY-MM, inclusive */
  to: string;
  /** The indicator the ranking ranks by (an indicator key). */
  rank?: string;
  /** At a station: rank its catalogue items or its agents. */
  by?: RankBy;
}

export type RankBy = 'item' | 'agent';
export const DEFAULT_RANK = 'on-time-rate';
const RANK_RE = /^[a-z][a-z-]{1,39}$/;

/** The default period is the last 12 months up to and including the current one. */
export const DEFAULT_MONTHS = 12;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Administrative division codes: 6 (county and up), 9 (township) or 12 (village) digits; the API takes 6-12. */
const REGION_RE = /^\d{6,12}$/;

export function isMonth(v: unknown): v is string {
  return typeof v === 'string' && MONTH_RE.test(v);
}

/** YYYY-MM of a date, in local time. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Adds (or subtracts) whole months to a YYYY-MM. */
export function addMonths(month: string, delta: number): string {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Number of months from..to inclusive (0 or negative when from is after to). */
export function monthSpan(from: string, to: string): number {
  const a = MONTH_RE.exec(from);
  const b = MONTH_RE.exec(to);
  if (!a || !b) return 0;
  return (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2])) + 1;
}

export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = monthOf(now);
  return { from: addMonths(to, -(DEFAULT_MONTHS - 1)), to };
}

/**
 * Reads the state from a query string. Missing or malformed values fall back to the defaults;
 * a `from` later than `to` is kept as given, so the page can say what is wrong.
 */
export function parseDashboardQuery(search: string | URLSearchParams, now: Date): DashboardState {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const def = defaultPeriod(now);
  const region = q.get('region')?.trim() ?? '';
  let from = q.get('from')?.trim() ?? '';
  let to = q.get('to')?.trim() ?? '';
  const fromOk = isMonth(from);
  const toOk = isMonth(to);
  if (!fromOk && !toOk) {
    from = def.from;
    to = def.to;
  } else if (!fromOk) {
    from = addMonths(to, -(DEFAULT_MONTHS - 1));
  } else if (!toOk) {
    const candidate = addMonths(from, DEFAULT_MONTHS - 1);
    to = candidate > def.to ? (from > def.to ? from : def.to) : candidate;
  }
  const rank = q.get('rank')?.trim() ?? '';
  const by = q.get('by');
  return {
    region: REGION_RE.test(region) ? region : null,
    from,
    to,
    rank: RANK_RE.test(rank) ? rank : DEFAULT_RANK,
    by: by === 'agent' ? 'agent' : 'item',
  };
}

/** The query string for a state, in a stable order (region, from, to, rank, by); no leading `?`. */
export function serializeDashboardQuery(state: DashboardState): string {
  const q = new URLSearchParams();
  if (state.region) q.set('region', state.region);
  q.set('from', state.from);
  q.set('to', state.to);
  if (state.rank && state.rank !== DEFAULT_RANK) q.set('rank', state.rank);
  if (state.by === 'agent') q.set('by', 'agent');
  return q.toString();
}

/** Problems with a period that the page reports instead of asking the API. */
export function periodProblem(state: Pick<DashboardState, 'from' | 'to'>): 'ORDER' | null {
  return state.from > state.to ? 'ORDER' : null;
}

/** The first and last day of a month period ('2025-12'..'2026-11' → '2025-12-01'..'2026-11-30'). */
export function periodDays(from: string, to: string): { from: string; to: string } {
  const next = addMonths(to, 1);
  const last = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 1) - 86_400_000);
  return { from: `${from}-01`, to: last.toISOString().slice(0, 10) };
}

/** Every month of the period, in order ('2026-01', '2026-02', …). */
export function monthsOf(from: string, to: string): string[] {
  const n = monthSpan(from, to);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addMonths(from, i));
}
