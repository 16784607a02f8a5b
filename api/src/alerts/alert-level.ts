// Time-limit alerts (DB1405 4.3 限时办结, 7.2.1 e). Pure. Levels only go up:
//   WARN_50  half of the allowed working days have passed
//   WARN_80  80 % have passed
//   OVERDUE  from the day after the due date (催办)
//   FLAGGED  more than 5 working days overdue (通报)
// "Allowed" is the working days from acceptance to the due date, pauses and extensions included,
// so elapsed and allowed are counted on the same clock.
import { workingDaysBetween, type IsoDate, type WorkingCalendar } from '../calendar/working-days';

export const ALERT_LEVELS = ['NONE', 'WARN_50', 'WARN_80', 'OVERDUE', 'FLAGGED'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export const ALERT_TEXT: Record<AlertLevel, string> = { NONE: '正常', WARN_50: '过半预警', WARN_80: '临期预警', OVERDUE: '逾期催办', FLAGGED: '逾期通报' };

/** Working days overdue beyond which a case is flagged (通报). */
export const FLAG_AFTER_WORKING_DAYS = 5;

export const rank = (l: string) => Math.max(0, ALERT_LEVELS.indexOf(l as AlertLevel));

export interface AlertFacts {
  level: AlertLevel;
  elapsedWorkingDays: number;
  allowedWorkingDays: number;
  overdueWorkingDays: number;
}

export function alertFor(cal: WorkingCalendar, acceptanceDate: IsoDate, dueDate: IsoDate, today: IsoDate): AlertFacts {
  const allowed = workingDaysBetween(cal, acceptanceDate, dueDate);
  // Past the loaded calendar the counts would be guesses: keep what can be said for sure.
  const countTo = today > cal.coveredUntil ? cal.coveredUntil : today;
  const elapsed = Math.max(0, workingDaysBetween(cal, acceptanceDate, countTo));
  if (today > dueDate) {
    const overdue = Math.max(0, workingDaysBetween(cal, dueDate, countTo));
    return { level: overdue > FLAG_AFTER_WORKING_DAYS ? 'FLAGGED' : 'OVERDUE', elapsedWorkingDays: elapsed, allowedWorkingDays: allowed, overdueWorkingDays: overdue };
  }
  let level: AlertLevel = 'NONE';
  if (allowed > 0 && elapsed * 100 >= allowed * 80) level = 'WARN_80';
  else if (allowed > 0 && elapsed * 100 >= allowed * 50) level = 'WARN_50';
  return { level, elapsedWorkingDays: elapsed, allowedWorkingDays: allowed, overdueWorkingDays: 0 };
}

/** The level to raise to, or null: never lower, never repeat. */
export function raiseTo(current: string, computed: AlertLevel): AlertLevel | null {
  return rank(computed) > rank(current) ? computed : null;
}
