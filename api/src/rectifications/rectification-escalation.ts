// Escalation of overdue rectifications (DB1405 8.2.2 督促; "escalate like overdue cases", 7.2.1 e).
// Pure. Levels only go up, with the same ranks and the same 通报 threshold as case alerts:
//   OVERDUE  催办  from the first working day after the due date
//   FLAGGED  通报  more than FLAG_AFTER_WORKING_DAYS working days overdue
// A rectification has no 50 % / 80 % warnings: its whole limit is a few working days.
import { FLAG_AFTER_WORKING_DAYS, raiseTo, type AlertLevel } from '../alerts/alert-level';
import { workingDaysBetween, type IsoDate, type WorkingCalendar } from '../calendar/working-days';

export type RectificationAlert = Extract<AlertLevel, 'NONE' | 'OVERDUE' | 'FLAGGED'>;

export const RECTIFICATION_ALERT_TEXT: Record<RectificationAlert, string> = { NONE: '正常', OVERDUE: '逾期催办', FLAGGED: '逾期通报' };

export interface EscalationFacts { level: RectificationAlert; overdueWorkingDays: number }

export function escalationFor(cal: WorkingCalendar, dueDate: IsoDate, today: IsoDate): EscalationFacts {
  if (today <= dueDate) return { level: 'NONE', overdueWorkingDays: 0 };
  // Past the loaded calendar the count would be a guess: keep what can be said for sure.
  const countTo = today > cal.coveredUntil ? cal.coveredUntil : today;
  const overdue = Math.max(0, workingDaysBetween(cal, dueDate, countTo));
  const level: RectificationAlert = overdue > FLAG_AFTER_WORKING_DAYS ? 'FLAGGED' : overdue >= 1 ? 'OVERDUE' : 'NONE';
  return { level, overdueWorkingDays: overdue };
}

/** The level to raise to, or null (never lower, never repeat): the case alerts' rule. */
export function escalateTo(current: string, facts: EscalationFacts): RectificationAlert | null {
  return raiseTo(current, facts.level) as RectificationAlert | null;
}

/** The notification kind of a raise (notifications.kind). */
export const NOTIFICATION_KIND: Record<Exclude<RectificationAlert, 'NONE'>, string> = {
  OVERDUE: 'RECTIFICATION_OVERDUE',
  FLAGGED: 'RECTIFICATION_FLAGGED',
};

/**
 * Who is told, and what: 催办 goes to the station that owns the task; 通报 goes one level up, to
 * the township over it. Recipients are units, never persons, and the text carries no citizen data.
 */
export function escalationNotice(
  level: Exclude<RectificationAlert, 'NONE'>,
  r: { id: number; caseNo: string; dueDate: IsoDate; overdueWorkingDays: number; stationName: string; townshipName: string | null },
): { kind: string; recipient: string; body: string } {
  if (level === 'OVERDUE') {
    return {
      kind: NOTIFICATION_KIND.OVERDUE,
      recipient: `服务站:${r.stationName}`.slice(0, 64),
      body: `【整改催办】整改任务 #${r.id}（案件 ${r.caseNo}）整改期限为 ${r.dueDate}，已逾期 ${r.overdueWorkingDays} 个工作日，请尽快核实、整改并反馈（DB1405 8.2.2）。`,
    };
  }
  return {
    kind: NOTIFICATION_KIND.FLAGGED,
    recipient: `乡镇:${r.townshipName ?? r.stationName}`.slice(0, 64),
    body: `【整改通报】${r.stationName}的整改任务 #${r.id}（案件 ${r.caseNo}）整改期限为 ${r.dueDate}，已逾期 ${r.overdueWorkingDays} 个工作日，予以通报，请督促办结（DB1405 8.2.2）。`,
  };
}
