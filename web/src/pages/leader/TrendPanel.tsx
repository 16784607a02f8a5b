/**
 * A monthly rate with its Wilson 95 % band: 按时办结率 (compliance, DB1405 7.2.1 e) and 满意率
 * (DB1405 8.1, months under 10 evaluations withheld as 样本不足 and drawn as gaps).
 */
import { useMemo } from 'react';
import type { IndicatorParams } from '../../api/indicator-types';
import { EChart } from '../../charts/EChart';
import { buildTrendOption, trendPoints } from '../../charts/trend.option';
import { formatCount } from '../../format';
import { useIndicator } from './dashboard-data';
import { kpiParams } from './KpiCards';
import { partLabels } from './kpis';
import { Panel, XlsxButton } from './Panel';
import { monthsOf } from './url-state';

export interface TrendPanelProps {
  id: string;
  indicatorKey: string;
  title: string;
  base: IndicatorParams;
  place: string;
  periodText: string;
}

export function TrendPanel({ id, indicatorKey, title, base, place, periodText }: TrendPanelProps) {
  // The same request as the KPI card (month grain + previous period): answered once, from the cache.
  const params = kpiParams(indicatorKey, base);
  const load = useIndicator(indicatorKey, params);
  const data = load.status === 'ok' ? load.data : null;
  const months = useMemo(() => monthsOf(base.from, base.to), [base.from, base.to]);
  const labels = partLabels(indicatorKey);
  const option = useMemo(
    () => data && buildTrendOption({
      title: `${place}${data.indicator.name}`, subtitle: `${periodText}，按月统计，阴影为 95% 置信区间`,
      seriesName: data.indicator.name, months, rows: data.rows, overall: data.total.suppressed ? null : data.total.value,
      numeratorLabel: labels.numerator, denominatorLabel: labels.denominator,
    }),
    [data, months, place, periodText, labels.numerator, labels.denominator],
  );
  const points = useMemo(() => (data ? trendPoints(months, data.rows) : []), [data, months]);
  const suppressed = points.filter((p) => p.suppressed).length;
  const file = `${title}-${place}-${periodText.replace(/\s/g, '')}`;
  return (
    <Panel
      id={id}
      title={title}
      hint={data ? data.indicator.formula : undefined}
      state={load.status}
      error={load.status === 'error' ? load.error : undefined}
      onRetry={load.retry}
      actions={<XlsxButton indicatorKey={indicatorKey} params={params} fileName={file} />}
    >
      {option && (
        <figure className="chart-card dash-chart" data-chart={id}>
          <EChart option={option} height={300} ariaLabel={`${title}折线图`} exportName={file} />
        </figure>
      )}
      {suppressed > 0 && (
        <p className="muted dash-note" data-note="suppressed">
          有 {suppressed} 个月有效评价不足 10 条，显示为“样本不足”，图中为断点（DB1405 8.1）。
        </p>
      )}
      {data && (
        <details className="dash-details">
          <summary>数据表</summary>
          <table className="table" data-table={id}>
            <thead>
              <tr>
                <th scope="col">月份</th>
                <th scope="col" className="num">{data.indicator.name}</th>
                <th scope="col" className="num">95% 区间</th>
                <th scope="col" className="num">{labels.numerator}</th>
                <th scope="col" className="num">{labels.denominator}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td className="num">{p.suppressed ? '样本不足' : p.value === null ? '—' : `${p.value.toFixed(1)}%`}</td>
                  <td className="num muted">{p.low !== null && p.high !== null ? `${p.low.toFixed(1)}% – ${p.high.toFixed(1)}%` : '—'}</td>
                  <td className="num">{formatCount(p.numerator)}</td>
                  <td className="num">{formatCount(p.denominator)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </Panel>
  );
}
