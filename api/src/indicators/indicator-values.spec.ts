import { change, valueOf } from './indicator-values';
import { INDICATORS } from './registry';

describe('indicator values', () => {
  const sat = INDICATORS.get('satisfaction-rate')!;
  it('gives a rate with its Wilson interval, including 0 and n successes', () => {
    const v = valueOf(sat, 45, 50);
    expect(v.value).toBe(0.9);
    expect(v.interval!.low).toBeLessThan(0.9);
    expect(v.interval!.high).toBeGreaterThan(0.9);
    expect(valueOf(sat, 0, 20).interval!.low).toBe(0);
    expect(valueOf(sat, 20, 20).interval!.high).toBe(1);
  });
  it('suppresses a satisfaction cell under 10 ratings (样本不足)', () => {
    expect(valueOf(sat, 9, 9)).toMatchObject({ value: null, suppressed: true, interval: null });
    expect(valueOf(sat, 0, 0)).toMatchObject({ value: null, suppressed: false });
  });
  it('averages and counts', () => {
    expect(valueOf(INDICATORS.get('avg-duration')!, 31, 10).value).toBe(3.1);
    expect(valueOf(INDICATORS.get('case-count')!, 12, 0).value).toBe(12);
  });
  it('measures change in points for rates and per cent otherwise', () => {
    expect(change(0.95, 0.9, 'ratio')).toBe(0.05);
    expect(change(120, 100, 'count')).toBe(0.2);
    expect(change(5, 0, 'count')).toBeNull();
    expect(change(null, 0.3, 'ratio')).toBeNull();
  });
});
