/**
 * 需求分析 (DB1405 7.1.2-7.1.3): for leaders, the demand behind the catalogue — the most demanded
 * items with growth, demand outside the catalogue, items nobody needed for 12 months, and the
 * suggestions (add / handle nearer / retire) with their evidence, each one click away from a
 * catalogue proposal. Period and region are in the URL; every table exports to .xlsx.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../../api/client';
import { demandApi } from '../../../api/demand';
import type { DemandIdle, DemandOffCatalogue, DemandParams, DemandSuggestions, DemandTable, DemandTop } from '../../../api/demand-types';
import type { Region } from '../../../api/types';
import { getSession } from '../../../auth/session';
import { ErrorAlert, retryable, toApiError } from '../../../components/ErrorAlert';
import { MonthPicker } from '../../../components/MonthPicker';
import { RegionPicker } from '../../../components/RegionPicker';
import { t } from '../../../i18n/zh-CN';
import { monthOf } from '../../leader/url-state';
import { shanghaiToday } from '../format';
import { canPropose } from '../proposal-form';
import { exportFileName, idleAsOf, parseDemandQuery, serializeDemandQuery, type DemandState } from './demand-view';
import { ExportButton, IdleTable, OffCatalogueTable, TopTable } from './DemandTables';
import { SuggestionList } from './SuggestionList';
import '../catalogue.css';
import './demand.css';

const d = t.demand;
const TOP_LIMIT = 20;

type Load<T> = { status: 'loading'; data?: T } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/** Loads `fn` whenever `key` changes (or `reload` is called); while reloading, the old data stays, dimmed. */
function useLoad<T>(fn: (signal: AbortSignal) => Promise<T>, key: string | null): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) return;
    const ac = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    fn(ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => !isAbort(e) && setLoad({ status: 'error', error: toApiError(e) }));
    return () => ac.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return [load, useCallback(() => setAttempt((n) => n + 1), [])];
}

function Section<T>({ id, title, hint, load, retry, allRegions, exportTable, children }: {
  id: string;
  title: string;
  hint?: string;
  load: Load<T>;
  retry: () => void;
  /** Offered when the chosen region is not (or no longer) in the caller's scope. */
  allRegions?: () => void;
  exportTable?: { file: () => Promise<Blob>; name: () => string };
  children: (data: T) => ReactNode;
}) {
  const data = load.status === 'error' ? undefined : load.data;
  const action = load.status !== 'error' ? undefined
    : load.error.code === 'REGION.NOT_FOUND' && allRegions ? { label: d.allRegions, onClick: allRegions }
      : retryable(load.error) ? { label: d.retry, onClick: retry } : undefined;
  return (
    <section className="card cat-section dm-section" aria-labelledby={id} data-section={id}>
      <div className="cat-list-head">
        <div>
          <h3 id={id}>{title}</h3>
          {hint && <p className="muted">{hint}</p>}
        </div>
        {load.status === 'loading' && <span className="badge" role="status">{d.loading}</span>}
        {exportTable && data && <ExportButton label={title} file={exportTable.file} name={exportTable.name} />}
      </div>
      {load.status === 'error' && <ErrorAlert error={load.error} action={action} />}
      {data && <div className={load.status === 'loading' ? 'table-card content is-loading' : 'table-card content'}>{children(data)}</div>}
    </section>
  );
}

export function DemandPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const role = getSession()?.user.role ?? '';
  const state = useMemo(() => parseDemandQuery(searchParams, new Date()), [searchParams]);
  const { region, from, to } = state;
  const reversed = from > to;
  const asOf = idleAsOf(to, shanghaiToday());

  useEffect(() => {
    const canonical = serializeDemandQuery(state);
    if (canonical !== searchParams.toString()) setSearchParams(canonical, { replace: true });
  }, [state, searchParams, setSearchParams]);
  const update = (patch: Partial<DemandState>) => setSearchParams(serializeDemandQuery({ ...state, ...patch }));

  const [scope, retryScope] = useLoad<Region>((signal) => api.regionScope(signal), 'scope');
  const params: DemandParams = { from, to, region };
  const key = reversed ? null : serializeDemandQuery(state);
  const [top, retryTop] = useLoad<DemandTop>((signal) => demandApi.top({ ...params, limit: TOP_LIMIT }, signal), key);
  const [off, retryOff] = useLoad<DemandOffCatalogue>((signal) => demandApi.offCatalogue(params, signal), key);
  const [idle, retryIdle] = useLoad<DemandIdle>((signal) => demandApi.idle({ asOf, region }, signal), reversed ? null : `${asOf}|${region}`);
  const [sugg, retrySugg] = useLoad<DemandSuggestions>((signal) => demandApi.suggestions(params, signal), key);

  const exporter = (table: DemandTable) => ({
    file: () => demandApi.exportTable(table, { ...params, limit: TOP_LIMIT, asOf }),
    name: () => exportFileName(table, state, asOf),
  });
  const regionName = top.status === 'ok' ? top.data.region.name : '';
  const allRegions = region ? () => update({ region: null }) : undefined;

  return (
    <main className="page">
      <section className="panel" aria-labelledby="demand-title">
        <header className="panel__head">
          <div>
            <h2 id="demand-title">{d.title}</h2>
            <p className="muted">{d.hint}</p>
          </div>
        </header>

        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          {scope.status === 'ok' ? (
            <RegionPicker root={scope.data} value={region} onChange={(code) => update({ region: code })} />
          ) : scope.status === 'error' ? (
            <ErrorAlert error={scope.error} action={{ label: d.retry, onClick: retryScope }} />
          ) : (
            <fieldset className="region-picker" aria-busy="true">
              <legend>{t.dashboard.region}</legend>
              <span className="muted">{t.regionPicker.loading}</span>
            </fieldset>
          )}
          <fieldset className="period">
            <legend>{t.dashboard.period}</legend>
            <div className="period__inputs">
              <MonthPicker label={t.dashboard.from} name="from" value={from} max={monthOf(new Date())} onChange={(m) => update({ from: m })} />
              <span className="period__sep" aria-hidden="true">至</span>
              <MonthPicker label={t.dashboard.to} name="to" value={to} max={monthOf(new Date())} onChange={(m) => update({ to: m })} />
            </div>
          </fieldset>
        </form>
        {reversed && <div className="alert" role="alert">{t.dashboard.periodInvalid}</div>}

        {!reversed && (
          <>
            <Section id="dm-top" title={d.topTitle} hint={top.status === 'ok' ? d.topHint(regionName, top.data.previous.from, top.data.previous.to) : undefined}
              load={top} retry={retryTop} allRegions={allRegions} exportTable={exporter('top')}>
              {(data) => <TopTable data={data} />}
            </Section>
            <Section id="dm-off" title={d.offTitle} hint={d.offHint} load={off} retry={retryOff} allRegions={allRegions} exportTable={exporter('off-catalogue')}>
              {(data) => <OffCatalogueTable data={data} />}
            </Section>
            <Section id="dm-idle" title={d.idleTitle} hint={idle.status === 'ok' ? d.idleHint(idle.data.since, idle.data.asOf) : undefined}
              load={idle} retry={retryIdle} allRegions={allRegions} exportTable={exporter('idle')}>
              {(data) => <IdleTable data={data} />}
            </Section>
            <Section id="dm-suggestions" title={d.suggTitle} hint={d.suggHint} load={sugg} retry={retrySugg} allRegions={allRegions} exportTable={exporter('suggestions')}>
              {(data) => <SuggestionList data={data} params={params} canPropose={canPropose(role)} onProposed={retrySugg} />}
            </Section>
          </>
        )}
      </section>
    </main>
  );
}
