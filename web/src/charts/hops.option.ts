/**
 * Average duration of each hop of cross-level cases (DB1405 7.2.3: 收件确认 → 审核 → 签批 → 盖章 →
 * 出证 → 回传) → a bar option, in hours. Pure.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { IndicatorRow } from '../api/indicator-types';
import { formatCount } from '../format';
import { hoveredIndex, TEXT_STYLE, titleBlock, tooltipHead, tooltipLine } from './chart-common';
import { COLORS } from './theme';

export type HopsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption>;

export interface Hop { step: string; hours: number | null; count: number }

/** The steps in their order ('1 收件确认' sorts first), without the ordering number. */
export function hops(rows: readonly IndicatorRow[]): Hop[] {
  return [...rows]
    .filter((r) => r.group)
    .sort((a, b) => a.group!.key.localeCompare(b.group!.key))
    .map((r) => ({ step: r.group!.name.replace(/^\d+\s*/, ''), hours: r.value === null ? null : Math.round(r.value * 10) / 10, count: r.denominator }));
}

export function buildHopsOption(list: readonly Hop[], title: string, subtitle: string): HopsOption {
  return {
    animationDuration: 300,
    textStyle: TEXT_STYLE,
    title: titleBlock(title, subtitle),
    grid: { left: 4, right: 8, top: 64, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis', confine: true,
      formatter: (params: unknown) => {
        const h = list[hoveredIndex(params)];
        if (!h) return '';
        return tooltipHead(h.step) + tooltipLine('平均耗时', h.hours === null ? '—' : `${h.hours.toFixed(1)} 小时`) + tooltipLine('已完成环节数', formatCount(h.count));
      },
    },
    xAxis: { type: 'category', data: list.map((h) => h.step), axisLabel: { color: COLORS.text } },
    yAxis: { type: 'value', name: '小时', nameTextStyle: { color: COLORS.textMuted }, axisLabel: { color: COLORS.textMuted }, splitLine: { lineStyle: { color: COLORS.split } } },
    series: [{
      type: 'bar', name: '平均耗时（小时）', barMaxWidth: 36, data: list.map((h) => h.hours),
      itemStyle: { color: COLORS.primary, borderRadius: [3, 3, 0, 0] },
      label: { show: true, position: 'top', color: COLORS.textMuted, fontSize: 11, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(1) : '') },
    }],
  };
}
