import { addDays, duePublications, earlierPendingConflict, effectiveDateProblem, isIsoDate, shanghaiToday } from './publication';

describe('catalogue publication dates (DB1405 7.1.3, Asia/Shanghai)', () => {
  it('takes today in Asia/Shanghai, not in UTC', () => {
    expect(shanghaiToday(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(shanghaiToday(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });

  it('accepts only real calendar dates', () => {
    expect(['2026-12-01', '2028-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026-02-30', '2026-13-01', '2026-1-1', '', 20261201, null].some(isIsoDate)).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('refuses effective dates in the past, accepts today and later', () => {
    expect(effectiveDateProblem('2026-11-28', '2026-11-29')).toBe('PAST');
    expect(effectiveDateProblem('2026-11-29', '2026-11-29')).toBeNull();
    expect(effectiveDateProblem('2027-01-01', '2026-11-29')).toBeNull();
    expect(effectiveDateProblem('tomorrow', '2026-11-29')).toBe('INVALID');
  });

  const pending = [
    { id: 1, itemId: 7, version: 3, effectiveFrom: '2026-12-01' },
    { id: 2, itemId: 5, version: 2, effectiveFrom: '2026-11-29' },
    { id: 3, itemId: 7, version: 2, effectiveFrom: '2026-12-01' },
    { id: 4, itemId: 9, version: 2, effectiveFrom: '2027-01-01' },
    { id: 5, itemId: 1, version: 4, effectiveFrom: '2026-11-15' },
  ];

  it.each([
    ['2026-11-14', []],
    ['2026-11-15', [5]],
    ['2026-11-29', [5, 2]],
    ['2026-12-01', [5, 2, 3, 1]],
    ['2027-06-30', [5, 2, 3, 1, 4]],
  ])('on %s applies %j (oldest date first, lower versions of an item first)', (today, ids) => {
    expect(duePublications(pending, today).map((p) => p.id)).toEqual(ids);
  });

  it('refuses a publication effective before a lower version of the same item that still waits', () => {
    const waiting = [{ id: 1, itemId: 7, version: 2, effectiveFrom: '2026-12-10' }];
    expect(earlierPendingConflict(waiting, 3, '2026-12-01')?.id).toBe(1);
    expect(earlierPendingConflict(waiting, 3, '2026-12-10')).toBeUndefined();
    expect(earlierPendingConflict(waiting, 3, '2026-12-20')).toBeUndefined();
  });
});
