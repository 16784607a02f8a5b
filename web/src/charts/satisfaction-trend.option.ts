/**
 * Public satisfaction trend (DB1405 8.1.3) → the ECharts option of its line chart: the 满意率 per
 * period with its Wilson 95 % interval as a shaded band. A period whose rate is withheld
 * ("样本不足", fewer than 10 ratings) is a gap, never a point. Pure: unit-tested in node.
 */
import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import { ratePercent } from '../format';
import { COLORS, FONT_FAMILY } from './theme';

export type SatisfactionTrendOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

/** What one period of the trend carries (a subset of the public API's cell). */
export interface TrendPoint {
  period: string;
  n: number;
  satisfaction: { suppressed: boolean; rate: number | null; low: number | null; high: number | null };
}

export interface TrendLabels {
  series: string;
  /** x-axis label of a period ('2026-03' → '3月'). */
  period(p: string): string;
  withheld: string;
  count(n: number): string;
}

const shown = (p: TrendPoint) => !p.satisfaction.suppressed && p.satisfaction.rate !== null;

/** The plotted percentages: rate, band bottom, band height; null where withheld. */
export function trendSeries(points: readonly TrendPoint[]) {
  return {
    rate: points.map((p) => (shown(p) ? ratePercent(p.satisfaction.rate) : null)),
    low: points.map((p) => (shown(p) ? ratePercent(p.satisfaction.low) : null)),
    band: points.map((p) => {
      if (!shown(p)) return null;
      const lo = ratePercent(p.satisfaction.low)!;
      const hi = ratePercent(p.satisfaction.high)!;
      return Math.round((hi - lo) * 10) / 10;
    }),
  };
}

/** A y-axis floor that keeps the band readable: 10-point steps below the lowest bound, never under 0. */
export function yMin(points: readonly TrendPoint[]): number {
  const lows = points.filter(shown).map((p) => ratePercent(p.satisfaction.low)!);
  if (!lows.length) return 0;
  return Math.max(0, Math.floor((Math.min(...lows) - 5) / 10) * 10);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function trendTooltip(points: readonly TrendPoint[], index: number, labels: TrendLabels): string {
  const p = points[index];
  if (!p) return '';
  const head = `<div style="font-weight:600">${escapeHtml(p.period)}</div>`;
  if (!shown(p)) return `${head}<div>${escapeHtml(labels.withheld)}（${escapeHtml(labels.count(p.n))}）</div>`;
  const pct = (v: number | null) => `${ratePercent(v)!.toFixed(1)}%`;
  return `${head}<div>${escapeHtml(labels.series)} <b>${pct(p.satisfaction.rate)}</b></div>`
    + `<div>95%：${pct(p.satisfaction.low)}–${pct(p.satisfaction.high)}</div><div>${escapeHtml(labels.count(p.n))}</div>`;
}

export function buildSatisfactionTrendOption(points: readonly TrendPoint[], labels: TrendLabels): SatisfactionTrendOption {
  const s = trendSeries(points);
  const hovered = (params: unknown) => {
    const first = Array.isArray(params) ? params[0] : params;
    const i = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
    return typeof i === 'number' ? i : -1;
  };
  return {
    animationDuration: 400,
    textStyle: { fontFamily: FONT_FAMILY, color: COLORS.text },
    grid: { left: 4, right: 12, top: 16, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', confine: true, formatter: (params: unknown) => trendTooltip(points, hovered(params), labels) },
    xAxis: {
      type: 'category',
      data: points.map((p) => labels.period(p.period)),
      boundaryGap: false,
      axisLine: { lineStyle: { color: COLORS.axis } },
      axisLabel: { color: COLORS.textMuted, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      min: yMin(points),
      max: 100,
      axisLabel: { formatter: '{value}%', color: COLORS.textMuted },
      splitLine: { lineStyle: { color: COLORS.split } },
    },
    series: [
      // the band: an invisible line at the lower bound, and the interval's height stacked on it
      { type: 'line', name: 'low', data: s.low, stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, silent: true, connectNulls: false, tooltip: { show: false } },
      {
        type: 'line', name: 'band', data: s.band, stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, silent: true, connectNulls: false,
        areaStyle: { color: COLORS.primarySoft }, tooltip: { show: false },
      },
      {
        type: 'line', name: labels.series, data: s.rate, connectNulls: false, symbol: 'circle', symbolSize: 7,
        lineStyle: { width: 2.5, color: COLORS.primary }, itemStyle: { color: COLORS.primary },
      },
    ],
  };
}
