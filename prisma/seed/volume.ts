// How many cases and consultations fall on each day of the 24-month window. The shape follows
// what village stations report: slow growth as the service becomes known; busy January-March
// (医保/养老 payment campaigns) and the weeks before Spring Festival (people come home); quiet
// in the farming seasons (三夏 in early June, 三秋 in late September-October) and during the
// long holidays; few visits on weekends.
import { getDayDetail } from 'chinese-days';
import { dayNumberToIso } from '../../api/src/calendar/working-days';
import { SeedClock } from './clock';
import { apportion, hash32, Rng } from './random';

const MONTH_FACTOR = [1.3, 1.2, 1.2, 1.0, 0.88, 0.8, 0.95, 0.95, 0.9, 0.78, 1.0, 1.1];

export type DayKind = 'WORKDAY' | 'MAKEUP' | 'WEEKEND' | 'HOLIDAY';

/** Kind of a day; holidays are only known where the official calendar covers the year. */
export function dayKind(clock: SeedClock, day: number): DayKind {
  const dow = (day + 4) % 7; // 0 = Sunday
  const weekend = dow === 0 || dow === 6;
  if (clock.isWorking(day)) return weekend ? 'MAKEUP' : 'WORKDAY';
  const name = getDayDetail(dayNumberToIso(day)).name;
  return name.includes(',') ? 'HOLIDAY' : 'WEEKEND';
}

const KIND_FACTOR: Record<DayKind, number> = { WORKDAY: 1, MAKEUP: 0.8, WEEKEND: 0.2, HOLIDAY: 0.06 };

/** Days that start a Spring Festival holiday (first day named 春节 after a non-春节 day). */
function springFestivalStarts(days: number[]): number[] {
  const starts: number[] = [];
  let prev = false;
  for (const d of days) {
    const d0 = getDayDetail(dayNumberToIso(d));
    const isSf = !d0.work && d0.name.includes('春节');
    if (isSf && !prev) starts.push(d);
    prev = isSf;
  }
  return starts;
}

/** Relative demand of each day in [firstDay, lastDay]. */
export function dailyWeights(clock: SeedClock, firstDay: number, lastDay: number, seed: number): number[] {
  const days: number[] = [];
  for (let d = firstDay; d <= lastDay; d++) days.push(d);
  // look a little past the window so a festival just after it still shows its run-up
  const sfStarts = springFestivalStarts([...days, ...Array.from({ length: 30 }, (_, i) => lastDay + 1 + i)]);
  const rng = new Rng(hash32(seed, 0x501));
  const span = Math.max(1, lastDay - firstDay);
  return days.map((d) => {
    const month = Number(dayNumberToIso(d).slice(5, 7));
    const trend = 0.85 + (0.3 * (d - firstDay)) / span;
    let w = trend * MONTH_FACTOR[month - 1] * KIND_FACTOR[dayKind(clock, d)];
    if (sfStarts.some((s) => s - d > 0 && s - d <= 18)) w *= 1.35;
    return Math.max(0, w * (1 + 0.1 * rng.normal()));
  });
}

/** Integer counts per day summing exactly to `total`. */
export function dailyCounts(weights: readonly number[], total: number): number[] {
  return apportion(total, weights);
}
