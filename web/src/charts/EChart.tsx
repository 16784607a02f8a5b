/**
 * The one ECharts wrapper of the app (after apache/superset's Echart.tsx): it owns init,
 * setOption, resize (ResizeObserver) and dispose; callers pass a ready option built by a pure
 * function. Only the pieces we use are registered, which keeps the bundle small.
 */
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, TitleComponent, MarkLineComponent, CanvasRenderer]);

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height?: number | string;
  /** Accessible name of the chart (the canvas itself says nothing to screen readers). */
  ariaLabel: string;
  className?: string;
  style?: CSSProperties;
}

export function EChart({ option, height = 360, ariaLabel, className, style }: EChartProps) {
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

  return (
    <div
      ref={elRef}
      className={className}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, ...style }}
    />
  );
}
