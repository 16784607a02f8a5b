import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { CALENDAR_FIRST_YEAR as FIRST_YEAR } from './calendar-seed';
import { chineseDaysRows, weekdayYearRows, type CalendarRow } from './calendar-source';
import { CalendarErrors } from './calendar.errors';
import { addWorkingDays, isoToDayNumber, NotCoveredError, precomputedCalendar, type IsoDate, type WorkingCalendar } from './working-days';

const toDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Validates 'YYYY-MM-DD' as a real calendar date. */
export function parseIsoDate(v: string): IsoDate {
  try {
    isoToDayNumber(v);
    return v;
  } catch {
    throw CalendarErrors.invalidDate(v);
  }
}

/**
 * The calendar table, seeded from chinese-days on first start, read into an in-memory calendar
 * (a few thousand days) that every time-limit computation uses; edits invalidate it.
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  private cached: { cal: WorkingCalendar; days: Map<IsoDate, CalendarRow>; first: IsoDate } | undefined;

  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async onModuleInit(): Promise<void> {
    if ((await this.prisma.calendarDay.count()) === 0) {
      await this.prisma.calendarDay.createMany({
        data: chineseDaysRows(FIRST_YEAR).map((r) => ({ date: toDate(r.date), isWorkingDay: r.isWorkingDay, name: r.name, source: 'chinese-days' })),
        skipDuplicates: true, // two processes starting together
      });
    }
  }

  async load() {
    if (this.cached) return this.cached;
    const rows = await this.prisma.calendarDay.findMany({ orderBy: { date: 'asc' } });
    if (!rows.length) throw CalendarErrors.notCovered('（空）');
    const days = new Map(rows.map((r) => [iso(r.date), { date: iso(r.date), isWorkingDay: r.isWorkingDay, name: r.name }]));
    const first = iso(rows[0].date);
    const coveredUntil = iso(rows[rows.length - 1].date);
    const base: WorkingCalendar = { isWorkingDay: (d) => days.get(d)?.isWorkingDay ?? false, coveredUntil };
    this.cached = { cal: precomputedCalendar(first, coveredUntil, base), days, first };
    return this.cached;
  }

  async calendar(): Promise<WorkingCalendar> {
    return (await this.load()).cal;
  }

  /** DB1405 4.3: the N-th working day after `from` (次日起算), or CALENDAR.NOT_COVERED. */
  async addWorkingDays(from: IsoDate, days: number): Promise<{ date: IsoDate; coveredUntil: IsoDate }> {
    const { cal } = await this.load();
    try {
      return { date: addWorkingDays(cal, parseIsoDate(from), days), coveredUntil: cal.coveredUntil };
    } catch (e) {
      if (e instanceof NotCoveredError) throw CalendarErrors.notCovered(cal.coveredUntil);
      throw e;
    }
  }

  async days(from: IsoDate, to: IsoDate) {
    const a = isoToDayNumber(parseIsoDate(from));
    const b = isoToDayNumber(parseIsoDate(to));
    if (b < a) throw CalendarErrors.invalidRange('结束日期不能早于开始日期');
    if (b - a > 400) throw CalendarErrors.invalidRange('一次最多查询 400 天');
    const { days, cal } = await this.load();
    const items = [...days.values()].filter((d) => d.date >= from && d.date <= to);
    return { items, coveredUntil: cal.coveredUntil };
  }

  async setDay(user: Principal, date: IsoDate, change: { isWorkingDay: boolean; name?: string | null }) {
    const { days } = await this.load();
    if (!days.has(parseIsoDate(date))) throw CalendarErrors.dayNotFound(date);
    await this.prisma.calendarDay.update({
      where: { date: toDate(date) },
      data: { isWorkingDay: change.isWorkingDay, name: change.name ?? null, source: 'admin', updatedById: user.userId },
    });
    this.cached = undefined;
    return { date, isWorkingDay: change.isWorkingDay, name: change.name ?? null };
  }

  /** Extends coverage by the next year with weekends off; the admin then marks its holidays. */
  async addYear(user: Principal, year: number) {
    const { cal } = await this.load();
    const next = Number(cal.coveredUntil.slice(0, 4)) + 1;
    if (year !== next || !cal.coveredUntil.endsWith('-12-31')) throw CalendarErrors.yearNotNext(next);
    const rows = weekdayYearRows(year);
    await this.prisma.calendarDay.createMany({
      data: rows.map((r) => ({ date: toDate(r.date), isWorkingDay: r.isWorkingDay, name: null, source: 'admin', updatedById: user.userId })),
    });
    this.cached = undefined;
    return { year, days: rows.length, coveredUntil: `${year}-12-31` };
  }
}
