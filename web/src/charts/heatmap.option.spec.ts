import type { IndicatorRow } from '../api/indicator-types';
import { buildHeatmapOption, demandMatrix } from './heatmap.option';

const r = (period: string, key: string, name: string, n: number): IndicatorRow => ({ period, group: { key, name }, numerator: n, denominator: 0, value: n, interval: null, suppressed: false });
const months = ['2026-01', '2026-02'];
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('demand heatmap', () => {
  const cases = [r('2026-01', '7', '社保卡', 10), r('2026-02', '7', '社保卡', 5), r('2026-01', '9', '户口迁移', 3), r('2025-12', '9', '户口迁移', 99)];
  const consultations = [r('2026-02', '9', '户口迁移', 20), r('2026-01', '0', '0', 50), r('2026-01', '11', '低保', 1)];

  it('adds cases and consultations per item and month, most demanded item first', () => {
    const m = demandMatrix(months, cases, consultations);
    expect(m.items.map((i) => [i.name, i.cases, i.consultations, i.total])).toEqual([['户口迁移', 3, 20, 23], ['社保卡', 15, 0, 15], ['低保', 0, 1, 1]]);
    expect(m.cells).toEqual([[0, 0, 3], [1, 0, 20], [0, 1, 10], [1, 1, 5], [0, 2, 1]]);
    expect(m.max).toBe(20);
  });

  it('leaves out off-catalogue demand (item 0) and months outside the period', () => {
    const m = demandMatrix(months, cases, consultations);
    expect(m.items.some((i) => i.key === '0')).toBe(false);
    expect(m.cells.every(([x]) => x < 2)).toBe(true);
  });

  it('keeps the top items only', () => {
    expect(demandMatrix(months, cases, consultations, 2).items).toHaveLength(2);
  });

  it('builds a heatmap with items down and months across', () => {
    const o = buildHeatmapOption(demandMatrix(months, cases, consultations), '需求热力图', 's') as unknown as Loose;
    expect(o.xAxis.data).toEqual(months);
    expect(o.yAxis.data).toEqual(['户口迁移', '社保卡', '低保']);
    expect(o.visualMap.max).toBe(20);
    expect(o.series[0].type).toBe('heatmap');
    const tip = o.tooltip.formatter({ value: [1, 0, 20] });
    expect(tip).toContain('户口迁移 · 2026-02');
    expect(tip).toContain('咨询');
  });
});
