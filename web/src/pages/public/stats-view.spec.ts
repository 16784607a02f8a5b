import type { AreaSatisfaction, PublicRegion, RateView, SatisfactionCell } from './public-types';
import { cellAt, countyOf, defaultPeriod, parseStatsQuery, periodLabel, rateText, serializeStatsQuery, shownPeriod, TOTAL, townshipsOf } from './stats-view';

const rate = (v: number | null): RateView =>
  v === null ? { suppressed: true, label: '样本不足', rate: null, low: null, high: null } : { suppressed: false, label: null, rate: v, low: v - 0.05, high: Math.min(1, v + 0.03) };
const cell = (period: string, n: number, v: number | null): SatisfactionCell => ({
  period, n, satisfaction: rate(v), bad: rate(v === null ? null : 1 - v),
  survey: { sampled: 0, reached: 0, pending: 0, responseRate: rate(null) },
});
const area = (trend: SatisfactionCell[]): AreaSatisfaction => ({ code: '140500', name: '晋城市', level: 'CITY', total: cell(TOTAL, 99, 0.9), trend });

describe('public statistics view state', () => {
  it('reads and writes the URL, month by default', () => {
    expect(parseStatsQuery(new URLSearchParams(''))).toEqual({ period: 'month', region: null, at: null });
    const s = parseStatsQuery(new URLSearchParams('period=quarter&region=140522&at=2026-Q3'));
    expect(s).toEqual({ period: 'quarter', region: '140522', at: '2026-Q3' });
    expect(serializeStatsQuery(s)).toBe('period=quarter&region=140522&at=2026-Q3');
    expect(serializeStatsQuery({ period: 'month', region: null, at: null })).toBe('');
    expect(parseStatsQuery(new URLSearchParams('region=<script>')).region).toBeNull();
  });

  it('shows the latest period with a published rate by default, else the whole range', () => {
    const data = { periods: ['2026-09', '2026-10', '2026-11'], overall: area([cell('2026-09', 40, 0.95), cell('2026-10', 30, 0.9), cell('2026-11', 4, null)]) };
    expect(defaultPeriod(data)).toBe('2026-10');
    expect(shownPeriod(data, '2026-09')).toBe('2026-09');
    expect(shownPeriod(data, TOTAL)).toBe(TOTAL);
    expect(shownPeriod(data, '2025-01')).toBe('2026-10'); // not in this answer (e.g. after switching to quarters)
    expect(defaultPeriod({ periods: ['2026-11'], overall: area([cell('2026-11', 2, null)]) })).toBe(TOTAL);
    expect(cellAt(data.overall, '2026-09').n).toBe(40);
    expect(cellAt(data.overall, TOTAL).n).toBe(99);
  });

  it('labels periods in Chinese', () => {
    expect(periodLabel('2026-03')).toBe('2026年3月');
    expect(periodLabel('2026-Q4')).toBe('2026年第四季度');
    expect(periodLabel(TOTAL)).toBe(TOTAL);
  });

  it('writes a rate with its interval, or 样本不足 with no number at all', () => {
    expect(rateText(rate(0.9238))).toEqual({ main: '92.4%', low: '87.4%', high: '95.4%', suppressed: false });
    expect(rateText(rate(null))).toEqual({ main: '样本不足', low: null, high: null, suppressed: true });
  });

  it('finds counties, townships and the county of a code', () => {
    const regions: PublicRegion[] = [
      { code: '140500', name: '晋城市', level: 'CITY', parentCode: null },
      { code: '140522', name: '阳城县', level: 'COUNTY', parentCode: '140500' },
      { code: '140522100', name: '凤城镇', level: 'TOWNSHIP', parentCode: '140522' },
      { code: '140525100', name: '南村镇', level: 'TOWNSHIP', parentCode: '140525' },
    ];
    expect(townshipsOf(regions, '140522').map((r) => r.name)).toEqual(['凤城镇']);
    expect(townshipsOf(regions, null)).toEqual([]);
    expect(countyOf(regions, '140522100')).toBe('140522');
    expect(countyOf(regions, '140522')).toBe('140522');
    expect(countyOf(regions, '140500')).toBeNull();
    expect(countyOf(regions, null)).toBeNull();
  });
});
