/**
 * 指标看板 for leadership (DB1405 7.2.1 e), 7.1.2, 8.1, 8.2): KPI cards with their change, the
 * compliance and satisfaction trends with their intervals, the ranking of the region's children
 * with drill-down (市 → 县 → 乡镇 → 服务站), demand by item and month, the rectification funnel and
 * the per-hop durations. Region, period and the ranking's indicator live in the URL (shareable);
 * every panel loads on its own, so one slow query never holds up the page.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { IndicatorParams } from '../../api/indicator-types';
import { getSession } from '../../auth/session';
import { MonthPicker } from '../../components/MonthPicker';
import { RegionPicker } from '../../components/RegionPicker';
import { Breadcrumb } from './Breadcrumb';
import { cached, fetchIndicatorList, useLoad, useRegionTrail } from './dashboard-data';
import { DemandPanel } from './DemandPanel';
import { crumbLabel, levelOfCode, rankingPlan } from './drill';
import { FunnelPanel } from './FunnelPanel';
import { HopsPanel } from './HopsPanel';
import { KpiCards } from './KpiCards';
import { KPI_KEYS } from './kpis';
import { RankingPanel } from './RankingPanel';
import { TrendPanel } from './TrendPanel';
import { DEFAULT_RANK, monthOf, parseDashboardQuery, periodProblem, serializeDashboardQuery, type DashboardState, type RankBy } from './url-state';
import './dashboard.css';

const RANKABLE = new Set<string>([...KPI_KEYS, 'completion-rate']);

export function DashboardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const currentMonth = monthOf(new Date());
  const state = useMemo(() => parseDashboardQuery(searchParams, new Date()), [searchParams]);
  const problem = periodProblem(state);

  // Keep the URL explicit (from/to always present) so a copied link shows the same figures later.
  useEffect(() => {
    const canonical = serializeDashboardQuery(state);
    if (canonical !== searchParams.toString()) setSearchParams(canonical, { replace: true });
  }, [state, searchParams, setSearchParams]);

  const update = useCallback(
    (patch: Partial<DashboardState>) => setSearchParams(serializeDashboardQuery({ ...state, ...patch })),
    [state, setSearchParams],
  );
  const drill = useCallback((region: string | null) => update({ region }), [update]);

  const scope = useLoad('regions/scope', () => cached('regions/scope', () => api.regionScope()));
  const root = scope.status === 'ok' ? scope.data : null;
  const trail = useRegionTrail(root, state.region);
  const outOfScope = !!(trail && state.region && trail[trail.length - 1]?.code !== state.region);

  // The level shown decides what the ranking lists; known from the code before any answer arrives.
  const code = state.region ?? getSession()?.user.regionCode ?? root?.code ?? '';
  const plan = rankingPlan(code ? levelOfCode(code) : 'CITY', state.by ?? 'item');
  const list = useLoad('indicators', fetchIndicatorList);
  const indicators = list.status === 'ok' ? list.data : [];
  const choices = indicators.filter((i) => i.dimensions.includes(plan.groupBy));
  const requested = state.rank ?? DEFAULT_RANK;
  // A shared link may name an indicator this level cannot rank by (e.g. 回访率 by item), or none at
  // all: use the default (before the list arrives, anything but the known ones).
  const known = list.status === 'ok' ? choices.some((c) => c.key === requested) : RANKABLE.has(requested);
  const rank = known ? requested : DEFAULT_RANK;

  const base: IndicatorParams = useMemo(() => ({ from: state.from, to: state.to, region: state.region }), [state.from, state.to, state.region]);
  const periodText = state.from === state.to ? state.from : `${state.from} 至 ${state.to}`;
  const place = trail && !outOfScope ? crumbLabel(trail[trail.length - 1]) : root && !state.region ? root.name : '所选区域';
  const ctx = { region: state.region, from: state.from, to: state.to };

  return (
    <main className="page dashboard">
      <section className="panel dash-head" aria-labelledby="dashboard-title">
        <header className="panel__head">
          <div>
            <h2 id="dashboard-title">指标看板</h2>
            <p className="muted" data-testid="dashboard-scope">{`${place} · ${periodText}`}</p>
          </div>
        </header>
        <Breadcrumb trail={trail} onPick={drill} />
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          {root ? (
            <RegionPicker root={root} value={state.region} onChange={drill} />
          ) : (
            <fieldset className="region-picker" aria-busy={scope.status === 'loading'}>
              <legend>区域</legend>
              <span className="muted">{scope.status === 'error' ? scope.error.message : '加载中…'}</span>
            </fieldset>
          )}
          <fieldset className="period">
            <legend>统计期间</legend>
            <div className="period__inputs">
              <MonthPicker label="起始月份" name="from" value={state.from} max={currentMonth} onChange={(month) => update({ from: month })} />
              <span className="period__sep" aria-hidden="true">至</span>
              <MonthPicker label="截止月份" name="to" value={state.to} max={currentMonth} onChange={(month) => update({ to: month })} />
            </div>
          </fieldset>
        </form>
        {problem === 'ORDER' && <div className="alert" role="alert">起始月份不能晚于截止月份</div>}
        {outOfScope && (
          <div className="alert" role="alert">
            区域不存在或不在您的管辖范围内
            <button type="button" className="btn btn--link" onClick={() => drill(null)}>查看全部区域</button>
          </div>
        )}
      </section>

      {!problem && !outOfScope && (
        <>
          <KpiCards base={base} ctx={ctx} />
          {indicators.length > 0 && (
            <details className="dash-definitions card" data-testid="definitions">
              <summary>指标说明</summary>
              <dl>
                {indicators.map((i) => (
                  <div key={i.key}>
                    <dt>{i.name}（{i.unit}）</dt>
                    <dd>{i.formula}<span className="muted">（{i.clause}）</span></dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          <div className="dash-grid">
            <RankingPanel
              base={base} plan={plan} rank={rank} by={state.by ?? 'item'} choices={choices} place={place} periodText={periodText}
              onRank={(key) => update({ rank: key })} onBy={(by: RankBy) => update({ by })} onDrill={drill}
            />
            <TrendPanel id="compliance" indicatorKey="on-time-rate" title="按时办结率趋势" base={base} place={place} periodText={periodText} />
            <TrendPanel id="satisfaction" indicatorKey="satisfaction-rate" title="满意率趋势" base={base} place={place} periodText={periodText} />
            <DemandPanel base={base} place={place} periodText={periodText} />
            <FunnelPanel region={state.region} from={state.from} to={state.to} place={place} periodText={periodText} />
            <HopsPanel base={base} place={place} periodText={periodText} />
          </div>
        </>
      )}
    </main>
  );
}
