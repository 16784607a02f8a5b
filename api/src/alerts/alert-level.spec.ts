import { chineseDaysCalendar, type WorkingCalendar } from '../calendar/working-days';
import { alertFor, raiseTo } from './alert-level';

// DB1405 4.3, 7.2.1 e) against the 2026 schedule. Accepted 2026-09-29, limit 10 working days:
// 09-30, 10-08, 10-09, 10-10 (make-up Sat), 10-12, 10-13, 10-14, 10-15, 10-16, 10-19 → due 10-19.
const official = chineseDaysCalendar();
const cal: WorkingCalendar = { isWorkingDay: (d) => official.isWorkingDay(d), coveredUntil: '2026-12-31' };
const level = (today: string) => alertFor(cal, '2026-09-29', '2026-10-19', today).level;

describe('time-limit alert levels (DB1405 7.2.1 e)', () => {
  it('counts the allowed working days across National Day', () => {
    expect(alertFor(cal, '2026-09-29', '2026-10-19', '2026-10-01')).toEqual({ level: 'NONE', elapsedWorkingDays: 1, allowedWorkingDays: 10, overdueWorkingDays: 0 });
  });

  it.each([
    ['2026-10-09', 'NONE'], // 3 of 10
    ['2026-10-11', 'NONE'], // 4 of 10 (Sunday)
    ['2026-10-12', 'WARN_50'], // 5 of 10
    ['2026-10-14', 'WARN_50'], // 7 of 10
    ['2026-10-15', 'WARN_80'], // 8 of 10
    ['2026-10-19', 'WARN_80'], // the due date itself is not overdue
    ['2026-10-20', 'OVERDUE'], // the day after: 催办
    ['2026-10-26', 'OVERDUE'], // 5 working days overdue
    ['2026-10-27', 'FLAGGED'], // 6 working days overdue: 通报
  ])('on %s → %s', (today, want) => expect(level(today)).toBe(want));

  it('overdue starts the calendar day after the due date, even on a weekend', () => {
    expect(alertFor(cal, '2026-10-12', '2026-10-16', '2026-10-17')).toMatchObject({ level: 'OVERDUE', overdueWorkingDays: 0 });
  });

  it('never lowers a level and never repeats one', () => {
    expect(raiseTo('NONE', 'WARN_50')).toBe('WARN_50');
    expect(raiseTo('NONE', 'FLAGGED')).toBe('FLAGGED');
    expect(raiseTo('WARN_80', 'WARN_50')).toBeNull();
    expect(raiseTo('OVERDUE', 'OVERDUE')).toBeNull();
    expect(raiseTo('NONE', 'NONE')).toBeNull();
  });
});
