/** 整改进展 (DB1405 8.2, disclosed per 8.1.3): opened, closed on time, closed late, open, overdue — by county and township. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { retryable } from '../../components/ErrorAlert';
import { formatCount } from '../../format';
import { LoadError, Loading } from './PublicLayout';
import { publicApi } from './public-api';
import { pt } from './public-text';
import type { AreaRectifications, RectificationCell } from './public-types';
import { StatsControls } from './StatsControls';
import { cellAt, parseStatsQuery, periodLabel, serializeStatsQuery, TOTAL, type StatsState } from './stats-view';
import { useLoad } from './use-load';

const FIGURES: { key: keyof Omit<RectificationCell, 'period'>; label: string }[] = [
  { key: 'opened', label: pt.rectifications.opened },
  { key: 'closedOnTime', label: pt.rectifications.onTime },
  { key: 'closedLate', label: pt.rectifications.late },
  { key: 'appealUpheld', label: pt.rectifications.appealUpheld },
  { key: 'open', label: pt.rectifications.open },
  { key: 'overdue', label: pt.rectifications.overdue },
];

function Counts({ cell }: { cell: RectificationCell }) {
  return (
    <dl className="pub-counts">
      {FIGURES.map((f) => (
        <div key={f.key} className={f.key === 'overdue' && cell.overdue > 0 ? 'pub-counts--warn' : undefined}>
          <dt>{f.label}</dt>
          <dd data-figure={f.key}>{formatCount(cell[f.key])}</dd>
        </div>
      ))}
    </dl>
  );
}

function AreaCard({ area, period, onDrill }: { area: AreaRectifications; period: string; onDrill?: () => void }) {
  return (
    <li className="pub-card" data-area={area.code}>
      <div className="pub-card__head">
        <h3>{area.name}</h3>
      </div>
      <Counts cell={cellAt(area, period)} />
      {onDrill && (
        <button type="button" className="btn btn--link pub-card__drill" onClick={onDrill}>
          {pt.satisfaction.drill}
        </button>
      )}
    </li>
  );
}

export function RectificationsPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseStatsQuery(params), [params]);
  const update = useCallback((patch: Partial<StatsState>) => setParams(serializeStatsQuery({ ...state, ...patch })), [state, setParams]);
  const [regions] = useLoad((s) => publicApi.regions(s), []);
  const [data, retry] = useLoad((s) => publicApi.rectifications({ period: state.period, region: state.region }, s), [state.period, state.region]);
  const d = data.data;
  // whole range by default: rectifications are few, a single month is mostly zeros
  const shown = d ? (state.at && (state.at === TOTAL || d.periods.includes(state.at)) ? state.at : TOTAL) : null;

  return (
    <section className="pub-section" aria-labelledby="rect-title">
      <h1 id="rect-title">{pt.rectifications.title}</h1>
      <p className="muted pub-hint">{pt.rectifications.hint}</p>
      <StatsControls state={state} regions={regions.data ?? []} periods={d?.periods ?? null} shown={shown} onChange={update} />
      {data.status === 'error' && (
        <LoadError message={data.error.message} requestId={data.error.requestId} onRetry={retryable(data.error) ? retry : undefined} />
      )}
      {!d && data.status === 'loading' && <Loading />}
      {d && shown && (
        <div className={data.status === 'loading' ? 'is-loading' : undefined}>
          <div className="pub-summary" data-testid="rect-summary">
            <h2>
              {d.region.name} · {periodLabel(shown)}
            </h2>
            <p className="muted">{pt.rectifications.asOf(d.asOf)}</p>
            <Counts cell={cellAt(d.overall, shown)} />
          </div>
          {d.region.level !== 'TOWNSHIP' && (
            <ul className="pub-cards">
              {d.areas.map((a) => (
                <AreaCard key={a.code} area={a} period={shown} onDrill={a.level === 'COUNTY' ? () => update({ region: a.code }) : undefined} />
              ))}
            </ul>
          )}
          <section className="pub-defs" aria-labelledby="rect-defs">
            <h2 id="rect-defs">{pt.satisfaction.definitions}</h2>
            <ul>
              {Object.entries(d.definitions).map(([k, v]) => (
                <li key={k}>{v}</li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </section>
  );
}
