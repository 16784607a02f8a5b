/**
 * A monthly rate with its Wilson 95 % band (按时办结率, 满意率) → an ECharts line option. Months
 * without data, or suppressed below the indicator's minimum sample (样本不足, DB1405 8.1), are gaps:
 * never drawn as 0. Pure (no echarts runtime, no DOM), unit-tested in node.
 */
import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { IndicatorRow } from '../api/indicator-types';
import { formatCount } from '../format';
import { hoveredIndex, pct, TEXT_STYLE, titleBlock, tooltipHead, tooltipLine } from './chart-common';
import { COLORS } from './theme';

export type TrendOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption | MarkLineComponentOption | LegendComponentOption
>;

export interface TrendPoint {
  period: string;
  /** Percentages (0-100, 1 decimal); null = a gap. */
  value: number | null;
  low: number | null;
  high: number | null;
  numerator: number;
  denominator: number;
  suppressed: boolean;
}

/** One point per month of the period, from the rows the API returned (months without rows are gaps). */
export function trendPoints(months: readonly string[], rows: readonly IndicatorRow[]): TrendPoint[] {
  const byMonth = new Map(rows.map((r) => [r.period, r]));
  return months.map((period) => {
    const r = byMonth.get(period);
    const shown = r && !r.suppressed && r.value !== null;
    return {
      period,
      value: shown ? pct(r.value) : null,
      low: shown && r.interval ? pct(r.interval.low) : null,
      high: shown && r.interval ? pct(r.interval.high) : null,
      numerator: r?.numerator ?? 0,
      denominator: r?.denominator ?? 0,
      suppressed: !!r?.suppressed,
    };
  });
}

/** The lower end of the y axis: a round 10 below the lowest band edge (never under 0), so the band is visible. */
export function axisMin(points: readonly TrendPoint[]): number {
  const lows = points.flatMap((p) => [p.low, p.value]).filter((v): v is number => v !== null);
  if (!lows.length) return 0;
  return Math.max(0, Math.floor((Math.min(...lows) - 2) / 10) * 10);
}

export interface TrendInput {
  title: string;
  subtitle: string;
  seriesName: string;
  months: readonly string[];
  rows: readonly IndicatorRow[];
  /** The rate of the whole period (0-1), drawn as a dashed reference line. */
  overall?: number | null;
  /** What the numerator and the denominator are called in the tooltip. */
  numeratorLabel: string;
  denominatorLabel: string;
  color?: string;
}

export function tooltipHtml(points: readonly TrendPoint[], index: number, input: Pick<TrendInput, 'seriesName' | 'numeratorLabel' | 'denominatorLabel'>): string {
  const p = points[index];
  if (!p) return '';
  const head = tooltipHead(p.period);
  if (p.suppressed) return `${head}<div>样本不足（${formatCount(p.denominator)} 条），不显示比例</div>`;
  if (p.value === null) return `${head}<div>本月无数据</div>`;
  return (
    head +
    tooltipLine(input.seriesName, `${p.value.toFixed(1)}%`) +
    (p.low !== null && p.high !== null ? tooltipLine('95% 区间', `${p.low.toFixed(1)}% – ${p.high.toFixed(1)}%`) : '') +
    tooltipLine(input.numeratorLabel, formatCount(p.numerator)) +
    tooltipLine(input.denominatorLabel, formatCount(p.denominator))
  );
}

export function buildTrendOption(input: TrendInput): TrendOption {
  const points = trendPoints(input.months, input.rows);
  const color = input.color ?? COLORS.primary;
  const overall = pct(input.overall);
  // The band: an invisible lower line, and the band's height stacked on it and filled.
  const lower: LineSeriesOption = {
    type: 'line', name: '区间下限', stack: 'band', data: points.map((p) => p.low), symbol: 'none',
    lineStyle: { opacity: 0 }, silent: true, connectNulls: false, tooltip: { show: false },
  };
  const band: LineSeriesOption = {
    type: 'line', name: '95% 置信区间', stack: 'band', symbol: 'none', silent: true, connectNulls: false,
    data: points.map((p) => (p.low !== null && p.high !== null ? Math.round((p.high - p.low) * 10) / 10 : null)),
    lineStyle: { opacity: 0 }, areaStyle: { color: COLORS.primarySoft }, itemStyle: { color: COLORS.primarySoft },
  };
  const line: LineSeriesOption = {
    type: 'line', name: input.seriesName, data: points.map((p) => p.value), connectNulls: false,
    showSymbol: true, symbol: 'circle', symbolSize: 7, lineStyle: { width: 2.5, color }, itemStyle: { color },
  };
  if (overall !== null) {
    line.markLine = {
      silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: COLORS.reference, width: 1 },
      label: { position: 'end', distance: 6, color: COLORS.textMuted, fontSize: 11, lineHeight: 15, formatter: `期间整体\n${overall.toFixed(1)}%` },
      data: [{ yAxis: overall }],
    };
  }
  return {
    animationDuration: 400,
    textStyle: TEXT_STYLE,
    title: titleBlock(input.title, input.subtitle),
    // right: 76 leaves the corner to the wrapper's 导出图片 button
    legend: { top: 2, right: 76, data: [input.seriesName, '95% 置信区间'], textStyle: { color: COLORS.textMuted } },
    grid: { left: 4, right: 64, top: 72, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', confine: true, formatter: (params: unknown) => tooltipHtml(points, hoveredIndex(params), input) },
    xAxis: {
      type: 'category', data: points.map((p) => p.period), boundaryGap: false,
      axisLine: { lineStyle: { color: COLORS.axis } }, axisLabel: { color: COLORS.textMuted, hideOverlap: true },
    },
    yAxis: {
      type: 'value', min: axisMin(points), max: 100,
      axisLabel: { formatter: '{value}%', color: COLORS.textMuted }, splitLine: { lineStyle: { color: COLORS.split } },
    },
    series: [lower, band, line],
  };
}
