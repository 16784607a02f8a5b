/**
 * 审计日志 (administrators): who did what, when, from where, with what outcome — logins, changes,
 * exports and every view of a citizen's full personal data (PIPL; 等保 2.0 audit). Filters live
 * in the URL; times are shown in Beijing time, as the server's day filters count them.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { AuditEntry, Paged } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import { ErrorAlert, retryable, toApiError } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../components/time';
import '../cases/list-pages.css';
import {
  AUDIT_OUTCOMES,
  AUDIT_PAGE_SIZE,
  auditActionLabel,
  auditOutcomeLabel,
  auditResourceText,
  dateRangeInvalid,
  filtersFromDraft,
  KNOWN_ACTIONS,
  parseAuditQuery,
  serializeAuditQuery,
  userRoleLabel,
  type AuditFilters,
  type AuditState,
} from './audit-view';

type Load = { status: 'loading'; data?: Paged<AuditEntry> } | { status: 'ok'; data: Paged<AuditEntry> } | { status: 'error'; error: ApiError };
type Draft = Record<keyof AuditFilters, string>;

const draftOf = (s: AuditState): Draft => ({
  from: s.from ?? '',
  to: s.to ?? '',
  actor: s.actor ?? '',
  action: s.action ?? '',
  outcome: s.outcome ?? '',
});

export function AuditLogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseAuditQuery(searchParams), [searchParams]);
  const go = useCallback((next: AuditState) => setSearchParams(serializeAuditQuery(next)), [setSearchParams]);

  const [draft, setDraft] = useState<Draft>(() => draftOf(state));
  const [rangeProblem, setRangeProblem] = useState(false);
  useEffect(() => setDraft(draftOf(state)), [state]);

  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .auditLog({ ...state, pageSize: AUDIT_PAGE_SIZE }, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => {
        if (!isAbort(e)) setLoad({ status: 'error', error: toApiError(e) });
      });
    return () => ac.abort();
  }, [state, attempt]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const filters = filtersFromDraft(draft);
    if (dateRangeInvalid(filters)) {
      setRangeProblem(true);
      return;
    }
    setRangeProblem(false);
    const next = { ...filters, page: 1 };
    if (serializeAuditQuery(next) === serializeAuditQuery(state)) setAttempt((n) => n + 1); // same query: reload
    else go(next);
  }

  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const shown = load.status === 'error' ? undefined : load.data;
  const loading = load.status === 'loading';

  return (
    <main className="page">
      <section className="panel" aria-labelledby="audit-title">
        <header className="panel__head">
          <div>
            <h2 id="audit-title">{t.audit.title}</h2>
            <p className="muted">{t.audit.hint}</p>
          </div>
          {loading && (
            <span className="badge" role="status">
              {t.audit.loading}
            </span>
          )}
        </header>

        <form className="filters" onSubmit={submit} noValidate>
          <label className="field">
            <span className="field__label">{t.audit.from}</span>
            <input type="date" name="from" value={draft.from} max={draft.to || undefined} onChange={set('from')} />
          </label>
          <label className="field">
            <span className="field__label">{t.audit.to}</span>
            <input type="date" name="to" value={draft.to} min={draft.from || undefined} onChange={set('to')} />
          </label>
          <label className="field">
            <span className="field__label">{t.audit.actor}</span>
            <input name="actor" value={draft.actor} maxLength={64} placeholder={t.audit.actorPlaceholder} onChange={set('actor')} />
          </label>
          <label className="field">
            <span className="field__label">{t.audit.action}</span>
            <input
              name="action"
              value={draft.action}
              maxLength={64}
              list="audit-actions"
              placeholder={t.audit.actionPlaceholder}
              onChange={set('action')}
            />
          </label>
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </datalist>
          <label className="field">
            <span className="field__label">{t.audit.outcome}</span>
            <select name="outcome" value={draft.outcome} onChange={set('outcome')}>
              <option value="">{t.audit.allOutcomes}</option>
              {AUDIT_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {auditOutcomeLabel(o)}
                </option>
              ))}
            </select>
          </label>
          <div className="filters__actions">
            <button type="submit" className="btn btn--primary">
              {t.audit.search}
            </button>
            <button
              type="button"
              className="btn btn--outline"
              onClick={() => {
                setRangeProblem(false);
                setSearchParams('');
              }}
            >
              {t.audit.reset}
            </button>
          </div>
        </form>
        {rangeProblem && (
          <div className="alert" role="alert">
            {t.audit.rangeInvalid}
          </div>
        )}

        {load.status === 'error' && (
          <ErrorAlert
            error={load.error}
            action={retryable(load.error) ? { label: t.audit.retry, onClick: () => setAttempt((n) => n + 1) } : undefined}
          />
        )}

        {shown && (
          <div className={loading ? 'content is-loading' : 'content'} aria-busy={loading}>
            <div className="card table-card">
              <table className="table" data-testid="audit-table">
                <caption>{t.audit.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.audit.colAt}</th>
                    <th scope="col">{t.audit.colActor}</th>
                    <th scope="col">{t.audit.colRole}</th>
                    <th scope="col">{t.audit.colAction}</th>
                    <th scope="col">{t.audit.colResource}</th>
                    <th scope="col">{t.audit.colOutcome}</th>
                    <th scope="col">{t.audit.colIp}</th>
                    <th scope="col">{t.audit.colRequestId}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.items.map((r) => (
                    <tr key={r.id} data-action={r.action}>
                      <td>
                        <time dateTime={r.at}>{formatDateTime(r.at, { seconds: true })}</time>
                      </td>
                      <td>{r.actorName || t.audit.none}</td>
                      <td>{userRoleLabel(r.actorRole)}</td>
                      <td title={r.action}>{auditActionLabel(r.action)}</td>
                      <td>{auditResourceText(r.resourceType, r.resourceId)}</td>
                      <td className={`outcome--${r.outcome}`}>{auditOutcomeLabel(r.outcome)}</td>
                      <td className="mono">{r.ip ?? t.audit.none}</td>
                      <td className="mono">{r.requestId ?? t.audit.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shown.items.length === 0 && <p className="list-empty muted">{t.audit.empty}</p>}
              <Pagination
                page={state.page}
                pageSize={shown.pageSize}
                total={shown.total}
                unit={t.audit.unit}
                disabled={loading}
                onPage={(page) => go({ ...state, page })}
              />
            </div>
          </div>
        )}
        {!shown && loading && <div className="placeholder">{t.audit.loading}</div>}
      </section>
    </main>
  );
}
