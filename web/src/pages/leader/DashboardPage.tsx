/** Leadership dashboard, first slice: the monthly on-time completion rate. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, isAbort } from '../../api/client';
import type { OnTimeRateResponse, Region } from '../../api/types';
import { EChart } from '../../charts/EChart';
import { buildOnTimeRateOption } from '../../charts/on-time-rate.option';
import { MonthPicker } from '../../components/MonthPicker';
import { RegionPicker } from '../../components/RegionPicker';
import { formatCount, formatRate } from '../../format';
import { errorMessage, t } from '../../i18n/zh-CN';
import {
  monthOf,
  parseDashboardQuery,
  periodProblem,
  serializeDashboardQuery,
  type DashboardState,
} from './url-state';

type Load<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ApiError; data?: undefined };

function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' }));
}

/** Only failures that may pass on their own (network, 5xx, rate limit) are worth a retry button. */
function retryable(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500 || error.status === 429;
}

function ErrorAlert({ error, action }: { error: ApiError; action?: { label: string; onClick: () => void } }) {
  return (
    <div className="alert" role="alert">
      <span>{error.message}</span>
      {error.requestId && <span className="alert__id">（请求编号：{error.requestId}）</span>}
      {action && (
        <button type="button" className="btn btn--link" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}

export function DashboardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const currentMonth = monthOf(new Date());
  const state = useMemo(() => parseDashboardQuery(searchParams, new Date()), [searchParams]);
  const { region, from, to } = state;
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

  // scope root of the region picker
  const [scope, setScope] = useState<Load<Region>>({ status: 'loading' });
  const [scopeAttempt, setScopeAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setScope({ status: 'loading' });
    api
      .regionScope(ac.signal)
      .then((data) => setScope({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setScope({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [scopeAttempt]);

  // the indicator
  const [rate, setRate] = useState<Load<OnTimeRateResponse>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (problem) return;
    const ac = new AbortController();
    setRate((prev) => ({ status: 'loading', data: prev.data }));
    api
      .onTimeRate({ from, to, region }, ac.signal)
      .then((data) => setRate({ status: 'ok', data }))
      .catch((e) => {
        // drop the old figures: they belong to another region or period
        if (!isAbort(e)) setRate({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [region, from, to, problem, attempt]);

  const shown = rate.data; // while reloading: the previous figures, dimmed
  const option = useMemo(() => (shown ? buildOnTimeRateOption(shown) : null), [shown]);
  const loading = rate.status === 'loading' && !problem;

  return (
    <main className="page">
      <section className="panel" aria-labelledby="on-time-rate-title">
        <header className="panel__head">
          <div>
            <h2 id="on-time-rate-title">{t.dashboard.section}</h2>
            <p className="muted">
              {shown ? `${shown.region.name} · ${t.dashboard.periodText(shown.from, shown.to)}` : t.dashboard.sectionHint}
            </p>
          </div>
          {loading && (
            <span className="badge" role="status">
              {t.dashboard.loading}
            </span>
          )}
        </header>

        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          {scope.status === 'ok' ? (
            <RegionPicker root={scope.data} value={region} onChange={(code) => update({ region: code })} />
          ) : scope.status === 'error' ? (
            <ErrorAlert
              error={scope.error}
              action={retryable(scope.error) ? { label: t.dashboard.retry, onClick: () => setScopeAttempt((n) => n + 1) } : undefined}
            />
          ) : (
            <fieldset className="region-picker" aria-busy="true">
              <legend>{t.dashboard.region}</legend>
              <span className="muted">{t.regionPicker.loading}</span>
            </fieldset>
          )}
          <fieldset className="period">
            <legend>{t.dashboard.period}</legend>
            <div className="period__inputs">
              <MonthPicker
                label={t.dashboard.from}
                name="from"
                value={from}
                max={currentMonth}
                onChange={(month) => update({ from: month })}
              />
              <span className="period__sep" aria-hidden="true">
                至
              </span>
              <MonthPicker
                label={t.dashboard.to}
                name="to"
                value={to}
                max={currentMonth}
                onChange={(month) => update({ to: month })}
              />
            </div>
          </fieldset>
        </form>

        {problem === 'ORDER' && (
          <div className="alert" role="alert">
            {t.dashboard.periodInvalid}
          </div>
        )}
        {!problem && rate.status === 'error' && (
          <ErrorAlert
            error={rate.error}
            action={
              rate.error.code === 'REGION.NOT_FOUND' && region
                ? { label: t.dashboard.allRegions, onClick: () => update({ region: null }) }
                : retryable(rate.error)
                  ? { label: t.dashboard.retry, onClick: () => setAttempt((n) => n + 1) }
                  : undefined
            }
          />
        )}

        {shown && !problem && (
          <div className={loading ? 'content is-loading' : 'content'} aria-busy={loading}>
            <dl className="kpis">
              <div className="kpi">
                <dt>{t.dashboard.kpiCompleted}</dt>
                <dd data-kpi="completed">{formatCount(shown.total.completed)}</dd>
              </div>
              <div className="kpi">
                <dt>{t.dashboard.kpiOnTime}</dt>
                <dd data-kpi="on-time">{formatCount(shown.total.onTime)}</dd>
              </div>
              <div className="kpi">
                <dt>{t.dashboard.kpiOverdue}</dt>
                <dd data-kpi="overdue">{formatCount(shown.total.completed - shown.total.onTime)}</dd>
              </div>
              <div className="kpi kpi--accent">
                <dt>{t.dashboard.kpiRate}</dt>
                <dd data-kpi="rate">{formatRate(shown.total.rate)}</dd>
              </div>
            </dl>

            <div className="figure">
              <figure className="card chart-card">
                {option && (
                  <EChart
                    option={option}
                    height={340}
                    ariaLabel={t.dashboard.chartLabel(shown.region.name, shown.from, shown.to)}
                    className="chart"
                  />
                )}
                {shown.total.completed === 0 && <p className="muted chart-card__empty">{t.dashboard.empty}</p>}
              </figure>
              <aside className="card definition" aria-labelledby="indicator-definition">
                <h3 id="indicator-definition">{t.dashboard.definition}</h3>
                <p className="definition__name">
                  {shown.indicator.name}
                  {shown.indicator.unit ? `（${shown.indicator.unit}）` : ''}
                </p>
                <p className="definition__formula">{shown.indicator.formula}</p>
              </aside>
            </div>

            <div className="card table-card">
              <table className="table">
                <caption>{t.dashboard.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.dashboard.colPeriod}</th>
                    <th scope="col" className="num">
                      {t.dashboard.colCompleted}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.colOnTime}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.colRate}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.rows.map((r) => (
                    <tr key={r.period}>
                      <th scope="row">{r.period}</th>
                      <td className="num">{formatCount(r.completed)}</td>
                      <td className="num">{formatCount(r.onTime)}</td>
                      <td className="num">{r.completed > 0 ? formatRate(r.rate) : t.dashboard.noRate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
        {!shown && loading && <div className="placeholder">{t.dashboard.loading}</div>}
      </section>
    </main>
  );
}
