import { monthBounds, previousMonth } from './survey-month';

describe('survey months (Asia/Shanghai)', () => {
  it('bounds a month at China midnight', () => {
    expect(monthBounds('2026-10')).toEqual({ start: new Date('2026-09-30T16:00:00Z'), end: new Date('2026-10-31T16:00:00Z') });
    expect(monthBounds('2026-12').end).toEqual(new Date('2026-12-31T16:00:00Z'));
  });

  it('finds last month across a year', () => {
    expect(previousMonth('2026-11-01')).toBe('2026-10');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
  });
});
