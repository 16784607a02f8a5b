// Time model of the generator. An instant is one integer: dayNumber * WS + s, where s counts
// seconds of *office time* (8:30-12:00 then 14:30-17:30, Asia/Shanghai). Comparing and
// advancing instants is integer arithmetic, and formatting is two cached-string lookups, which
// is what lets the seed write millions of timestamps quickly. Shanghai has had no DST since
// 1991, so every timestamp is written with a fixed +08 offset and stored as the right instant.
import {
  addCalendarDays,
  chineseDaysCalendar,
  dayNumberToIso,
  isoToDayNumber,
  PrecomputedCalendar,
  weekdayExtendedCalendar,
} from '../../api/src/calendar/working-days';
import { Rng } from './random';

const MORNING = 12_600; // 8:30-12:00
const AFTERNOON = 10_800; // 14:30-17:30
/** Office seconds per day. */
export const WS = MORNING + AFTERNOON;

/** 'HH:MM:SS+08' for each office second. */
const CLOCK: string[] = (() => {
  const out: string[] = [];
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  for (let s = 0; s < WS; s++) {
    const wall = s < MORNING ? 30_600 + s : 52_200 + (s - MORNING);
    out.push(`${two(Math.floor(wall / 3600))}:${two(Math.floor(wall / 60) % 60)}:${two(wall % 60)}+08`);
  }
  return out;
})();

export class SeedClock {
  readonly cal: PrecomputedCalendar;
  readonly first: number;
  readonly last: number;
  private readonly dayIso: string[] = [];
  private readonly dayIsoSp: string[] = [];

  /** Covers [from, to]; past the official holiday data, weeks are assumed to be Monday-Friday. */
  constructor(from: string, to: string) {
    this.cal = new PrecomputedCalendar(from, to, weekdayExtendedCalendar(chineseDaysCalendar(), to));
    this.first = isoToDayNumber(from);
    this.last = isoToDayNumber(to);
    for (let n = this.first; n <= this.last; n++) {
      const iso = dayNumberToIso(n);
      this.dayIso.push(iso);
      this.dayIsoSp.push(`${iso} `);
    }
  }

  static forWindow(startIso: string, todayIso: string): SeedClock {
    // room after `today` for deadlines and late completions that are simulated then cut off
    return new SeedClock(addCalendarDays(startIso, -7), addCalendarDays(todayIso, 400));
  }

  iso(day: number): string {
    return this.dayIso[day - this.first];
  }

  /** timestamptz text for an instant. */
  ts(t: number): string {
    const day = Math.floor(t / WS);
    return this.dayIsoSp[day - this.first] + CLOCK[t - day * WS];
  }

  isWorking(day: number): boolean {
    return this.cal.isWorkingDayNumber(day);
  }

  /** N-th working day after `day` (次日起算, DB1405 4.3). */
  addWD(day: number, n: number): number {
    return this.cal.addWorkingDaysNumber(day, n);
  }

  /** Working days in (a, b]. */
  between(a: number, b: number): number {
    return b <= a ? 0 : this.cal.countBetween(a, b);
  }

  /** Office second of a visit: mornings are busier than afternoons. */
  randomSecond(rng: Rng): number {
    return rng.chance(0.6) ? Math.floor(rng.next() * MORNING) : MORNING + Math.floor(rng.next() * AFTERNOON);
  }

  /** An instant 1 minute to `maxGap` seconds after t; spills to the next working day's morning. */
  later(t: number, rng: Rng, maxGap: number): number {
    const day = Math.floor(t / WS);
    const s = t - day * WS;
    const room = WS - 1 - s;
    if (room > 60) return t + 60 + Math.floor(rng.next() * (Math.min(maxGap, room) - 59));
    return this.addWD(day, 1) * WS + Math.floor(rng.next() * 3600);
  }

  /** A random instant on `day`, strictly after `after` (moved later if `day` is not after it). */
  at(day: number, after: number, rng: Rng): number {
    return day > Math.floor(after / WS) ? day * WS + this.randomSecond(rng) : this.later(after, rng, 7200);
  }

  day(t: number): number {
    return Math.floor(t / WS);
  }
}
