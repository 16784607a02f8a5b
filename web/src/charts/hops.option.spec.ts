import type { IndicatorRow } from '../api/indicator-types';
import { buildHopsOption, hops } from './hops.option';

const r = (name: string, value: number | null, n: number): IndicatorRow => ({ period: 'total', group: { key: name, name }, numerator: 0, denominator: n, value, interval: null, suppressed: false });
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('per-hop durations', () => {
  it('orders the hops by their number and drops it from the label', () => {
    const list = hops([r('3 签批', 30.04, 8), r('1 收件确认', 2.26, 10), r('2 审核', null, 0)]);
    expect(list).toEqual([{ step: '收件确认', hours: 2.3, count: 10 }, { step: '审核', hours: null, count: 0 }, { step: '签批', hours: 30, count: 8 }]);
  });

  it('draws hours per hop', () => {
    const o = buildHopsOption(hops([r('1 收件确认', 2.26, 10), r('2 审核', 5, 9)]), '环节时长', 's') as unknown as Loose;
    expect(o.xAxis.data).toEqual(['收件确认', '审核']);
    expect(o.series[0].data).toEqual([2.3, 5]);
    expect(o.tooltip.formatter([{ dataIndex: 1 }])).toContain('5.0 小时');
  });
});
