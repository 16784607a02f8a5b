import { lastMonths, monthRange, ratio } from './periods';

describe('monthRange', () => {
  it('lists every month inclusive across a year end, with half-open date bounds', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual({
      ok: true, months: ['2025-11', '2025-12', '2026-01', '2026-02'], fromDate: '2025-11-01', toExclusive: '2026-03-01',
    });
  });

  it('handles December as the last month', () => {
    const r = monthRange('2026-12', '2026-12');
    expect(r).toMatchObject({ ok: true, months: ['2026-12'], toExclusive: '2027-01-01' });
  });

  it.each([
    ['2026-13', '2026-12', '格式'],
    ['2026-1', '2026-02', '格式'],
    ['2026-05', '2026-04', '不能晚于'],
    ['2000-01', '2026-01', '跨度'],
  ])('refuses %s..%s', (from, to, msg) => {
    const r = monthRange(from, to);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(msg);
  });
});

describe('lastMonths / ratio', () => {
  it('counts back n months including the current one', () => {
    expect(lastMonths('2026-11-29', 12)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(lastMonths('2026-01-05', 2)).toEqual({ from: '2025-12', to: '2026-01' });
  });

  it('rounds to 4 decimals and gives null for an empty denominator', () => {
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(5, 5)).toBe(1);
  });
});

describe('date ranges of indicator queries', () => {
  const { dateRange, previousRange } = jest.requireActual('./periods') as typeof import('./periods');
  it('takes whole months or inclusive days', () => {
    expect(dateRange('2026-01', '2026-03')).toMatchObject({ ok: true, fromDate: '2026-01-01', toExclusive: '2026-04-01', days: 90 });
    expect(dateRange('2026-02-10', '2026-02-10')).toMatchObject({ ok: true, fromDate: '2026-02-10', toExclusive: '2026-02-11', days: 1 });
    expect(dateRange('2026-12-31', '2026-12-31')).toMatchObject({ ok: true, toExclusive: '2027-01-01' });
  });
  it('refuses mixed, impossible or reversed periods', () => {
    expect(dateRange('2026-01', '2026-02-01').ok).toBe(false);
    expect(dateRange('2026-02-30', '2026-03-01').ok).toBe(false);
    expect(dateRange('2026-03-01', '2026-02-01').ok).toBe(false);
    expect(dateRange("2026-01' OR 1=1", '2026-02').ok).toBe(false);
  });
  it('finds the previous window of equal length', () => {
    expect(previousRange('2026-04-01', '2026-07-01', true)).toEqual({ fromDate: '2026-01-01', toExclusive: '2026-04-01' });
    expect(previousRange('2026-01-01', '2026-02-01', true)).toEqual({ fromDate: '2025-12-01', toExclusive: '2026-01-01' });
    expect(previousRange('2026-03-10', '2026-03-17', false)).toEqual({ fromDate: '2026-03-03', toExclusive: '2026-03-10' });
  });
});
