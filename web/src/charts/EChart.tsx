/**
 * The one ECharts wrapper of the app (after apache/superset's Echart.tsx): it owns init,
 * setOption, resize (ResizeObserver) and dispose; callers pass a ready option built by a pure
 * function. Only the pieces we use are registered, which keeps the bundle small.
 */
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { BarChart, FunnelChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LegendComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, TitleComponent, MarkLineComponent, CanvasRenderer]);
// Leadership dashboard: rankings and per-hop durations (bar), demand (heatmap + visualMap),
// rectification funnel, legends of the trend bands.
echarts.use([BarChart, HeatmapChart, FunnelChart, LegendComponent, VisualMapComponent]);

/** An ECharts mouse event as handlers receive it (the fields the app reads). */
export interface ChartEvent {
  componentType?: string;
  seriesIndex?: number;
  dataIndex?: number;
  name?: string;
  value?: unknown;
  data?: unknown;
}

/** Saves what the chart shows as a PNG (white background, 2× for print) under `fileName`. */
export function downloadChartPng(chart: echarts.ECharts, fileName: string): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  const bytes = atob(url.slice(url.indexOf(',') + 1));
  const buf = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) buf[i] = bytes.charCodeAt(i);
  const href = URL.createObjectURL(new Blob([buf], { type: 'image/png' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height?: number | string;
  /** Accessible name of the chart (the canvas itself says nothing to screen readers). */
  ariaLabel: string;
  className?: string;
  style?: CSSProperties;
  /** Mouse events of the chart, e.g. { click: (e) => … } (bound for the lifetime of the handlers). */
  onEvents?: Record<string, (e: ChartEvent) => void>;
  /** When given, a small 导出图片 button saves the chart as `<exportName>.png`. */
  exportName?: string;
}

export function EChart({ option, height = 360, ariaLabel, className, style, onEvents, exportName }: EChartProps) {
  const elRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const versionRef = useRef(0);

  // init / dispose (layout effects: the chart is drawn from the same commit as the data around it)
  useLayoutEffect(() => {
    const el = elRef.current;
    if (!el) return;
    // 'ZH' ships inside echarts/core (registered by default), no separate i18n import needed.
    const chart = echarts.init(el, null, { renderer: 'canvas', locale: 'ZH' });
    chartRef.current = chart;
    // Mark when the latest option has finished rendering (used by the browser tests and
    // harmless otherwise): data-option-version = options set, data-rendered-version = drawn.
    chart.on('finished', () => {
      el.dataset.renderedVersion = String(versionRef.current);
    });
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => chart.resize());
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  // option updates
  useLayoutEffect(() => {
    const chart = chartRef.current;
    const el = elRef.current;
    if (!chart || !el) return;
    versionRef.current += 1;
    el.dataset.optionVersion = String(versionRef.current);
    chart.setOption(option, { notMerge: true, lazyUpdate: false });
  }, [option]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !onEvents) return;
    const bound = Object.entries(onEvents);
    for (const [name, fn] of bound) chart.on(name, fn as (e: unknown) => void);
    return () => {
      for (const [name, fn] of bound) chart.off(name, fn as (e: unknown) => void);
    };
  }, [onEvents]);

  const canvas = (
    <div
      ref={elRef}
      className={className}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, ...style }}
    />
  );
  if (!exportName) return canvas;
  return (
    <>
      <button
        type="button"
        className="chart-export"
        title={`将“${exportName}”导出为 PNG 图片`}
        onClick={() => chartRef.current && downloadChartPng(chartRef.current, exportName)}
      >
        导出图片
      </button>
      {canvas}
    </>
  );
}
