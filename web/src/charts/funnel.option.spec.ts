import { buildFunnelOption, funnelStages } from './funnel.option';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const stats = { opened: 40, closed: 30, appealUpheld: 2, closedOnTime: 25, open: 10, overdueOpen: 3 };

describe('rectification funnel', () => {
  it('goes 生成 → 已办结 → 整改办结 → 按期办结 (an upheld appeal closes without a re-check)', () => {
    expect(funnelStages(stats).map((s) => [s.key, s.value])).toEqual([['opened', 40], ['closed', 30], ['rectified', 28], ['onTime', 25]]);
  });

  it('keeps the stage order and scales to the first stage', () => {
    const o = buildFunnelOption(funnelStages(stats), '整改漏斗', 's') as unknown as Loose;
    expect(o.series[0].sort).toBe('none');
    expect(o.series[0].max).toBe(40);
    expect(o.series[0].data.map((d: { name: string }) => d.name)).toEqual(['生成整改任务', '已办结', '整改办结（复查通过）', '按期办结']);
    expect(o.tooltip.formatter({ dataIndex: 3 })).toContain('62.5%');
  });
});
