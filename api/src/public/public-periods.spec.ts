import { periodOfMonth, periodPlan, quarterOfMonth } from './public-periods';

describe('public periods (DB1405 8.1.3: per month and quarter)', () => {
  it('maps months to quarters', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-09', '2026-12'].map(quarterOfMonth)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodOfMonth('2026-05', 'month')).toBe('2026-05');
    expect(periodOfMonth('2026-05', 'quarter')).toBe('2026-Q2');
  });

  it('defaults to the last 12 months up to today', () => {
    const p = periodPlan('month', undefined, undefined, '2026-11-29');
    expect(p).toMatchObject({ ok: true, from: '2025-12', to: '2026-11', fromDate: '2025-12-01', toExclusive: '2026-12-01' });
    expect(p.ok && p.periods).toHaveLength(12);
  });

  it('takes an explicit month range', () => {
    expect(periodPlan('month', '2026-01', '2026-03', '2026-11-29')).toEqual({
      ok: true, granularity: 'month', from: '2026-01', to: '2026-03', periods: ['2026-01', '2026-02', '2026-03'], fromDate: '2026-01-01', toExclusive: '2026-04-01',
    });
  });

  it('defaults to the last 4 quarters, reading whole quarters', () => {
    expect(periodPlan('quarter', undefined, undefined, '2026-11-29')).toEqual({
      ok: true, granularity: 'quarter', from: '2026-Q1', to: '2026-Q4', periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'], fromDate: '2026-01-01', toExclusive: '2027-01-01',
    });
    // across a year end
    const p = periodPlan('quarter', undefined, undefined, '2026-02-10');
    expect(p.ok && p.periods).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
  });

  it('accepts quarters as YYYY-Qn or as one of their months', () => {
    const p = periodPlan('quarter', '2025-11', '2026-Q2', '2026-11-29');
    expect(p).toMatchObject({ ok: true, from: '2025-Q4', to: '2026-Q2', periods: ['2025-Q4', '2026-Q1', '2026-Q2'], fromDate: '2025-10-01', toExclusive: '2026-07-01' });
  });

  it.each([
    ['month', '2026-13', '2026-12'],
    ['month', '2026-05', '2026-04'],
    ['quarter', '2026-Q5', undefined],
    ['quarter', '2026-Q3', '2026-Q1'],
    ['quarter', '2000-Q1', '2026-Q1'],
  ] as const)('refuses %s %s..%s with a Chinese message', (g, from, to) => {
    const p = periodPlan(g, from, to, '2026-11-29');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
