import { buildSatisfactionTrendOption, trendSeries, trendTooltip, yMin, type TrendLabels, type TrendPoint } from './satisfaction-trend.option';

const p = (period: string, n: number, rate: number | null, low = 0, high = 0): TrendPoint => ({
  period, n, satisfaction: rate === null ? { suppressed: true, rate: null, low: null, high: null } : { suppressed: false, rate, low, high },
});
const labels: TrendLabels = { series: '满意率', period: (x) => `${Number(x.slice(5))}月`, withheld: '样本不足', count: (n) => `有效评价 ${n} 条` };
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('satisfaction trend option (DB1405 8.1.3)', () => {
  const points = [p('2026-01', 40, 0.95, 0.8315, 0.9862), p('2026-02', 3, null), p('2026-03', 120, 0.9, 0.8336, 0.9422)];

  it('plots the rate in percent, with a gap for a withheld period', () => {
    expect(trendSeries(points).rate).toEqual([95, null, 90]);
  });

  it('draws the Wilson interval as a band stacked on its lower bound', () => {
    const s = trendSeries(points);
    expect(s.low).toEqual([83.2, null, 83.4]);
    expect(s.band).toEqual([15.4, null, 10.8]);
    const o = buildSatisfactionTrendOption(points, labels) as unknown as Loose;
    expect(o.series.map((x: Loose) => x.stack ?? null)).toEqual(['ci', 'ci', null]);
    expect(o.series[1].areaStyle).toBeDefined();
    expect(o.series[2].name).toBe('满意率');
    expect(o.series.every((x: Loose) => x.connectNulls === false)).toBe(true);
    expect(o.xAxis.data).toEqual(['1月', '2月', '3月']);
  });

  it('keeps the y axis low enough for the band, in steps of ten, never below 0', () => {
    expect(yMin(points)).toBe(70);
    expect(yMin([p('2026-01', 20, 0.2, 0.02, 0.4)])).toBe(0);
    expect(yMin([p('2026-01', 2, null)])).toBe(0);
  });

  it('says 样本不足 in the tooltip of a withheld period, and the interval otherwise', () => {
    expect(trendTooltip(points, 1, labels)).toContain('样本不足（有效评价 3 条）');
    expect(trendTooltip(points, 0, labels)).toContain('95.0%');
    expect(trendTooltip(points, 0, labels)).toContain('83.2%–98.6%');
    expect(trendTooltip(points, 9, labels)).toBe('');
  });
});
