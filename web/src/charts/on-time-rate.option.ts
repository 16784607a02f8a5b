/**
 * Rows of the on-time-rate indicator → the ECharts option of its monthly line chart.
 * Pure (no echarts runtime, no DOM), so it is unit-tested in node; EChart.tsx renders the result.
 */
import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { OnTimeRateResponse, OnTimeRateRow } from '../api/types';
import { formatCount, formatRate, ratePercent } from '../format';
import { t } from '../i18n/zh-CN';
import { COLORS, FONT_FAMILY } from './theme';

export type OnTimeRateOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | TitleComponentOption | MarkLineComponentOption
>;

/** The percentage plotted for a month; null (a gap in the line) when nothing was completed. */
export function monthValue(row: OnTimeRateRow): number | null {
  return row.completed > 0 ? ratePercent(row.rate) : null;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The tooltip text (HTML) for the month at `index`. */
export function tooltipHtml(rows: readonly OnTimeRateRow[], index: number): string {
  const row = rows[index];
  if (!row) return '';
  const head = `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.period)}</div>`;
  if (row.completed <= 0) return `${head}<div>${t.chart.tooltipNoData}</div>`;
  const line = (label: string, value: string) =>
    `<div style="display:flex;justify-content:space-between;gap:16px"><span>${label}</span><b>${value}</b></div>`;
  return (
    head +
    line(t.chart.tooltipRate, formatRate(row.rate)) +
    line(t.chart.tooltipCompleted, formatCount(row.completed)) +
    line(t.chart.tooltipOnTime, formatCount(row.onTime))
  );
}

/** Index of the hovered month in an axis-tooltip callback's params. */
function hoveredIndex(params: unknown): number {
  const first = Array.isArray(params) ? params[0] : params;
  const i = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof i === 'number' ? i : -1;
}

export function buildOnTimeRateOption(data: OnTimeRateResponse): OnTimeRateOption {
  const rows = data.rows;
  const overall = data.total.completed > 0 ? ratePercent(data.total.rate) : null;

  const series: LineSeriesOption = {
    type: 'line',
    name: t.chart.seriesName,
    data: rows.map(monthValue),
    connectNulls: false,
    showSymbol: true,
    symbol: 'circle',
    symbolSize: 7,
    lineStyle: { width: 2.5, color: COLORS.primary },
    itemStyle: { color: COLORS.primary },
    areaStyle: {
      color: {
        type: 'linear',
        x: 0,
        y: 0,
        x2: 0,
        y2: 1,
        colorStops: [
          { offset: 0, color: COLORS.primarySoft },
          { offset: 1, color: COLORS.primaryFade },
        ],
      },
    },
    emphasis: { focus: 'series' },
  };
  if (overall !== null) {
    series.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed', color: COLORS.reference, width: 1 },
      // outside the plot, in the grid's right margin: never on top of a month's point
      label: {
        position: 'end',
        distance: 6,
        color: COLORS.textMuted,
        fontSize: 11,
        lineHeight: 15,
        formatter: `${t.chart.overall}\n${overall.toFixed(1)}%`,
      },
      data: [{ yAxis: overall }],
    };
  }

  return {
    animationDuration: 500,
    textStyle: { fontFamily: FONT_FAMILY, color: COLORS.text },
    title: {
      text: t.chart.title(data.region.name),
      subtext: t.chart.subtitle(data.from, data.to),
      left: 0,
      top: 0,
      textStyle: { fontSize: 15, fontWeight: 600, color: COLORS.text, fontFamily: FONT_FAMILY },
      subtextStyle: { fontSize: 12, color: COLORS.textMuted, fontFamily: FONT_FAMILY },
    },
    grid: { left: 4, right: 64, top: 76, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'line' },
      confine: true,
      formatter: (params: unknown) => tooltipHtml(rows, hoveredIndex(params)),
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.period),
      boundaryGap: false,
      axisLine: { lineStyle: { color: COLORS.axis } },
      axisTick: { alignWithLabel: true },
      axisLabel: { color: COLORS.textMuted, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: t.chart.yAxisName,
      nameTextStyle: { color: COLORS.textMuted, align: 'left' },
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { formatter: '{value}%', color: COLORS.textMuted },
      splitLine: { lineStyle: { color: COLORS.split } },
    },
    series: [series],
  };
}
