import { chineseDaysRows, holidayName, weekdayYearRows } from './calendar-source';

describe('calendar rows from chinese-days (DB1405 4.3)', () => {
  const rows = new Map(chineseDaysRows(2026).map((r) => [r.date, r]));

  it('marks the official 2026 holidays and make-up working days', () => {
    expect(rows.get('2026-10-01')).toEqual({ date: '2026-10-01', isWorkingDay: false, name: '国庆节' });
    expect(rows.get('2026-02-14')).toEqual({ date: '2026-02-14', isWorkingDay: true, name: '春节调休' });
    expect(rows.get('2026-03-03')).toEqual({ date: '2026-03-03', isWorkingDay: true, name: null });
    expect(rows.get('2026-03-07')).toMatchObject({ isWorkingDay: false, name: null });
    expect(rows.get('2026-12-31')).toBeDefined();
  });

  it('names only real holidays', () => {
    expect(holidayName('Tuesday', true, 2)).toBeNull();
    expect(holidayName('Spring Festival,春节,4', false, 1)).toBe('春节');
  });

  it('starts an unknown year with weekends off for an admin to correct', () => {
    const y = weekdayYearRows(2027);
    expect(y).toHaveLength(365);
    expect(y.find((r) => r.date === '2027-01-01')).toEqual({ date: '2027-01-01', isWorkingDay: true, name: null }); // a Friday
    expect(y.find((r) => r.date === '2027-01-02')!.isWorkingDay).toBe(false);
  });
});
