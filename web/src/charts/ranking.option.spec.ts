import type { IndicatorRow } from '../api/indicator-types';
import { barValue, buildRankingOption, MAX_BARS, rankingHeight, rankRows, valueLabel } from './ranking.option';

const r = (key: string, name: string, value: number | null, suppressed = false): IndicatorRow => ({
  period: 'total', group: { key, name, regionCode: key }, numerator: 1, denominator: 2, value, interval: null, suppressed,
});
const rows = [r('1', '城区', 0.9), r('2', '阳城县', 0.95), r('3', '泽州县', 0.9), r('4', '沁水县', null, true), r('5', '高平市', 0.8)];
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ranking', () => {
  it('ranks best first, ties share a rank, rows without a value go last unranked', () => {
    const ranked = rankRows(rows, true);
    expect(ranked.map((x) => [x.name, x.rank])).toEqual([['阳城县', 1], ['城区', 2], ['泽州县', 2], ['高平市', 4], ['沁水县', null]]);
    expect(ranked[0].regionCode).toBe('2');
  });

  it('lists the larger base first among equal values', () => {
    const small = { ...r('8', '甲站', 1), denominator: 1 };
    const big = { ...r('9', '乙站', 1), denominator: 200 };
    expect(rankRows([small, big], true).map((x) => [x.name, x.rank])).toEqual([['乙站', 1], ['甲站', 1]]);
  });

  it('ranks the lowest first when lower is better (超期件数)', () => {
    expect(rankRows(rows, false).map((x) => x.name).slice(0, 2)).toEqual(['高平市', '城区']);
  });

  it('draws rates as percentages and labels suppressed rows 样本不足', () => {
    const o = buildRankingOption({ title: 't', subtitle: 's', seriesName: '按时办结率', unit: '%', rows: rankRows(rows, true), clickable: true }) as unknown as Loose;
    expect(o.yAxis.data).toEqual(['阳城县', '城区', '泽州县', '高平市', '沁水县']);
    expect(o.yAxis.inverse).toBe(true);
    expect(o.series[0].data).toEqual([95, 90, 90, 80, null]);
    expect(o.series[0].cursor).toBe('pointer');
    expect(o.series[0].label.formatter({ dataIndex: 4 })).toBe('样本不足');
    expect(o.xAxis.max).toBe(100);
  });

  it('formats values by unit and limits the bars', () => {
    expect(barValue('件', 12)).toBe(12);
    expect(barValue('%', 0.9238)).toBe(92.4);
    expect(valueLabel('件', 1234, false)).toBe('1,234');
    expect(valueLabel('工作日', 3.456, false)).toBe('3.5 工作日');
    const many = Array.from({ length: 30 }, (_, i) => r(String(i), `站${i}`, i / 30));
    const o = buildRankingOption({ title: 't', subtitle: 's', seriesName: 'x', unit: '%', rows: rankRows(many, true), clickable: false }) as unknown as Loose;
    expect(o.series[0].data).toHaveLength(MAX_BARS);
    expect(rankingHeight(30)).toBe(rankingHeight(MAX_BARS));
  });
});
