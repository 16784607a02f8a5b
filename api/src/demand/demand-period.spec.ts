import { growthPct, idleWindow, lastDayOfMonth, monthsBefore, previousPeriod } from './demand-period';
import { checkItemContent } from '../catalogue/content';
import { draftContent, draftName } from './draft-content';

describe('previousPeriod: the period of equal length just before', () => {
  it.each([
    ['2026-04', '2026-06', '2026-01', '2026-03'],
    ['2026-01', '2026-01', '2025-12', '2025-12'],
    ['2026-01', '2026-12', '2025-01', '2025-12'],
    ['2026-02', '2026-03', '2025-12', '2026-01'],
  ])('%s..%s → %s..%s', (from, to, pf, pt) => {
    expect(previousPeriod(from, to)).toEqual({ from: pf, to: pt });
  });
});

describe('growthPct', () => {
  it('is the change against the previous period in percent, one decimal; null when there was nothing before', () => {
    expect(growthPct(15, 10)).toBe(50);
    expect(growthPct(5, 10)).toBe(-50);
    expect(growthPct(10, 3)).toBe(233.3);
    expect(growthPct(0, 4)).toBe(-100);
    expect(growthPct(7, 0)).toBeNull();
    expect(growthPct(0, 0)).toBeNull();
  });
});

describe('12-month window of "no demand" (DB1405 7.1.3)', () => {
  it('is (asOf − 12 months, asOf], as [since, untilExclusive) local dates', () => {
    expect(idleWindow('2026-11-15')).toEqual({ since: '2025-11-16', asOf: '2026-11-15', untilExclusive: '2026-11-16' });
    expect(idleWindow('2026-12-31')).toEqual({ since: '2026-01-01', asOf: '2026-12-31', untilExclusive: '2027-01-01' });
    expect(idleWindow('2028-02-29')).toEqual({ since: '2027-03-01', asOf: '2028-02-29', untilExclusive: '2028-03-01' });
  });

  it('refuses a date that does not exist', () => {
    expect(() => idleWindow('2026-02-30')).toThrow();
  });

  it('month arithmetic falls back to the last day of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });
});

describe('draft content of a new item from an off-catalogue topic (DB1405 7.1.2)', () => {
  it('passes the catalogue’s own content check: local demand, no proxy fee (4.5), placeholders for what figures cannot tell', () => {
    const check = checkItemContent(draftContent('宅基地审批'));
    expect(check.ok).toBe(true);
    expect(check.ok && check.content).toMatchObject({ name: '宅基地审批', source: 'LOCAL_DEMAND', statutoryFee: 0, department: expect.stringContaining('待') });
  });

  it('fits any topic into the 2-100 characters of a name', () => {
    expect(draftName('  低保  ')).toBe('低保');
    expect(draftName('桥')).toBe('桥事项');
    expect([...draftName('长'.repeat(150))]).toHaveLength(100);
    expect(checkItemContent(draftContent('修'.repeat(300))).ok).toBe(true);
  });
});
