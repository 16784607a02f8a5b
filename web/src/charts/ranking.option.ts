/**
 * A ranking of regions (or items, agents) by one indicator → a horizontal bar option, best at the
 * top. "Best" follows the indicator: a higher 按时办结率 ranks first, fewer 超期件数 rank first.
 * Suppressed rows (样本不足) and rows with nothing to divide have no rank and no bar. Pure.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { IndicatorRow, Interval } from '../api/indicator-types';
import { formatCount } from '../format';
import { hoveredIndex, pct, TEXT_STYLE, titleBlock, tooltipHead, tooltipLine } from './chart-common';
import { COLORS } from './theme';

export type RankingOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption>;

export interface RankedRow {
  rank: number | null;
  key: string;
  name: string;
  regionCode?: string;
  value: number | null;
  numerator: number;
  denominator: number;
  interval: Interval | null;
  suppressed: boolean;
}

/** Sorted best first; equal values share a rank (1, 2, 2, 4), the larger base listed first; rows without a value go last, unranked. */
export function rankRows(rows: readonly IndicatorRow[], higherIsBetter: boolean | null): RankedRow[] {
  const desc = higherIsBetter !== false;
  const out: RankedRow[] = rows.map((r) => ({
    rank: null, key: r.group?.key ?? '', name: r.group?.name ?? '全部', regionCode: r.group?.regionCode,
    value: r.suppressed ? null : r.value, numerator: r.numerator, denominator: r.denominator, interval: r.interval, suppressed: r.suppressed,
  }));
  out.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.name.localeCompare(b.name, 'zh-CN') : 1) : -1;
    if (a.value !== b.value) return desc ? b.value - a.value : a.value - b.value;
    // Equal values: the larger base first (100 % of 200 cases before 100 % of 1).
    return b.denominator - a.denominator || a.name.localeCompare(b.name, 'zh-CN');
  });
  out.forEach((r, i) => {
    if (r.value === null) return;
    const prev = out[i - 1];
    r.rank = prev && prev.value === r.value ? prev.rank : i + 1;
  });
  return out;
}

/** A bar's length: a rate in percent, anything else as it is. */
export function barValue(unit: string, v: number | null): number | null {
  if (v === null) return null;
  return unit === '%' ? pct(v) : Math.round(v * 100) / 100;
}

export function valueLabel(unit: string, v: number | null, suppressed: boolean): string {
  if (suppressed) return '样本不足';
  if (v === null) return '—';
  if (unit === '%') return `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
  if (unit === '件') return formatCount(v);
  return `${v.toFixed(1)} ${unit}`;
}

/** Height of the chart for n bars (readable labels, not a wall of bars). */
export function rankingHeight(n: number): number {
  return Math.max(180, 64 + Math.min(n, MAX_BARS) * 26);
}

export const MAX_BARS = 20;

export interface RankingInput {
  title: string;
  subtitle: string;
  seriesName: string;
  unit: string;
  rows: readonly RankedRow[];
  /** Rows can be clicked (drill-down): the cursor says so. */
  clickable: boolean;
}

export function buildRankingOption(input: RankingInput): RankingOption {
  const rows = input.rows.slice(0, MAX_BARS);
  const ratio = input.unit === '%';
  return {
    animationDuration: 300,
    textStyle: TEXT_STYLE,
    title: titleBlock(input.title, input.subtitle),
    grid: { left: 4, right: 72, top: 56, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (params: unknown) => {
        const r = rows[hoveredIndex(params)];
        if (!r) return '';
        return tooltipHead(r.name) + tooltipLine(input.seriesName, valueLabel(input.unit, r.value, r.suppressed)) +
          (r.rank ? tooltipLine('排名', `第 ${r.rank} 名`) : '') +
          (ratio ? tooltipLine('分子 / 分母', `${formatCount(r.numerator)} / ${formatCount(r.denominator)}`) : '');
      },
    },
    xAxis: {
      type: 'value', ...(ratio ? { max: 100, axisLabel: { formatter: '{value}%', color: COLORS.textMuted } } : { axisLabel: { color: COLORS.textMuted } }),
      splitLine: { lineStyle: { color: COLORS.split } },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.name),
      axisLabel: { color: COLORS.text, width: 140, overflow: 'truncate' }, axisLine: { lineStyle: { color: COLORS.axis } },
    },
    series: [{
      type: 'bar', name: input.seriesName, barMaxWidth: 18, cursor: input.clickable ? 'pointer' : 'default',
      data: rows.map((r) => barValue(input.unit, r.value)),
      itemStyle: { color: COLORS.primary, borderRadius: [0, 3, 3, 0] },
      label: {
        show: true, position: 'right', color: COLORS.textMuted, fontSize: 11,
        formatter: (p: { dataIndex: number }) => { const r = rows[p.dataIndex]; return r ? valueLabel(input.unit, r.value, r.suppressed) : ''; },
      },
    }],
  };
}
