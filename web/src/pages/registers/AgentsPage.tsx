/**
 * 代办员 register (DB1405 5.2): the agents of the caller's scope with category (5.2.1), station,
 * skills and this year's training hours (5.2.4); names and phone numbers masked. A side panel
 * shows one agent's training records and takes new ones; Excel export/import.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError, isAbort } from '../../api/client';
import type { AgentDetail, AgentList, Region } from '../../api/types';
import { getSession } from '../../auth/session';
import { RegionPicker } from '../../components/RegionPicker';
import { formatCount } from '../../format';
import { AGENT_CATEGORY_LABELS, errorMessage, t } from '../../i18n/zh-CN';
import { AgentPanel } from './AgentPanel';
import { Pager } from './Pager';
import { AGENT_CATEGORY_KEYS, compactDay, formatHours, registerPermissions, todayInChina } from './register-logic';
import { RegisterToolbar } from './RegisterToolbar';
import { parseRegisterQuery, serializeRegisterQuery, type RegisterUrlState } from './url-state';
import './registers.css';

const PAGE_SIZE = 20;

type Load<T> = { status: 'loading'; data?: T } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' })));

export function AgentsPage() {
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

  const [list, setList] = useState<Load<AgentList>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const filters = { region: state.region, q: state.q, category: state.category };
  useEffect(() => {
    const ac = new AbortController();
    setList((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .agents({ ...filters, page: state.page, pageSize: PAGE_SIZE }, ac.signal)
      .then((data) => setList({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setList({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [state.region, state.q, state.category, state.page, attempt]);

  /** A changed agent (edit, new training) updates its row; the list keeps its masked name. */
  const onChanged = useCallback((a: AgentDetail) => {
    setList((prev) =>
      prev.status === 'error' || !prev.data
        ? prev
        : { ...prev, data: { ...prev.data, items: prev.data.items.map((x) => (x.id === a.id ? { ...a, name: x.name } : x)) } },
    );
  }, []);

  const data = list.status === 'error' ? undefined : list.data;
  const loading = list.status === 'loading';

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    update({ q: draft.trim() || null });
  }

  return (
    <main className="page">
      <section className="panel" aria-labelledby="agents-title">
        <header className="panel__head">
          <div>
            <h2 id="agents-title">{t.registers.agentsTitle}</h2>
            <p className="muted">{t.registers.agentsHint}</p>
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
            <span className="field__label">{t.registers.category}</span>
            <select aria-label={t.registers.category} value={state.category ?? ''} onChange={(e) => update({ category: e.target.value || null })}>
              <option value="">{t.registers.allCategories}</option>
              {AGENT_CATEGORY_KEYS.map((k) => (
                <option key={k} value={k}>
                  {AGENT_CATEGORY_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t.registers.search}</span>
            <input type="search" value={draft} placeholder={t.registers.agentSearchPlaceholder} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button type="submit" className="btn btn--primary">
            {t.registers.submit}
          </button>
        </form>

        <RegisterToolbar
          canExport={can.agentExport}
          canImport={can.agentWrite}
          exportFile={() => api.exportAgents(filters)}
          fileName={() => t.registers.agentFile(compactDay(todayInChina()))}
          importFile={(file) => api.importAgents(file)}
          onImported={() => setAttempt((n) => n + 1)}
          importHint={t.registers.agentImportHint}
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
              <table className="table reg-table" data-testid="agents-table">
                <caption>{t.registers.agentsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.registers.colName}</th>
                    <th scope="col">{t.registers.colCategory}</th>
                    <th scope="col">{t.registers.colStation}</th>
                    <th scope="col">{t.registers.colPhone}</th>
                    <th scope="col" className="reg-narrow-hide">{t.registers.colSkills}</th>
                    <th scope="col" className="num">{t.registers.colHoursThisYear}</th>
                    <th scope="col">{t.registers.colActive}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 && (
                    <tr>
                      <td colSpan={7} className="muted">
                        {t.registers.emptyAgents}
                      </td>
                    </tr>
                  )}
                  {data.items.map((a) => (
                    <tr key={a.id} data-agent-id={a.id} className={state.open === a.id ? 'reg-row--selected' : undefined}>
                      <td>
                        <button type="button" className="reg-name" onClick={() => update({ open: a.id, page: state.page })}>
                          {a.name}
                        </button>
                      </td>
                      <td>{AGENT_CATEGORY_LABELS[a.category] ?? a.category}</td>
                      <td>
                        {a.stationName}
                        <span className="reg-sub muted">{a.townshipName}</span>
                      </td>
                      <td>{a.phone}</td>
                      <td className="reg-wrap reg-narrow-hide">
                        <span className="reg-tags">
                          {a.skills.map((s) => (
                            <span key={s} className="reg-tag">
                              {s}
                            </span>
                          ))}
                        </span>
                      </td>
                      <td className="num">{formatHours(a.trainingHoursThisYear)}</td>
                      <td>{a.active ? t.registers.active : t.registers.inactive}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                total={data.total}
                page={state.page}
                pageSize={PAGE_SIZE}
                summary={t.registers.agentCount(formatCount(data.total))}
                onPage={(page) => update({ page, open: state.open })}
              />
            </div>
          )}
          {!data && loading && <div className="placeholder">{t.registers.loading}</div>}
          {state.open && (
            <AgentPanel key={state.open} id={state.open} canWrite={can.agentWrite} onChanged={onChanged} onClose={() => update({ open: null, page: state.page })} />
          )}
        </div>
      </section>
    </main>
  );
}
