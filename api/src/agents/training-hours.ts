// DB1405 5.2.4: agents attend the training the departments organise; the register shows the
// hours attended per calendar year. Training dates are calendar dates (a DATE column, which
// Prisma hands over as midnight UTC), so their year is read in UTC. Pure.

export interface TrainingLike {
  date: Date | string;
  /** Decimal(5,1) from Prisma, a number, or its text. */
  hours: number | string | { toString(): string };
}

/** The calendar year of a training date. */
export function trainingYear(date: Date | string): number {
  return typeof date === 'string' ? Number(date.slice(0, 4)) : date.getUTCFullYear();
}

/** Sum of hours with one decimal, free of binary float drift (0.1 + 0.2). */
function addHours(a: number, b: number): number {
  return Math.round((a + b) * 10) / 10;
}

/** Hours per year: { 2025: 12, 2026: 7.5 }. */
export function trainingHoursByYear(trainings: readonly TrainingLike[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const t of trainings) {
    const year = trainingYear(t.date);
    out[year] = addHours(out[year] ?? 0, Number(t.hours.toString()));
  }
  return out;
}

export function trainingHoursInYear(trainings: readonly TrainingLike[], year: number): number {
  return trainingHoursByYear(trainings)[year] ?? 0;
}

/** "This year" of the register: the calendar year in China (UTC+8, no daylight saving). */
export function currentYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}
