/**
 * Demand by catalogue item and month (DB1405 7.1.2: 咨询 + 办件) → an ECharts heatmap option. The
 * top items over the period are shown; consultations about matters outside the catalogue (item 0)
 * are left to the demand page, they are no item. Pure.
 */
import type { ComposeOption } from 'echarts/core';
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { IndicatorRow } from '../api/indicator-types';
import { formatCount } from '../format';
import { TEXT_STYLE, titleBlock, tooltipHead, tooltipLine } from './chart-common';
import { COLORS } from './theme';

export type HeatmapOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption | VisualMapComponentOption>;

export interface DemandItem { key: string; name: string; cases: number; consultations: number; total: number }

export interface DemandMatrix {
  months: string[];
  /** Most demanded first. */
  items: DemandItem[];
  /** [month index, item index, cases + consultations]; only non-zero cells. */
  cells: [number, number, number][];
  /** The same, split: cases and consultations per cell (for the tooltip and the table). */
  split: Map<string, { cases: number; consultations: number }>;
  max: number;
}

export const TOP_ITEMS = 15;

export function demandMatrix(months: readonly string[], cases: readonly IndicatorRow[], consultations: readonly IndicatorRow[], top = TOP_ITEMS): DemandMatrix {
  const items = new Map<string, DemandItem>();
  const split = new Map<string, { cases: number; consultations: number }>();
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const add = (rows: readonly IndicatorRow[], kind: 'cases' | 'consultations') => {
    for (const r of rows) {
      const key = r.group?.key;
      if (!key || key === '0' || !monthIndex.has(r.period)) continue;
      const item = items.get(key) ?? { key, name: r.group!.name, cases: 0, consultations: 0, total: 0 };
      item[kind] += r.numerator;
      item.total += r.numerator;
      items.set(key, item);
      const cell = split.get(`${r.period}|${key}`) ?? { cases: 0, consultations: 0 };
      cell[kind] += r.numerator;
      split.set(`${r.period}|${key}`, cell);
    }
  };
  add(cases, 'cases');
  add(consultations, 'consultations');
  const ranked = [...items.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN')).slice(0, top);
  const cells: [number, number, number][] = [];
  ranked.forEach((item, y) => {
    months.forEach((m, x) => {
      const c = split.get(`${m}|${item.key}`);
      if (c && c.cases + c.consultations > 0) cells.push([x, y, c.cases + c.consultations]);
    });
  });
  return { months: [...months], items: ranked, cells, split, max: cells.reduce((s, c) => Math.max(s, c[2]), 0) };
}

export function buildHeatmapOption(m: DemandMatrix, title: string, subtitle: string): HeatmapOption {
  return {
    animationDuration: 300,
    textStyle: TEXT_STYLE,
    title: titleBlock(title, subtitle),
    grid: { left: 4, right: 8, top: 64, bottom: 72, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      confine: true,
      formatter: (params: unknown) => {
        const v = (params as { value?: [number, number, number] }).value;
        if (!v) return '';
        const item = m.items[v[1]];
        const month = m.months[v[0]];
        const c = m.split.get(`${month}|${item?.key}`) ?? { cases: 0, consultations: 0 };
        return tooltipHead(`${item?.name ?? ''} · ${month}`) + tooltipLine('办件', formatCount(c.cases)) +
          tooltipLine('咨询', formatCount(c.consultations)) + tooltipLine('合计', formatCount(v[2]));
      },
    },
    xAxis: { type: 'category', data: m.months, splitArea: { show: true }, axisLabel: { color: COLORS.textMuted, hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: m.items.map((i) => i.name), axisLabel: { color: COLORS.text, width: 150, overflow: 'truncate' } },
    visualMap: {
      min: 0, max: Math.max(1, m.max), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
      inRange: { color: ['#fdf1f0', '#f4a79f', COLORS.primary] }, textStyle: { color: COLORS.textMuted },
    },
    series: [{ type: 'heatmap', name: '需求量', data: m.cells, emphasis: { itemStyle: { borderColor: COLORS.text, borderWidth: 1 } } }],
  };
}
