import { chineseDaysCalendar, type WorkingCalendar } from '../calendar/working-days';
import { computeDue, handoffDueDate, pausedWorkingDays, shanghaiDate } from './due-date';

// DB1405 4.3 / 7.2.1 e) against the official 2026 schedule: National Day 10-01..10-07 off,
// make-up working days Sun 09-20 and Sat 10-10.
const official = chineseDaysCalendar();
const cal: WorkingCalendar = { isWorkingDay: (d) => official.isWorkingDay(d), coveredUntil: '2026-12-31' };
// 2026-09-29 10:00 Beijing time
const acceptedAt = new Date('2026-09-29T02:00:00Z');

describe('due date of a case (DB1405 4.3)', () => {
  it('accepted 2026-09-29 with a 5-working-day limit is due 2026-10-12 (holiday skipped, make-up Saturday counted)', () => {
    const d = computeDue(cal, { acceptedAt, limitDays: 5, pausedWorkingDays: 0, extensionDays: 0 });
    expect(d).toMatchObject({ dueDate: '2026-10-12', acceptanceDate: '2026-09-29', limitDays: 5, code: null, clockStopped: false });
    expect(d.explanation).toBe('2026-09-29 受理，承诺办理时限 5 个工作日（自受理次日起算），应于 2026-10-12 前办结。');
  });

  it('counts the acceptance date in Asia/Shanghai, not UTC', () => {
    expect(shanghaiDate(new Date('2026-09-28T16:30:00Z'))).toBe('2026-09-29');
    expect(shanghaiDate(new Date('2026-09-29T15:59:59Z'))).toBe('2026-09-29');
    expect(computeDue(cal, { acceptedAt: new Date('2026-09-28T16:30:00Z'), limitDays: 5, pausedWorkingDays: 0, extensionDays: 0 }).dueDate).toBe('2026-10-12');
  });

  it('DB1405 6.3.2: a supplement pause across National Day stops the clock for its working days only', () => {
    // requested 09-30, received 10-09: working days in [09-30, 10-09) are 09-30 and 10-08
    expect(pausedWorkingDays(cal, '2026-09-30', '2026-10-09')).toBe(2);
    expect(pausedWorkingDays(cal, '2026-10-01', '2026-10-08')).toBe(0); // the whole holiday: nothing lost
    expect(pausedWorkingDays(cal, '2026-10-09', '2026-10-12')).toBe(2); // Fri and the make-up Sat
    expect(pausedWorkingDays(cal, '2026-10-12', '2026-10-12')).toBe(0);
    const d = computeDue(cal, { acceptedAt, limitDays: 5, pausedWorkingDays: 2, extensionDays: 0 });
    expect(d.dueDate).toBe('2026-10-14');
    expect(d.explanation).toContain('暂停计时 2 个工作日');
  });

  it('DB1405 4.3: an approved extension moves the due date by working days and the explanation says why', () => {
    const d = computeDue(cal, { acceptedAt, limitDays: 5, pausedWorkingDays: 2, extensionDays: 3 });
    expect(d.dueDate).toBe('2026-10-19'); // 10-15, 10-16, (weekend), 10-19
    expect(d.explanation).toBe('2026-09-29 受理，承诺办理时限 5 个工作日（自受理次日起算），补正或中止期间暂停计时 2 个工作日，相应顺延，经领导批准延期 3 个工作日，应于 2026-10-19 前办结。');
  });

  it('says when the clock stands still right now', () => {
    const d = computeDue(cal, { acceptedAt, limitDays: 5, pausedWorkingDays: 0, extensionDays: 0, openPause: { kind: 'SUPPLEMENT', since: '2026-09-30' } });
    expect(d.clockStopped).toBe(true);
    expect(d.explanation).toContain('目前自 2026-09-30 起补正暂停计时');
  });

  it('no clock before acceptance (DB1405 6.2.2)', () => {
    const d = computeDue(cal, { acceptedAt: null, limitDays: 5, pausedWorkingDays: 0, extensionDays: 0 });
    expect(d).toMatchObject({ dueDate: null, acceptanceDate: null, code: null });
  });

  it('never guesses past the calendar: CALENDAR.NOT_COVERED with a due date of null', () => {
    const d = computeDue(cal, { acceptedAt: new Date('2026-12-20T02:00:00Z'), limitDays: 20, pausedWorkingDays: 0, extensionDays: 0 });
    expect(d).toMatchObject({ dueDate: null, acceptanceDate: '2026-12-20', code: 'CALENDAR.NOT_COVERED', coveredUntil: '2026-12-31' });
    expect(d.explanation.startsWith('工作日历未覆盖')).toBe(true);
  });
});

describe('a hop\'s own due date (DB1405 7.2.3)', () => {
  it('is the working day before the case falls due, leaving the station a day to deliver', () => {
    expect(handoffDueDate(cal, '2026-09-30', '2026-10-12')).toBe('2026-10-10'); // make-up Saturday
    expect(handoffDueDate(cal, '2026-10-09', '2026-10-12')).toBe('2026-10-10');
    expect(handoffDueDate(cal, '2026-10-10', '2026-10-12')).toBe('2026-10-12');
    expect(handoffDueDate(cal, '2026-09-30', null)).toBeNull();
  });
});
