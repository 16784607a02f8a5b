// Working-day arithmetic for time limits (DB1405 4.3 限时办结, 7.2.1 e). Pure: no Nest, no I/O,
// so the API, the ETL and the seed generator all count days the same way.
//
// Time limits count from the day AFTER acceptance (次日起算): a 1-working-day item accepted on a
// Friday is due the following Monday. Holidays and make-up working days (调休) come from the
// `chinese-days` package, which only knows years already announced by the State Council; past
// its last year the answer would be a guess, so `addWorkingDays` refuses (NotCoveredError)
// instead of silently counting Mondays to Fridays.
import { isWorkday } from 'chinese-days';
// The package ships its data as JSON; its keys tell which years it really covers.
const holidayData = require('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

export type IsoDate = string; // 'YYYY-MM-DD'

export interface WorkingCalendar {
  isWorkingDay(d: IsoDate): boolean;
  /** Last date for which the calendar's answers are authoritative. */
  coveredUntil: IsoDate;
}

/** A deadline would fall after the last date the calendar knows (e.g. next year's holidays are not yet published). */
export class NotCoveredError extends Error {
  constructor(
    readonly from: IsoDate,
    readonly days: number,
    readonly coveredUntil: IsoDate,
  ) {
    super(
      `工作日历仅覆盖至 ${coveredUntil}，无法计算 ${from} 起 ${days} 个工作日后的日期 ` +
        `(working-day calendar covers only until ${coveredUntil}; cannot add ${days} working days to ${from})`,
    );
    this.name = 'NotCoveredError';
  }
}

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Days since 1970-01-01 of an ISO date. Hand-parsed (no Date, no regex) because bulk callers
 * look dates up millions of times; the civil-to-days formula is H. Hinnant's.
 */
export function isoToDayNumber(d: IsoDate): number {
  const y = d.length === 10 && d[4] === '-' && d[7] === '-' ? digits(d, 0, 4) : -1;
  const m = y < 0 ? -1 : digits(d, 5, 7);
  const day = m < 0 ? -1 : digits(d, 8, 10);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (y < 0 || m < 1 || m > 12 || day < 1 || day > MONTH_DAYS[m - 1] + (m === 2 && leap ? 1 : 0)) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${d}`);
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayNumberToIso(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addCalendarDays(d: IsoDate, n: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(d) + n);
}

function lastCoveredDate(): IsoDate {
  let maxYear = 0;
  for (const table of [holidayData.holidays, holidayData.workdays]) {
    for (const key of Object.keys(table)) maxYear = Math.max(maxYear, Number(key.slice(0, 4)));
  }
  return `${maxYear}-12-31`;
}

/** The official schedule as published in `chinese-days` (holidays + 调休 make-up days). */
export function chineseDaysCalendar(): WorkingCalendar {
  return { isWorkingDay: (d) => isWorkday(d), coveredUntil: lastCoveredDate() };
}

/**
 * The N-th working day after `from` (DB1405 4.3: counting starts the next day, 次日起算).
 * `days = 0` returns `from` itself. Throws NotCoveredError when the answer lies past
 * `cal.coveredUntil`.
 */
export function addWorkingDays(cal: WorkingCalendar, from: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer: ${days}`);
  if (cal instanceof PrecomputedCalendar) return cal.addWorkingDays(from, days);
  let n = isoToDayNumber(from);
  const limit = isoToDayNumber(cal.coveredUntil);
  let left = days;
  while (left > 0) {
    n++;
    if (n > limit) throw new NotCoveredError(from, days, cal.coveredUntil);
    if (cal.isWorkingDay(dayNumberToIso(n))) left--;
  }
  return dayNumberToIso(n);
}

/** Working days in the half-open interval (from, to]; negative when `to` is before `from`. */
export function workingDaysBetween(cal: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  const a = isoToDayNumber(from);
  const b = isoToDayNumber(to);
  if (b < a) return -workingDaysBetween(cal, to, from);
  if (cal instanceof PrecomputedCalendar && cal.contains(a) && cal.contains(b)) return cal.countBetween(a, b);
  let count = 0;
  for (let n = a + 1; n <= b; n++) if (cal.isWorkingDay(dayNumberToIso(n))) count++;
  return count;
}

/**
 * Array-backed cache of `base` over [from, to] for bulk use (the seed asks millions of times).
 * Answers equal `base`'s; days outside the range are delegated to `base`. Also exposes
 * day-number operations in O(1) through prefix sums.
 */
export class PrecomputedCalendar implements WorkingCalendar {
  readonly first: number;
  readonly last: number;
  readonly coveredUntil: IsoDate;
  private readonly coveredNumber: number;
  private readonly working: Uint8Array;
  /** cum[i] = working days in [first, first + i]. */
  private readonly cum: Int32Array;
  /** Day numbers of the working days in range, in order. */
  private readonly workList: Int32Array;

  constructor(
    from: IsoDate,
    to: IsoDate,
    private readonly base: WorkingCalendar,
  ) {
    this.first = isoToDayNumber(from);
    this.last = isoToDayNumber(to);
    if (this.last < this.first) throw new RangeError(`empty range ${from}..${to}`);
    this.coveredUntil = base.coveredUntil;
    this.coveredNumber = isoToDayNumber(base.coveredUntil);
    const n = this.last - this.first + 1;
    this.working = new Uint8Array(n);
    this.cum = new Int32Array(n);
    const list: number[] = [];
    let c = 0;
    for (let i = 0; i < n; i++) {
      const w = base.isWorkingDay(dayNumberToIso(this.first + i));
      this.working[i] = w ? 1 : 0;
      if (w) {
        c++;
        list.push(this.first + i);
      }
      this.cum[i] = c;
    }
    this.workList = Int32Array.from(list);
  }

  contains(dayNumber: number): boolean {
    return dayNumber >= this.first && dayNumber <= this.last;
  }

  isWorkingDay(d: IsoDate): boolean {
    const n = isoToDayNumber(d);
    return this.contains(n) ? this.working[n - this.first] === 1 : this.base.isWorkingDay(d);
  }

  isWorkingDayNumber(n: number): boolean {
    return this.contains(n) ? this.working[n - this.first] === 1 : this.base.isWorkingDay(dayNumberToIso(n));
  }

  /** Working days in (a, b] for day numbers inside the range, a <= b. */
  countBetween(a: number, b: number): number {
    return this.cum[b - this.first] - this.cum[a - this.first];
  }

  /** Day number of the N-th working day after day number `n` (N >= 0). */
  addWorkingDaysNumber(n: number, days: number): number {
    if (days === 0) return n;
    if (this.contains(n)) {
      const k = this.cum[n - this.first] + days - 1;
      if (k < this.workList.length) {
        const r = this.workList[k];
        if (r > this.coveredNumber) {
          throw new NotCoveredError(dayNumberToIso(n), days, this.coveredUntil);
        }
        return r;
      }
    }
    return isoToDayNumber(addWorkingDays(this.base, dayNumberToIso(n), days));
  }

  addWorkingDays(from: IsoDate, days: number): IsoDate {
    return dayNumberToIso(this.addWorkingDaysNumber(isoToDayNumber(from), days));
  }
}

export function precomputedCalendar(from: IsoDate, to: IsoDate, base: WorkingCalendar = chineseDaysCalendar()): WorkingCalendar {
  return new PrecomputedCalendar(from, to, base);
}

/**
 * A calendar that trusts `base` up to its coverage and assumes plain Monday-to-Friday weeks
 * after it, up to `until`. Only for synthetic data (the seed's due dates may run into a year
 * whose holidays are not announced yet); real deadlines must use the official calendar and
 * surface NotCoveredError instead.
 */
export function weekdayExtendedCalendar(base: WorkingCalendar, until: IsoDate): WorkingCalendar {
  const covered = isoToDayNumber(base.coveredUntil);
  return {
    coveredUntil: until > base.coveredUntil ? until : base.coveredUntil,
    isWorkingDay(d) {
      const n = isoToDayNumber(d);
      if (n <= covered) return base.isWorkingDay(d);
      const dow = (n + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      return dow !== 0 && dow !== 6;
    },
  };
}
