import { chineseDaysCalendar, type WorkingCalendar } from '../calendar/working-days';
import { escalateTo, escalationFor, escalationNotice } from './rectification-escalation';

// DB1405 8.2.2 督促 against the 2026 schedule: a rectification due Thursday 2026-09-24. Then come
// Mid-Autumn (Fri 09-25), the weekend, three working days, National Day (10-01 … 10-07 off) and
// two working days plus the make-up Saturday 10-10.
const official = chineseDaysCalendar();
const cal: WorkingCalendar = { isWorkingDay: (d) => official.isWorkingDay(d), coveredUntil: '2026-12-31' };
const due = '2026-09-24';

describe('rectification escalation (DB1405 8.2.2, like overdue cases 7.2.1 e)', () => {
  it.each([
    ['2026-09-23', 'NONE', 0], // before the due date
    ['2026-09-24', 'NONE', 0], // the due date itself is not overdue
    ['2026-09-25', 'NONE', 0], // Mid-Autumn holiday: no working day has passed yet
    ['2026-09-27', 'NONE', 0], // Sunday
    ['2026-09-28', 'OVERDUE', 1], // the first working day after → 催办
    ['2026-10-07', 'OVERDUE', 3], // 09-28, 09-29, 09-30; National Day does not count
    ['2026-10-09', 'OVERDUE', 5], // + 10-08, 10-09: 5 working days is not yet "beyond 5"
    ['2026-10-10', 'FLAGGED', 6], // make-up Saturday: 6 working days overdue → 通报
    ['2026-10-11', 'FLAGGED', 6],
  ])('on %s → %s (%i working days overdue)', (today, level, days) => {
    expect(escalationFor(cal, due, today)).toEqual({ level, overdueWorkingDays: days });
  });

  it('never lowers a level and never repeats one', () => {
    expect(escalateTo('NONE', { level: 'OVERDUE', overdueWorkingDays: 1 })).toBe('OVERDUE');
    expect(escalateTo('NONE', { level: 'FLAGGED', overdueWorkingDays: 9 })).toBe('FLAGGED');
    expect(escalateTo('OVERDUE', { level: 'FLAGGED', overdueWorkingDays: 6 })).toBe('FLAGGED');
    expect(escalateTo('OVERDUE', { level: 'OVERDUE', overdueWorkingDays: 2 })).toBeNull();
    expect(escalateTo('FLAGGED', { level: 'OVERDUE', overdueWorkingDays: 2 })).toBeNull();
    expect(escalateTo('NONE', { level: 'NONE', overdueWorkingDays: 0 })).toBeNull();
  });

  it('past the loaded calendar it counts only what it knows', () => {
    expect(escalationFor(cal, '2026-12-30', '2027-01-20')).toEqual({ level: 'OVERDUE', overdueWorkingDays: 1 });
  });

  it('tells the station (催办) and the township over it (通报), never a person, with no citizen data', () => {
    const r = { id: 7, caseNo: 'JC2026000123', dueDate: '2026-09-25', overdueWorkingDays: 6, stationName: '东关村便民服务站', townshipName: '凤城镇' };
    expect(escalationNotice('OVERDUE', r)).toEqual({
      kind: 'RECTIFICATION_OVERDUE', recipient: '服务站:东关村便民服务站', body: expect.stringContaining('整改催办'),
    });
    expect(escalationNotice('FLAGGED', r)).toEqual({
      kind: 'RECTIFICATION_FLAGGED', recipient: '乡镇:凤城镇', body: expect.stringContaining('予以通报'),
    });
  });
});
