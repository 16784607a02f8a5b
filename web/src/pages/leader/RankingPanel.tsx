/**
 * The ranking of the region's children (counties, townships, stations) by a chosen indicator, as a
 * bar chart and a table. Clicking a bar or a name drills down one level; the numbers of a row open
 * the cases behind them.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { IndicatorInfo, IndicatorParams } from '../../api/indicator-types';
import { EChart, type ChartEvent } from '../../charts/EChart';
import { buildRankingOption, rankingHeight, rankRows, valueLabel, type RankedRow } from '../../charts/ranking.option';
import { formatCount } from '../../format';
import { useIndicator } from './dashboard-data';
import { casesLink, type DrillPart, type RankingPlan } from './drill';
import { partLabels } from './kpis';
import { Panel, XlsxButton } from './Panel';
import type { RankBy } from './url-state';

export interface RankingPanelProps {
  base: IndicatorParams;
  plan: RankingPlan;
  rank: string;
  by: RankBy;
  /** Indicators offered for ranking (those with the plan's dimension). */
  choices: IndicatorInfo[];
  place: string;
  periodText: string;
  onRank: (key: string) => void;
  onBy: (by: RankBy) => void;
  onDrill: (regionCode: string) => void;
}

function Num({ value, href, drill }: { value: number; href: string | null; drill: string }) {
  const text = formatCount(value);
  return href ? <Link to={href} data-drill={drill}>{text}</Link> : <>{text}</>;
}

export function RankingPanel(p: RankingPanelProps) {
  const params: IndicatorParams = { ...p.base, grain: 'total', groupBy: p.plan.groupBy };
  const load = useIndicator(p.rank, params);
  const data = load.status === 'ok' ? load.data : null;
  const rows = useMemo(() => (data ? rankRows(data.rows, data.indicator.higherIsBetter) : []), [data]);
  const option = useMemo(
    () => data && buildRankingOption({
      title: `${data.indicator.name}排名`, subtitle: `${p.place}各${p.plan.label} · ${p.periodText}`,
      seriesName: data.indicator.name, unit: data.indicator.unit, rows, clickable: p.plan.drillable,
    }),
    [data, rows, p.place, p.plan, p.periodText],
  );
  const { onDrill } = p;
  const events = useMemo(
    () => ({
      click: (e: ChartEvent) => {
        const row = typeof e.dataIndex === 'number' ? rows[e.dataIndex] : undefined;
        if (p.plan.drillable && row?.regionCode) onDrill(row.regionCode);
      },
    }),
    [rows, p.plan.drillable, onDrill],
  );
  const ind = data?.indicator;
  const labels = partLabels(p.rank);
  const ratio = ind?.unit === '%';
  const count = ind?.unit === '件';
  const ctx = (r: RankedRow) => ({ region: p.base.region ?? null, from: p.base.from, to: p.base.to, group: { key: r.key, name: r.name, regionCode: r.regionCode }, groupBy: p.plan.groupBy });
  const link = (r: RankedRow, part: DrillPart) => casesLink(p.rank, part, ctx(r));
  const title = `${ind?.name ?? '指标'}排名`;
  const file = `${title}-${p.place}-${p.periodText.replace(/\s/g, '')}`;

  const controls = (
    <div className="dash-controls">
      <label className="field field--inline">
        <span className="field__label">排名指标</span>
        <select aria-label="排名指标" value={p.rank} onChange={(e) => p.onRank(e.target.value)}>
          {(p.choices.length ? p.choices : [{ key: p.rank, name: ind?.name ?? p.rank } as IndicatorInfo]).map((c) => (
            <option key={c.key} value={c.key}>{c.name}</option>
          ))}
        </select>
      </label>
      {p.plan.groupBy !== 'region' && (
        <label className="field field--inline">
          <span className="field__label">排名对象</span>
          <select aria-label="排名对象" value={p.by} onChange={(e) => p.onBy(e.target.value === 'agent' ? 'agent' : 'item')}>
            <option value="item">事项</option>
            <option value="agent">代办员</option>
          </select>
        </label>
      )}
    </div>
  );

  return (
    <Panel
      id="ranking"
      title={`${p.plan.label}排名`}
      hint={<>{controls}{p.plan.drillable ? <span>点击名称或柱条查看下一级</span> : <span>服务站内按{p.plan.label}排名</span>}</>}
      state={load.status}
      error={load.status === 'error' ? load.error : undefined}
      onRetry={load.retry}
      wide
      skeletonHeight={rankingHeight(8)}
      actions={<XlsxButton indicatorKey={p.rank} params={params} fileName={file} />}
    >
      {option && rows.length > 0 && (
        <figure className="chart-card dash-chart" data-chart="ranking">
          <EChart option={option} height={rankingHeight(rows.length)} ariaLabel={`${title}条形图`} onEvents={events} exportName={file} />
        </figure>
      )}
      {rows.length === 0 && <p className="muted">所选区域和期间内没有数据</p>}
      {rows.length > 0 && ind && (
        <div className="table-card dash-table">
          <table className="table" data-table="ranking">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">排名</th>
                <th scope="col">{p.plan.label}</th>
                <th scope="col" className="num">{ind.name}</th>
                {!count && <th scope="col" className="num">{labels.numerator}</th>}
                <th scope="col" className="num">{count ? '件数' : labels.denominator}</th>
                {p.rank === 'on-time-rate' && <th scope="col" className="num">超期办结</th>}
                {ratio && <th scope="col" className="num">95% 区间</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-key={r.key}>
                  <td className="num">{r.rank ?? '—'}</td>
                  <th scope="row">
                    {p.plan.drillable && r.regionCode ? (
                      <button type="button" className="btn btn--link dash-drill" onClick={() => onDrill(r.regionCode!)}>
                        {r.name}
                      </button>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td className="num" data-col="value">{valueLabel(ind.unit, r.value, r.suppressed)}</td>
                  {!count && <td className="num"><Num value={r.numerator} href={link(r, 'numerator')} drill="numerator" /></td>}
                  <td className="num">
                    <Num value={count ? r.numerator : r.denominator} href={link(r, count ? 'value' : 'denominator')} drill={count ? 'value' : 'denominator'} />
                  </td>
                  {p.rank === 'on-time-rate' && <td className="num"><Num value={r.denominator - r.numerator} href={link(r, 'late')} drill="late" /></td>}
                  {ratio && <td className="num muted">{r.interval ? `${(r.interval.low * 100).toFixed(1)}% – ${(r.interval.high * 100).toFixed(1)}%` : '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
