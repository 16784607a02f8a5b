/**
 * The rectification funnel (DB1405 8.2) from the rectification statistics of the region and the
 * period (tasks by their opening date); its figures open the rectification list.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { EChart } from '../../charts/EChart';
import { buildFunnelOption, funnelStages } from '../../charts/funnel.option';
import { formatCount } from '../../format';
import { cached, useLoad } from './dashboard-data';
import { rectificationsLink } from './drill';
import { Panel } from './Panel';
import { periodDays } from './url-state';

export function FunnelPanel({ region, from, to, place, periodText }: { region: string | null; from: string; to: string; place: string; periodText: string }) {
  const days = periodDays(from, to);
  const key = `rectification-stats?${region ?? ''}&${days.from}&${days.to}`;
  const load = useLoad(key, () => cached(key, () => api.rectificationStats({ region, from: days.from, to: days.to })));
  const stats = load.status === 'ok' ? load.data : null;
  const stages = useMemo(() => (stats ? funnelStages(stats) : []), [stats]);
  const option = useMemo(() => stats && buildFunnelOption(stages, `${place}整改漏斗`, `${periodText}生成的整改任务`), [stats, stages, place, periodText]);
  const file = `整改漏斗-${place}-${periodText.replace(/\s/g, '')}`;
  return (
    <Panel
      id="funnel"
      title="整改漏斗"
      hint="差评和回访发现生成的整改任务：生成 → 办结 → 按期办结（按生成日期统计）"
      state={load.status}
      error={load.status === 'error' ? load.error : undefined}
      onRetry={load.retry}
    >
      {option && stats && stats.opened > 0 && (
        <figure className="chart-card dash-chart" data-chart="funnel">
          <EChart option={option} height={260} ariaLabel="整改漏斗图" exportName={file} />
        </figure>
      )}
      {stats && stats.opened === 0 && <p className="muted">所选区域和期间内没有生成整改任务</p>}
      {stats && (
        <dl className="dash-facts" data-facts="funnel">
          <div><dt>生成</dt><dd><Link to={rectificationsLink('all')}>{formatCount(stats.opened)}</Link></dd></div>
          <div><dt>已办结</dt><dd><Link to={rectificationsLink('closed')} data-drill="rectification-closed">{formatCount(stats.closed)}</Link></dd></div>
          <div><dt>按期办结</dt><dd>{formatCount(stats.closedOnTime)}</dd></div>
          <div><dt>在办</dt><dd>{formatCount(stats.open)}</dd></div>
          <div><dt>逾期未办结</dt><dd><Link to={rectificationsLink('overdue')} data-drill="rectification-overdue">{formatCount(stats.overdueOpen)}</Link></dd></div>
        </dl>
      )}
    </Panel>
  );
}
