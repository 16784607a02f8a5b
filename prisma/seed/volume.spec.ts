import { isoToDayNumber } from '../../api/src/calendar/working-days';
import { SeedClock } from './clock';
import { dailyCounts, dailyWeights, dayKind } from './volume';

describe('daily volume', () => {
  const clock = SeedClock.forWindow('2024-11-29', '2026-11-29');
  const first = isoToDayNumber('2024-11-29');
  const last = isoToDayNumber('2026-11-28');
  const weights = dailyWeights(clock, first, last, 20241);
  const counts = dailyCounts(weights, 100_000);
  const at = (iso: string) => counts[isoToDayNumber(iso) - first];
  const sum = (from: string, to: string) => {
    let s = 0;
    for (let d = isoToDayNumber(from); d <= isoToDayNumber(to); d++) s += counts[d - first];
    return s;
  };

  it('distributes exactly the requested number of cases', () => {
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100_000);
  });

  it('classifies holidays, make-up days and weekends', () => {
    expect(dayKind(clock, isoToDayNumber('2026-02-17'))).toBe('HOLIDAY');
    expect(dayKind(clock, isoToDayNumber('2026-02-14'))).toBe('MAKEUP');
    expect(dayKind(clock, isoToDayNumber('2026-03-07'))).toBe('WEEKEND');
    expect(dayKind(clock, isoToDayNumber('2026-03-09'))).toBe('WORKDAY');
  });

  it('is quiet on weekends and during Spring Festival and National Day', () => {
    expect(at('2026-03-07')).toBeLessThan(at('2026-03-09') / 2);
    expect(at('2026-02-17')).toBeLessThan(at('2026-02-10') / 5);
    expect(at('2026-10-03')).toBeLessThan(at('2026-10-12') / 5);
  });

  it('peaks in January-March and dips in the June farming season, growing over time', () => {
    expect(sum('2026-01-05', '2026-01-30')).toBeGreaterThan(sum('2026-06-01', '2026-06-26') * 1.3);
    expect(sum('2025-12-01', '2026-11-28')).toBeGreaterThan(sum('2024-12-01', '2025-11-28'));
  });
});
