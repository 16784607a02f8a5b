// DB1405 4.3 (限时办结): time limits are counted in working days from the day after acceptance.
// Expected dates come from the State Council notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知):
// Spring Festival 2026-02-15..02-23 off, make-up days Sat 02-14 and Sat 02-28; Labour Day make-up
// Sat 05-09; National Day 10-01..10-07 off, make-up days Sun 09-20 and Sat 10-10.
import {
  addWorkingDays,
  chineseDaysCalendar,
  dayNumberToIso,
  isoToDayNumber,
  NotCoveredError,
  PrecomputedCalendar,
  precomputedCalendar,
  weekdayExtendedCalendar,
  workingDaysBetween,
} from './working-days';

const cal = chineseDaysCalendar();

describe('chineseDaysCalendar: the official 2026 schedule (DB1405 4.3)', () => {
  it.each(['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])(
    'make-up day %s (调休) is a working day',
    (d) => expect(cal.isWorkingDay(d)).toBe(true),
  );

  const springFestival = Array.from({ length: 9 }, (_, i) => `2026-02-${String(15 + i).padStart(2, '0')}`);
  const nationalDay = Array.from({ length: 7 }, (_, i) => `2026-10-0${1 + i}`);
  it.each([...springFestival, ...nationalDay])('holiday %s is not a working day', (d) =>
    expect(cal.isWorkingDay(d)).toBe(false),
  );

  it('ordinary weekdays work and ordinary weekends do not', () => {
    expect(cal.isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // Saturday
  });

  it('is covered until the last day of the last published year', () => {
    expect(cal.coveredUntil).toMatch(/^\d{4}-12-31$/);
    expect(cal.coveredUntil >= '2026-12-31').toBe(true);
  });
});

describe('addWorkingDays (DB1405 4.3: counting starts the next day, 次日起算)', () => {
  it('0 days is the same day', () => {
    expect(addWorkingDays(cal, '2026-03-04', 0)).toBe('2026-03-04');
  });

  it('1 working day after a Friday is the next Monday', () => {
    expect(addWorkingDays(cal, '2026-03-06', 1)).toBe('2026-03-09');
  });

  it('across Spring Festival 2026 the make-up Saturday counts and the holiday does not', () => {
    expect(addWorkingDays(cal, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(cal, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays(cal, '2026-02-12', 5)).toBe('2026-02-26');
    expect(addWorkingDays(cal, '2026-02-18', 1)).toBe('2026-02-24'); // accepted during the holiday
    expect(addWorkingDays(cal, '2026-02-27', 1)).toBe('2026-02-28');
    expect(addWorkingDays(cal, '2026-02-27', 2)).toBe('2026-03-02');
  });

  it('across National Day 2026 (make-up Sunday 09-20 and Saturday 10-10)', () => {
    expect(addWorkingDays(cal, '2026-09-18', 1)).toBe('2026-09-20');
    expect(addWorkingDays(cal, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(cal, '2026-09-25', 5)).toBe('2026-10-09');
    expect(addWorkingDays(cal, '2026-10-08', 2)).toBe('2026-10-10');
    expect(addWorkingDays(cal, '2026-10-08', 3)).toBe('2026-10-12');
  });

  it('throws NotCoveredError when the result would lie past the published calendar', () => {
    const last = cal.coveredUntil;
    expect(() => addWorkingDays(cal, last, 1)).toThrow(NotCoveredError);
    try {
      addWorkingDays(cal, last, 3);
    } catch (e) {
      expect(e).toBeInstanceOf(NotCoveredError);
      expect((e as NotCoveredError).coveredUntil).toBe(last);
      expect((e as Error).message).toContain('工作日历');
    }
  });

  it('rejects negative or fractional day counts and malformed dates', () => {
    expect(() => addWorkingDays(cal, '2026-03-04', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-03-04', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026/03/04', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween counts (from, to]', () => {
  it('across Spring Festival', () => {
    expect(workingDaysBetween(cal, '2026-02-13', '2026-02-24')).toBe(2);
    expect(workingDaysBetween(cal, '2026-02-24', '2026-02-13')).toBe(-2);
    expect(workingDaysBetween(cal, '2026-03-04', '2026-03-04')).toBe(0);
  });

  it('is the inverse of addWorkingDays', () => {
    for (let n = 0; n <= 25; n++) {
      expect(workingDaysBetween(cal, '2026-09-15', addWorkingDays(cal, '2026-09-15', n))).toBe(n);
    }
  });
});

describe('precomputedCalendar (bulk lookups)', () => {
  const pre = precomputedCalendar('2024-01-01', '2026-12-31', cal) as PrecomputedCalendar;

  it('agrees with the base calendar day by day and for every deadline', () => {
    for (let n = isoToDayNumber('2024-01-01'); n <= isoToDayNumber('2026-11-30'); n += 3) {
      const d = dayNumberToIso(n);
      expect(pre.isWorkingDay(d)).toBe(cal.isWorkingDay(d));
      for (const k of [0, 1, 5, 20]) expect(addWorkingDays(pre, d, k)).toBe(addWorkingDays(cal, d, k));
    }
  });

  it('keeps the coverage limit of its base', () => {
    expect(pre.coveredUntil).toBe(cal.coveredUntil);
    expect(() => addWorkingDays(pre, cal.coveredUntil, 1)).toThrow(NotCoveredError);
  });

  it('delegates days outside its range to the base calendar', () => {
    expect(pre.isWorkingDay('2023-10-02')).toBe(cal.isWorkingDay('2023-10-02'));
  });
});

describe('weekdayExtendedCalendar (synthetic data only)', () => {
  it('uses the official days while covered and Monday-Friday after', () => {
    const ext = weekdayExtendedCalendar(cal, '2099-12-31');
    expect(ext.isWorkingDay('2026-02-14')).toBe(true);
    expect(ext.isWorkingDay('2099-01-05')).toBe(true); // a Monday
    expect(ext.isWorkingDay('2099-01-04')).toBe(false); // a Sunday
    expect(addWorkingDays(ext, cal.coveredUntil, 1)).not.toBeUndefined();
  });
});

describe('isoToDayNumber', () => {
  it('round-trips with dayNumberToIso, leap days included', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2024-02-29', '2026-12-31', '1935-06-15']) {
      expect(dayNumberToIso(isoToDayNumber(d))).toBe(d);
    }
    expect(() => isoToDayNumber('2026-02-29')).toThrow(RangeError);
  });
});
