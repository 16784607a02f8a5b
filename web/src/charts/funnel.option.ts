/**
 * The rectification funnel (DB1405 8.2: 整改 → 办结 → 按期) from the rectification statistics →
 * an ECharts funnel option. Stages keep their order (a funnel sorted by value would hide a stage
 * that is larger than the one before). Pure.
 */
import type { ComposeOption } from 'echarts/core';
import type { FunnelSeriesOption } from 'echarts/charts';
import type { TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import { formatCount } from '../format';
import { TEXT_STYLE, titleBlock, tooltipHead, tooltipLine } from './chart-common';
import { COLORS } from './theme';

export type FunnelOption = ComposeOption<FunnelSeriesOption | TitleComponentOption | TooltipComponentOption>;

export interface FunnelStage { key: string; name: string; value: number }

export interface RectificationCounts {
  opened: number;
  closed: number;
  appealUpheld: number;
  closedOnTime: number;
  open: number;
  overdueOpen: number;
}

/**
 * 生成 → 已办结 → 整改办结 (closed after re-check; an upheld appeal closes a task without one) →
 * 按期办结. The statistics give no count of tasks verified or fed back, so those stages are not drawn.
 */
export function funnelStages(s: RectificationCounts): FunnelStage[] {
  return [
    { key: 'opened', name: '生成整改任务', value: s.opened },
    { key: 'closed', name: '已办结', value: s.closed },
    { key: 'rectified', name: '整改办结（复查通过）', value: Math.max(0, s.closed - s.appealUpheld) },
    { key: 'onTime', name: '按期办结', value: s.closedOnTime },
  ];
}

const SHADES = [COLORS.primary, '#c9463d', '#dc7a71', '#eeb1aa'];

export function buildFunnelOption(stages: readonly FunnelStage[], title: string, subtitle: string): FunnelOption {
  const first = stages[0]?.value ?? 0;
  return {
    animationDuration: 300,
    textStyle: TEXT_STYLE,
    title: titleBlock(title, subtitle),
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (params: unknown) => {
        const i = (params as { dataIndex?: number }).dataIndex ?? -1;
        const st = stages[i];
        if (!st) return '';
        return tooltipHead(st.name) + tooltipLine('件数', formatCount(st.value)) +
          (first > 0 ? tooltipLine('占生成任务', `${((st.value / first) * 100).toFixed(1)}%`) : '');
      },
    },
    series: [{
      type: 'funnel', name: '整改', sort: 'none', left: '8%', right: '8%', top: 64, bottom: 8, minSize: '8%', gap: 2,
      min: 0, max: Math.max(1, first),
      label: { show: true, position: 'inside', color: '#fff', fontSize: 12, formatter: (p: { dataIndex: number }) => `${stages[p.dataIndex]?.name ?? ''} ${formatCount(stages[p.dataIndex]?.value ?? 0)}` },
      data: stages.map((st, i) => ({ name: st.name, value: st.value, itemStyle: { color: SHADES[i % SHADES.length] } })),
    }],
  };
}
