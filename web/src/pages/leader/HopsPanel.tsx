/** Per-hop durations of cross-level cases (DB1405 7.2.3), in hours. */
import { useMemo } from 'react';
import type { IndicatorParams } from '../../api/indicator-types';
import { EChart } from '../../charts/EChart';
import { buildHopsOption, hops } from '../../charts/hops.option';
import { formatCount } from '../../format';
import { useIndicator } from './dashboard-data';
import { Panel, XlsxButton } from './Panel';

export function HopsPanel({ base, place, periodText }: { base: IndicatorParams; place: string; periodText: string }) {
  const params: IndicatorParams = { ...base, grain: 'total', groupBy: 'step' };
  const load = useIndicator('hop-duration', params);
  const data = load.status === 'ok' ? load.data : null;
  const list = useMemo(() => (data ? hops(data.rows) : []), [data]);
  const option = useMemo(() => data && buildHopsOption(list, `${place}跨层级各环节平均耗时`, `${periodText}，按上报日期统计`), [data, list, place, periodText]);
  const file = `跨层级各环节时长-${place}-${periodText.replace(/\s/g, '')}`;
  return (
    <Panel
      id="hops"
      title="跨层级各环节时长"
      hint={data?.indicator.formula}
      state={load.status}
      error={load.status === 'error' ? load.error : undefined}
      onRetry={load.retry}
      actions={<XlsxButton indicatorKey="hop-duration" params={params} fileName={file} />}
    >
      {list.length === 0 && <p className="muted">所选区域和期间内没有上报件</p>}
      {option && list.length > 0 && (
        <figure className="chart-card dash-chart" data-chart="hops">
          <EChart option={option} height={260} ariaLabel="跨层级各环节平均耗时柱状图" exportName={file} />
        </figure>
      )}
      {list.length > 0 && (
        <details className="dash-details">
          <summary>数据表</summary>
          <table className="table" data-table="hops">
            <thead><tr><th scope="col">环节</th><th scope="col" className="num">平均耗时（小时）</th><th scope="col" className="num">已完成环节数</th></tr></thead>
            <tbody>
              {list.map((h) => (
                <tr key={h.step}><th scope="row">{h.step}</th><td className="num">{h.hours === null ? '—' : h.hours.toFixed(1)}</td><td className="num">{formatCount(h.count)}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </Panel>
  );
}
