/**
 * 公开 home (DB1405 8.1.3): satisfaction by county and township per month or quarter — valid
 * ratings n, 满意率 and 差评率 with their Wilson 95 % intervals ("样本不足" below 10), the 回访
 * response rate, the trend, and the definitions next to the figures.
 */
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EChart } from '../../charts/EChart';
import { buildSatisfactionTrendOption } from '../../charts/satisfaction-trend.option';
import { retryable } from '../../components/ErrorAlert';
import { LoadError, Loading } from './PublicLayout';
import { publicApi } from './public-api';
import { pt } from './public-text';
import type { AreaSatisfaction, RateView } from './public-types';
import { StatsControls } from './StatsControls';
import { canDrill, cellAt, parseStatsQuery, periodLabel, rateText, serializeStatsQuery, shownPeriod, type StatsState } from './stats-view';
import { useLoad } from './use-load';

const LEVEL_NAME: Record<string, string> = { COUNTY: '县（市、区）', TOWNSHIP: '乡镇（街道）', CITY: '市' };

export function RateFigure({ label, rate, testId }: { label: string; rate: RateView; testId?: string }) {
  const r = rateText(rate);
  return (
    <div className={`pub-rate${r.suppressed ? ' pub-rate--withheld' : ''}`} data-testid={testId}>
      <span className="pub-rate__label">{label}</span>
      <span className="pub-rate__value">{r.main}</span>
      {r.low && r.high && <span className="pub-rate__ci">{pt.satisfaction.interval(r.low, r.high)}</span>}
    </div>
  );
}

function AreaCard({ area, period, onDrill }: { area: AreaSatisfaction; period: string; onDrill?: () => void }) {
  const c = cellAt(area, period);
  return (
    <li className="pub-card" data-area={area.code}>
      <div className="pub-card__head">
        <h3>{area.name}</h3>
        <span className="muted">{pt.satisfaction.n(c.n)}</span>
      </div>
      <div className="pub-rates">
        <RateFigure label={pt.satisfaction.rate} rate={c.satisfaction} />
        <RateFigure label={pt.satisfaction.bad} rate={c.bad} />
        <RateFigure label={pt.satisfaction.response} rate={c.survey.responseRate} />
      </div>
      {onDrill && (
        <button type="button" className="btn btn--link pub-card__drill" onClick={onDrill}>
          {pt.satisfaction.drill}
        </button>
      )}
    </li>
  );
}

export function SatisfactionPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseStatsQuery(params), [params]);
  const update = useCallback((patch: Partial<StatsState>) => setParams(serializeStatsQuery({ ...state, ...patch })), [state, setParams]);

  const [regions] = useLoad((s) => publicApi.regions(s), []);
  const [data, retry] = useLoad((s) => publicApi.satisfaction({ period: state.period, region: state.region }, s), [state.period, state.region]);

  const d = data.data;
  const shown = d ? shownPeriod(d, state.at) : null;
  const trendPoints = d?.overall.trend;
  const option = useMemo(
    () => (trendPoints
      ? buildSatisfactionTrendOption(trendPoints, {
        series: pt.satisfaction.rate,
        period: (p) => (p.includes('Q') ? p.replace('-', ' ') : `${Number(p.slice(5))}月`),
        withheld: '样本不足',
        count: pt.satisfaction.n,
      })
      : null),
    [trendPoints],
  );

  return (
    <section className="pub-section" aria-labelledby="sat-title">
      <h1 id="sat-title">{pt.satisfaction.title}</h1>
      <p className="muted pub-hint">{pt.satisfaction.hint}</p>

      <StatsControls state={state} regions={regions.data ?? []} periods={d?.periods ?? null} shown={shown} onChange={update} />

      {data.status === 'error' && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {!d && data.status === 'loading' && <Loading />}

      {d && shown && (
        <div className={data.status === 'loading' ? 'is-loading' : undefined}>
          <div className="pub-summary" data-testid="sat-summary">
            <h2>
              {d.region.name} · {periodLabel(shown)}
            </h2>
            <p className="muted">{pt.satisfaction.n(cellAt(d.overall, shown).n)}</p>
            <div className="pub-rates pub-rates--big">
              <RateFigure label={pt.satisfaction.rate} rate={cellAt(d.overall, shown).satisfaction} testId="sat-rate" />
              <RateFigure label={pt.satisfaction.bad} rate={cellAt(d.overall, shown).bad} />
              <RateFigure label={pt.satisfaction.response} rate={cellAt(d.overall, shown).survey.responseRate} />
            </div>
            <p className="muted pub-small">{pt.satisfaction.survey(cellAt(d.overall, shown).survey.reached, cellAt(d.overall, shown).survey.sampled)}</p>
          </div>

          <div className="pub-chart">
            <h2>{pt.satisfaction.trendTitle(d.region.name)}</h2>
            {option && <EChart option={option} height={240} ariaLabel={pt.satisfaction.chartLabel(d.region.name)} className="pub-chart__canvas" />}
          </div>

          {d.areas.length > 0 && d.region.level !== 'TOWNSHIP' && (
            <>
              <h2 className="pub-h2">{pt.satisfaction.areasTitle(LEVEL_NAME[d.areas[0].level] ?? '')}</h2>
              <ul className="pub-cards" data-testid="sat-areas">
                {d.areas.map((a) => (
                  <AreaCard key={a.code} area={a} period={shown} onDrill={canDrill(a) ? () => update({ region: a.code }) : undefined} />
                ))}
              </ul>
            </>
          )}

          <section className="pub-defs" aria-labelledby="sat-defs">
            <h2 id="sat-defs">{pt.satisfaction.definitions}</h2>
            <ul>
              {Object.entries(d.definitions).map(([k, v]) => (
                <li key={k}>{v}</li>
              ))}
            </ul>
            <p>
              <Link to="/public/rectifications">{pt.nav.rectifications} →</Link>
            </p>
          </section>
        </div>
      )}
    </section>
  );
}
