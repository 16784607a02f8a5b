import { getDayDetail } from 'chinese-days';
import { chineseDaysCalendar, dayNumberToIso, isoToDayNumber, type IsoDate } from './working-days';

// Rows for the calendar table from the chinese-days package: every day of every year it covers,
// with the holiday (or make-up working day) name in Chinese. Pure.

export interface CalendarRow { date: IsoDate; isWorkingDay: boolean; name: string | null }

/** 'National Day,国庆节,3' → 国庆节; a make-up working day gets the suffix 调休. */
export function holidayName(detailName: string, isWorkingDay: boolean, weekday: number): string | null {
  const parts = detailName.split(',');
  if (parts.length < 2) return null;
  const zh = parts[1];
  const weekend = weekday === 0 || weekday === 6;
  if (isWorkingDay) return weekend ? `${zh}调休` : null;
  return zh;
}

export function chineseDaysRows(fromYear: number): CalendarRow[] {
  const until = chineseDaysCalendar().coveredUntil;
  const rows: CalendarRow[] = [];
  for (let n = isoToDayNumber(`${fromYear}-01-01`), end = isoToDayNumber(until); n <= end; n++) {
    const date = dayNumberToIso(n);
    const d = getDayDetail(date);
    const weekday = (n + 4) % 7; // 1970-01-01 was a Thursday
    rows.push({ date, isWorkingDay: d.work, name: holidayName(d.name, d.work, weekday) });
  }
  return rows;
}

/** A year the package does not know yet: weekdays work, weekends rest, for an admin to correct. */
export function weekdayYearRows(year: number): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (let n = isoToDayNumber(`${year}-01-01`), end = isoToDayNumber(`${year}-12-31`); n <= end; n++) {
    const weekday = (n + 4) % 7;
    rows.push({ date: dayNumberToIso(n), isWorkingDay: weekday !== 0 && weekday !== 6, name: null });
  }
  return rows;
}
