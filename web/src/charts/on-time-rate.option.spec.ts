import type { OnTimeRateResponse } from '../api/types';
import { buildOnTimeRateOption, monthValue, tooltipHtml } from './on-time-rate.option';

function response(overrides: Partial<OnTimeRateResponse> = {}): OnTimeRateResponse {
  return {
    indicator: {
      key: 'on-time-rate',
      name: '按时办结率',
      unit: '%',
      formula: '按期办结件数 ÷ 办结件数（按办结月份统计；办结日期不晚于承诺办结日期即为按期）',
    },
    region: { code: '140522', name: '阳城县', level: 'COUNTY' },
    from: '2025-12',
    to: '2026-03',
    rows: [
      { period: '2025-12', completed: 1234, onTime: 1140, rate: 0.9238 },
      { period: '2026-01', completed: 0, onTime: 0, rate: null },
      { period: '2026-02', completed: 800, onTime: 800, rate: 1 },
      { period: '2026-03', completed: 3, onTime: 1, rate: 1 / 3 },
    ],
    total: { completed: 2037, onTime: 1941, rate: 1941 / 2037 },
    ...overrides,
  };
}

// The option is a plain object; read it through loose types to assert on concrete values.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const build = (r: OnTimeRateResponse) => buildOnTimeRateOption(r) as unknown as Loose;

describe('buildOnTimeRateOption', () => {
  it('plots the monthly rates in percent, rounded to 1 decimal', () => {
    const o = build(response());
    expect(o.series).toHaveLength(1);
    expect(o.series[0].type).toBe('line');
    expect(o.series[0].name).toBe('按时办结率');
    expect(o.series[0].data).toEqual([92.4, null, 100, 33.3]);
  });

  it('leaves a gap (null, not 0) for months without completed cases', () => {
    const o = build(
      response({
        rows: [
          { period: '2026-01', completed: 0, onTime: 0, rate: null },
          { period: '2026-02', completed: 10, onTime: 9, rate: 0.9 },
          // defensive: a rate with zero completed cases is still a gap
          { period: '2026-03', completed: 0, onTime: 0, rate: 0 },
        ],
      }),
    );
    expect(o.series[0].data).toEqual([null, 90, null]);
    expect(o.series[0].connectNulls).toBe(false);
  });

  it('uses the YYYY-MM periods as the category x axis', () => {
    const o = build(response());
    expect(o.xAxis.type).toBe('category');
    expect(o.xAxis.data).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('has a 0-100 % y axis', () => {
    const o = build(response());
    expect(o.yAxis.type).toBe('value');
    expect(o.yAxis.min).toBe(0);
    expect(o.yAxis.max).toBe(100);
    expect(o.yAxis.axisLabel.formatter).toBe('{value}%');
  });

  it('titles the chart with the region and the period', () => {
    const o = build(response());
    expect(o.title.text).toBe('阳城县按时办结率');
    expect(o.title.subtext).toBe('2025-12 至 2026-03，按办结月份统计');
  });

  it('marks the overall rate of the period', () => {
    const o = build(response());
    expect(o.series[0].markLine.data).toEqual([{ yAxis: 95.3 }]);
    expect(o.series[0].markLine.label.formatter).toBe('期间整体\n95.3%');
  });

  it('has no overall mark when nothing was completed', () => {
    const o = build(
      response({
        rows: [{ period: '2026-01', completed: 0, onTime: 0, rate: null }],
        total: { completed: 0, onTime: 0, rate: null },
      }),
    );
    expect(o.series[0].data).toEqual([null]);
    expect(o.series[0].markLine).toBeUndefined();
  });

  it('shows completed and on-time counts in the axis tooltip', () => {
    const o = build(response());
    expect(o.tooltip.trigger).toBe('axis');
    const html: string = o.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('2025-12');
    expect(html).toContain('92.4%');
    expect(html).toContain('办结件数');
    expect(html).toContain('1,234');
    expect(html).toContain('按时办结件数');
    expect(html).toContain('1,140');
    expect(o.tooltip.formatter([{ dataIndex: 1 }])).toContain('本月无办结案件');
  });
});

describe('helpers', () => {
  it('monthValue', () => {
    expect(monthValue({ period: '2026-01', completed: 4, onTime: 3, rate: 0.75 })).toBe(75);
    expect(monthValue({ period: '2026-01', completed: 0, onTime: 0, rate: null })).toBeNull();
  });

  it('tooltipHtml escapes the period and ignores unknown indexes', () => {
    const rows = [{ period: '<b>x</b>', completed: 1, onTime: 1, rate: 1 }];
    expect(tooltipHtml(rows, 0)).not.toContain('<b>x</b>');
    expect(tooltipHtml(rows, 0)).toContain('&#60;b&#62;x');
    expect(tooltipHtml(rows, 5)).toBe('');
  });
});
