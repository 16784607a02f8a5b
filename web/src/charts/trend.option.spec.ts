import type { IndicatorRow } from '../api/indicator-types';
import { axisMin, buildTrendOption, tooltipHtml, trendPoints } from './trend.option';

const row = (period: string, numerator: number, denominator: number, value: number | null, interval: [number, number] | null, suppressed = false): IndicatorRow =>
  ({ period, group: null, numerator, denominator, value, interval: interval && { low: interval[0], high: interval[1] }, suppressed });

const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
const rows = [
  row('2026-01', 92, 100, 0.92, [0.8502, 0.9589]),
  // 样本不足: the server withheld the rate
  row('2026-02', 4, 5, null, null, true),
  row('2026-04', 45, 50, 0.9, [0.7864, 0.9565]),
];
const labels = { seriesName: '满意率', numeratorLabel: '满意评价', denominatorLabel: '有效评价' };
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const build = () => buildTrendOption({ ...labels, title: '阳城县满意率', subtitle: '2026-01 至 2026-04', months, rows, overall: 0.9133 }) as unknown as Loose;

describe('trend with its Wilson band', () => {
  it('has one point per month; suppressed and empty months are gaps, never 0', () => {
    const p = trendPoints(months, rows);
    expect(p.map((x) => x.value)).toEqual([92, null, null, 90]);
    expect(p.map((x) => x.suppressed)).toEqual([false, true, false, false]);
    expect(p[0]).toMatchObject({ low: 85, high: 95.9, numerator: 92, denominator: 100 });
  });

  it('draws the band as a stacked lower edge plus the band height, with the same gaps', () => {
    const o = build();
    const [lower, band, line] = o.series;
    expect(lower.stack).toBe('band');
    expect(band.stack).toBe('band');
    expect(lower.data).toEqual([85, null, null, 78.6]);
    expect(band.data).toEqual([10.9, null, null, 17.1]); // 78.6 + 17.1 = 95.7, the upper edge
    expect(band.areaStyle).toBeDefined();
    expect(line.data).toEqual([92, null, null, 90]);
    expect(line.connectNulls).toBe(false);
    expect(line.markLine.data).toEqual([{ yAxis: 91.3 }]);
  });

  it('starts the y axis low enough to show the band', () => {
    expect(axisMin(trendPoints(months, rows))).toBe(70);
    expect(axisMin([])).toBe(0);
    expect(build().yAxis.max).toBe(100);
  });

  it('explains a suppressed month in the tooltip', () => {
    const p = trendPoints(months, rows);
    expect(tooltipHtml(p, 1, labels)).toContain('样本不足（5 条）');
    expect(tooltipHtml(p, 2, labels)).toContain('本月无数据');
    const ok = tooltipHtml(p, 0, labels);
    expect(ok).toContain('92.0%');
    expect(ok).toContain('85.0% – 95.9%');
    expect(ok).toContain('有效评价');
    expect(tooltipHtml(p, 9, labels)).toBe('');
  });
});
