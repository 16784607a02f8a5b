// The promised completion date of a case and why (DB1405 4.3 限时办结, 7.2.1 e). Pure.
//
//   dueDate = addWorkingDays(acceptance date, item limit)            counting from the next day
//             + one working day per working day the clock was stopped (6.3.2 补正, approved suspension)
//             + the working days of approved extensions
//
// addWorkingDays composes (adding n then m equals adding n + m), so the sum is added at once.
// Dates are local dates in Asia/Shanghai (UTC+8, no daylight saving): a case accepted at 23:30
// Beijing time on 09-29 is accepted on 09-29 whatever the server's zone. Beyond the loaded
// calendar there is no guess: the due date is null and the explanation says so.
import { addCalendarDays, addWorkingDays, isoToDayNumber, NotCoveredError, workingDaysBetween, type IsoDate, type WorkingCalendar } from '../calendar/working-days';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The local date (Asia/Shanghai) of an instant. */
export function shanghaiDate(d: Date): IsoDate {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** A DATE column value (midnight UTC) for an ISO date, and back. */
export const dateColumn = (d: IsoDate): Date => new Date(`${d}T00:00:00Z`);
export const isoOfDateColumn = (d: Date | null): IsoDate | null => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Working days the clock stood still: every working day in [start, end) (the day the pause began
 * counts, the day it ended does not; a pause opened and closed on the same day costs nothing).
 */
export function pausedWorkingDays(cal: WorkingCalendar, start: IsoDate, end: IsoDate): number {
  if (isoToDayNumber(end) <= isoToDayNumber(start)) return 0;
  return workingDaysBetween(cal, addCalendarDays(start, -1), addCalendarDays(end, -1));
}

export const PAUSE_TEXT: Record<string, string> = { SUPPLEMENT: '补正', SUSPENSION: '中止' };

export interface DueInput {
  acceptedAt: Date | null;
  limitDays: number;
  pausedWorkingDays: number;
  extensionDays: number;
  /** An open pause: the clock stands still now; the due date moves once it ends. */
  openPause?: { kind: string; since: IsoDate } | null;
}

export interface DueInfo {
  dueDate: IsoDate | null;
  acceptanceDate: IsoDate | null;
  limitDays: number;
  pausedWorkingDays: number;
  extensionDays: number;
  explanation: string;
  /** 'CALENDAR.NOT_COVERED' when the due date lies past the calendar; null otherwise. */
  code: string | null;
  coveredUntil: IsoDate;
  clockStopped: boolean;
}

export function computeDue(cal: WorkingCalendar, input: DueInput): DueInfo {
  const base = {
    limitDays: input.limitDays,
    pausedWorkingDays: input.pausedWorkingDays,
    extensionDays: input.extensionDays,
    coveredUntil: cal.coveredUntil,
    clockStopped: !!input.openPause,
  };
  if (!input.acceptedAt) {
    return { ...base, dueDate: null, acceptanceDate: null, code: null, explanation: '材料尚未齐全，尚未受理，办理时限未开始计算（DB1405 6.2.2）。' };
  }
  const acc = shanghaiDate(input.acceptedAt);
  const parts = [`${acc} 受理，承诺办理时限 ${input.limitDays} 个工作日（自受理次日起算）`];
  if (input.pausedWorkingDays) parts.push(`补正或中止期间暂停计时 ${input.pausedWorkingDays} 个工作日，相应顺延`);
  if (input.extensionDays) parts.push(`经领导批准延期 ${input.extensionDays} 个工作日`);
  const open = input.openPause ? `目前自 ${input.openPause.since} 起${PAUSE_TEXT[input.openPause.kind] ?? '暂停'}暂停计时，恢复后按暂停的工作日顺延。` : '';
  try {
    const due = addWorkingDays(cal, acc, input.limitDays + input.pausedWorkingDays + input.extensionDays);
    return { ...base, dueDate: due, acceptanceDate: acc, code: null, explanation: `${parts.join('，')}，应于 ${due} 前办结。${open}` };
  } catch (e) {
    if (!(e instanceof NotCoveredError)) throw e;
    return {
      ...base, dueDate: null, acceptanceDate: acc, code: 'CALENDAR.NOT_COVERED',
      explanation: `工作日历未覆盖办结期限：工作日历仅覆盖至 ${cal.coveredUntil}，${parts.join('，')}，期限落在日历范围之外，暂不能确定，请管理员维护下一年度的节假日安排。${open}`,
    };
  }
}

/**
 * A hop's own due date (DB1405 7.2.3): the upper level returns the result one working day before
 * the case falls due, leaving the station that day to deliver it (e); when there is no such day
 * left, the case's due date itself. Unknown when the case's due date is unknown.
 */
export function handoffDueDate(cal: WorkingCalendar, handedUpOn: IsoDate, caseDue: IsoDate | null): IsoDate | null {
  if (!caseDue) return null;
  let n = isoToDayNumber(caseDue) - 1;
  const floor = isoToDayNumber(handedUpOn);
  while (n > floor) {
    const d = addCalendarDays(caseDue, n - isoToDayNumber(caseDue));
    if (cal.isWorkingDay(d)) return d;
    n--;
  }
  return caseDue;
}
