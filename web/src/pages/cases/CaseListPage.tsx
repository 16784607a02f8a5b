/**
 * 案件 list: the cases of the caller's scope (the server filters by region), citizens masked.
 * Filters and page live in the URL so a link or a reload shows the same list.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CaseSummary, Paged } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import {
  CASE_PAGE_SIZE,
  CASE_STATUSES,
  caseStatusLabel,
  drillSummary,
  isValidCaseNo,
  normalizeCaseNo,
  parseCaseListQuery,
  serializeCaseListQuery,
  type CaseListState,
} from './case-view';
import { ErrorAlert, retryable, toApiError } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { StatusBadge } from './StatusBadge';
import { formatDateTime } from '../../components/time';
import './list-pages.css';

type Load = { status: 'loading'; data?: Paged<CaseSummary> } | { status: 'ok'; data: Paged<CaseSummary> } | { status: 'error'; error: ApiError };

export function CaseListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const state = useMemo(() => parseCaseListQuery(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<CaseListState>) => setSearchParams(serializeCaseListQuery({ ...state, page: 1, ...patch })),
    [state, setSearchParams],
  );

  // the case number being typed; applied on 查询
  const [caseNoDraft, setCaseNoDraft] = useState(state.caseNo ?? '');
  const [caseNoProblem, setCaseNoProblem] = useState(false);
  useEffect(() => setCaseNoDraft(state.caseNo ?? ''), [state.caseNo]);

  // Filters a dashboard figure drilled through with (region, item, agent, dates, 超期): shown, removable.
  const drillKey = state.drill ? JSON.stringify(state.drill) : '';
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .cases({ status: state.status, caseNo: state.caseNo, ...state.drill, page: state.page, pageSize: CASE_PAGE_SIZE }, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setLoad({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [state.status, state.caseNo, drillKey, state.page, attempt]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const caseNo = normalizeCaseNo(caseNoDraft);
    if (caseNo && !isValidCaseNo(caseNo)) {
      setCaseNoProblem(true);
      return;
    }
    setCaseNoProblem(false);
    setCaseNoDraft(caseNo);
    if (caseNo === (state.caseNo ?? '') && state.page === 1) setAttempt((n) => n + 1); // same query: reload
    else update({ caseNo: caseNo || null });
  }

  const shown = load.status === 'error' ? undefined : load.data;
  const loading = load.status === 'loading';

  return (
    <main className="page">
      <section className="panel" aria-labelledby="cases-title">
        <header className="panel__head">
          <div>
            <h2 id="cases-title">{t.cases.title}</h2>
            <p className="muted">{t.cases.hint}</p>
          </div>
          {loading && (
            <span className="badge" role="status">
              {t.cases.loading}
            </span>
          )}
        </header>

        <form className="filters" onSubmit={submit} aria-label={t.cases.filters} noValidate>
          <label className="field">
            <span className="field__label">{t.cases.status}</span>
            <select name="status" value={state.status ?? ''} onChange={(e) => update({ status: e.target.value || null })}>
              <option value="">{t.cases.allStatuses}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {caseStatusLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t.cases.caseNo}</span>
            <input
              name="caseNo"
              value={caseNoDraft}
              placeholder={t.cases.caseNoPlaceholder}
              maxLength={24}
              aria-invalid={caseNoProblem || undefined}
              aria-describedby={caseNoProblem ? 'case-no-problem' : undefined}
              onChange={(e) => setCaseNoDraft(e.target.value)}
            />
          </label>
          <div className="filters__actions">
            <button type="submit" className="btn btn--primary">
              {t.cases.search}
            </button>
            <button
              type="button"
              className="btn btn--outline"
              onClick={() => {
                setCaseNoProblem(false);
                setCaseNoDraft('');
                setSearchParams('');
              }}
            >
              {t.cases.reset}
            </button>
          </div>
        </form>
        {state.drill && (
          <p className="muted" data-testid="case-drill">
            来自指标看板：{drillSummary(state.drill).join('；')}
            <button type="button" className="btn btn--link" onClick={() => update({ drill: undefined })}>
              清除这些条件
            </button>
          </p>
        )}
        {caseNoProblem && (
          <div className="alert" role="alert" id="case-no-problem">
            {t.cases.caseNoInvalid}
          </div>
        )}

        {load.status === 'error' && (
          <ErrorAlert
            error={load.error}
            action={retryable(load.error) ? { label: t.cases.retry, onClick: () => setAttempt((n) => n + 1) } : undefined}
          />
        )}

        {shown && (
          <div className={loading ? 'content is-loading' : 'content'} aria-busy={loading}>
            <div className="card table-card">
              <table className="table" data-testid="case-table">
                <caption>{t.cases.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.cases.colCaseNo}</th>
                    <th scope="col">{t.cases.colItem}</th>
                    <th scope="col">{t.cases.colStation}</th>
                    <th scope="col">{t.cases.colCitizen}</th>
                    <th scope="col">{t.cases.colStatus}</th>
                    <th scope="col">{t.cases.colAccepted}</th>
                    <th scope="col">{t.cases.colDue}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.items.map((c) => (
                    <tr key={c.id} data-case-id={c.id}>
                      <th scope="row">
                        <Link className="mono" to={`/cases/${c.id}`} state={{ from: location }}>
                          {c.caseNo}
                        </Link>
                      </th>
                      <td className="wrap">{c.item.name}</td>
                      <td>{c.station.name}</td>
                      <td data-col="citizen">{c.citizen.name}</td>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                      <td>{formatDateTime(c.acceptedAt)}</td>
                      <td>{c.dueDate ?? t.cases.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shown.items.length === 0 && <p className="list-empty muted">{t.cases.empty}</p>}
              <Pagination
                page={state.page}
                pageSize={shown.pageSize}
                total={shown.total}
                unit={t.cases.unit}
                disabled={loading}
                onPage={(page) => update({ page })}
              />
            </div>
          </div>
        )}
        {!shown && loading && <div className="placeholder">{t.cases.loading}</div>}
      </section>
    </main>
  );
}
