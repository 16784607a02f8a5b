/**
 * 服务站 register (DB1405 5.1): the stations of the caller's scope, each with its zones (5.1.3)
 * and what it lacks of the facilities checklist (5.1.5, in red); a side panel to view and edit a
 * station, and Excel export/import.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, isAbort } from '../../api/client';
import type { Paged, Region, Station } from '../../api/types';
import { getSession } from '../../auth/session';
import { RegionPicker } from '../../components/RegionPicker';
import { formatCount } from '../../format';
import { errorMessage, FACILITY_LABELS, t, ZONE_LABELS } from '../../i18n/zh-CN';
import { Pager } from './Pager';
import { compactDay, FACILITY_KEYS, MISSING_ANY, registerPermissions, todayInChina } from './register-logic';
import { RegisterToolbar } from './RegisterToolbar';
import { StationPanel } from './StationPanel';
import { parseRegisterQuery, serializeRegisterQuery, type RegisterUrlState } from './url-state';
import './registers.css';

const PAGE_SIZE = 20;

type Load<T> = { status: 'loading'; data?: T } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' })));

export function StationsPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseRegisterQuery(params), [params]);
  const update = useCallback(
    (patch: Partial<RegisterUrlState>) => setParams(serializeRegisterQuery({ ...state, page: 1, ...patch })),
    [state, setParams],
  );
  const can = registerPermissions(getSession()?.user.role ?? '');

  const [scope, setScope] = useState<Region | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    api.regionScope(ac.signal).then(setScope).catch(() => undefined);
    return () => ac.abort();
  }, []);

  const [draft, setDraft] = useState(state.q ?? '');
  useEffect(() => setDraft(state.q ?? ''), [state.q]);

  const [list, setList] = useState<Load<Paged<Station>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const filters = { region: state.region, q: state.q, missingFacility: state.missing };
  useEffect(() => {
    const ac = new AbortController();
    setList((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .stations({ ...filters, page: state.page, pageSize: PAGE_SIZE }, ac.signal)
      .then((data) => setList({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setList({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [state.region, state.q, state.missing, state.page, attempt]);

  /** A saved station replaces its row at once (its missing facilities change colour without a reload). */
  const onSaved = useCallback((s: Station) => {
    setList((prev) => (prev.status === 'error' || !prev.data ? prev : { ...prev, data: { ...prev.data, items: prev.data.items.map((x) => (x.id === s.id ? { ...x, ...s } : x)) } }));
  }, []);

  const data = list.status === 'error' ? undefined : list.data;
  const loading = list.status === 'loading';

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    update({ q: draft.trim() || null });
  }

  return (
    <main className="page">
      <section className="panel" aria-labelledby="stations-title">
        <header className="panel__head">
          <div>
            <h2 id="stations-title">{t.registers.stationsTitle}</h2>
            <p className="muted">{t.registers.stationsHint}</p>
          </div>
          {loading && (
            <span className="badge" role="status">
              {t.registers.loading}
            </span>
          )}
        </header>

        <form className="filters" onSubmit={submit} aria-label={t.registers.filters}>
          {scope && <RegionPicker root={scope} value={state.region} onChange={(code) => update({ region: code, open: null })} />}
          <label className="field">
            <span className="field__label">{t.registers.missingFilter}</span>
            <select aria-label={t.registers.missingFilter} value={state.missing ?? ''} onChange={(e) => update({ missing: e.target.value || null })}>
              <option value="">{t.registers.allStations}</option>
              <option value={MISSING_ANY}>{t.registers.anyMissing}</option>
              {FACILITY_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t.registers.missingOne(FACILITY_LABELS[k])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t.registers.search}</span>
            <input type="search" value={draft} placeholder={t.registers.stationSearchPlaceholder} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" className="btn btn--primary">
            {t.registers.submit}
          </button>
        </form>

        <RegisterToolbar
          canExport={can.stationExport}
          canImport={can.stationWrite}
          exportFile={() => api.exportStations(filters)}
          fileName={() => t.registers.stationFile(compactDay(todayInChina()))}
          importFile={(file) => api.importStations(file)}
          onImported={() => setAttempt((n) => n + 1)}
          importHint={t.registers.importHint}
        />

        {list.status === 'error' && (
          <div className="alert" role="alert">
            <span>{list.error.message}</span>
            <button type="button" className="btn btn--link" onClick={() => setAttempt((n) => n + 1)}>
              {t.registers.retry}
            </button>
          </div>
        )}

        <div className={state.open ? 'reg-layout reg-layout--panel' : 'reg-layout'}>
          {data && (
            <div className={loading ? 'card table-card content is-loading' : 'card table-card'} aria-busy={loading}>
              <table className="table reg-table" data-testid="stations-table">
                <caption>{t.registers.stationsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.registers.colStation}</th>
                    <th scope="col">{t.registers.colRegion}</th>
                    <th scope="col">{t.registers.colZones}</th>
                    <th scope="col">{t.registers.colFacilities}</th>
                    <th scope="col" className="num">{t.registers.colAgentCount}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 && (
                    <tr>
                      <td colSpan={5} className="muted">
                        {t.registers.emptyStations}
                      </td>
                    </tr>
                  )}
                  {data.items.map((s) => (
                    <tr
                      key={s.id}
                      data-station-id={s.id}
                      className={[s.missingFacilities.length ? 'reg-row--missing' : '', state.open === s.id ? 'reg-row--selected' : ''].join(' ').trim() || undefined}
                    >
                      <td>
                        <button type="button" className="reg-name" onClick={() => update({ open: s.id, page: state.page })}>
                          {s.name}
                        </button>
                        <span className="reg-sub muted">{s.address}</span>
                      </td>
                      <td>
                        {s.townshipName}
                        <span className="reg-sub muted">{s.countyName}</span>
                      </td>
                      <td className="reg-wrap">
                        <span className="reg-tags">
                          {s.zones.map((z) => (
                            <span key={z} className="reg-tag">
                              {ZONE_LABELS[z] ?? z}
                            </span>
                          ))}
                        </span>
                      </td>
                      <td className="reg-wrap">
                        {s.missingFacilities.length ? (
                          <ul className="reg-missing" aria-label={t.registers.missingPrefix}>
                            {s.missingFacilities.map((k) => (
                              <li key={k} className="reg-missing__item" data-facility={k}>
                                {FACILITY_LABELS[k] ?? k}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <span className="reg-complete">{t.registers.complete}</span>
                        )}
                      </td>
                      <td className="num">{s.agentCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                total={data.total}
                page={state.page}
                pageSize={PAGE_SIZE}
                summary={t.registers.stationCount(formatCount(data.total))}
                onPage={(page) => update({ page, open: state.open })}
              />
            </div>
          )}
          {!data && loading && <div className="placeholder">{t.registers.loading}</div>}
          {state.open && (
            <StationPanel key={state.open} id={state.open} canWrite={can.stationWrite} onSaved={onSaved} onClose={() => update({ open: null, page: state.page })} />
          )}
        </div>
      </section>
    </main>
  );
}
