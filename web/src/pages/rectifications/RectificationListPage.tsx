/**
 * 整改 list (DB1405 8.2): the rectification tasks of the caller's scope with their due dates and
 * overdue badges, and the on-time figures above them. Filters and page live in the URL.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { RectificationStats, RectificationSummary } from '../../api/rectification-types';
import type { Paged } from '../../api/types';
import { ErrorAlert, retryable, toApiError } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../components/time';
import {
  overdueBadge, parseListQuery, rateText, RECTIFICATION_STATUS_LABELS, serializeListQuery, SOURCE_LABELS, statusTone, type ListState,
} from './rectification-logic';
import '../cases/list-pages.css';
import '../workbench/workbench.css';

const PAGE_SIZE = 20;
type Load = { status: 'loading'; data?: Paged<RectificationSummary> } | { status: 'ok'; data: Paged<RectificationSummary> } | { status: 'error'; error: ApiError };

export function RectificationListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = useMemo(() => parseListQuery(params), [params]);
  const update = useCallback((patch: Partial<ListState>) => setParams(serializeListQuery({ ...state, page: 1, ...patch })), [state, setParams]);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [stats, setStats] = useState<RectificationStats | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    setLoad((prev) => ({ status: 'loading', data: prev.status === 'error' ? undefined : prev.data }));
    api
      .rectifications({ status: state.status, source: state.source, overdue: state.overdue, page: state.page, pageSize: PAGE_SIZE }, ac.signal)
      .then((data) => setLoad({ status: 'ok', data }))
      .catch((e) => !isAbort(e) && setLoad({ status: 'error', error: toApiError(e) }));
    return () => ac.abort();
  }, [state.status, state.source, state.overdue, state.page, attempt]);

  useEffect(() => {
    const ac = new AbortController();
    api.rectificationStats({}, ac.signal).then(setStats).catch(() => undefined); // the figures are a bonus; the list is the page
    return () => ac.abort();
  }, []);

  const shown = load.status === 'error' ? undefined : load.data;
  const loading = load.status === 'loading';
  return (
    <main className="page">
      <section className="panel" aria-labelledby="rect-title">
        <header className="panel__head">
          <div>
            <h2 id="rect-title">整改</h2>
            <p className="muted">DB1405 8.2：差评和回访发现自动生成整改任务，由承办服务站核实、整改、反馈，上级复查后办结</p>
          </div>
          {loading && <span className="badge" role="status">加载中…</span>}
        </header>

        {stats && (
          <dl className="facts card section" data-testid="rectification-stats">
            <dt>{stats.region.name}</dt><dd>生成 {stats.opened} 件，办结 {stats.closed} 件（按期 {stats.closedOnTime} 件），在办 {stats.open} 件，逾期未办结 {stats.overdueOpen} 件</dd>
            <dt>整改按期完成率</dt><dd data-testid="on-time-rate">{rateText(stats.onTimeRate)}</dd>
            <dt>口径</dt><dd className="muted">{stats.definitions.onTime}；{stats.definitions.appeal}</dd>
          </dl>
        )}

        <form className="filters" aria-label="筛选" onSubmit={(e) => e.preventDefault()}>
          <label className="field">
            <span className="field__label">状态</span>
            <select name="status" value={state.status ?? ''} onChange={(e) => update({ status: e.target.value || null })}>
              <option value="">全部状态</option>
              {Object.entries(RECTIFICATION_STATUS_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
          </label>
          <label className="field">
            <span className="field__label">来源</span>
            <select name="source" value={state.source ?? ''} onChange={(e) => update({ source: e.target.value || null })}>
              <option value="">全部来源</option>
              {Object.entries(SOURCE_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
          </label>
          <label className="field">
            <span className="field__label">期限</span>
            <select name="overdue" value={state.overdue === null ? '' : String(state.overdue)} onChange={(e) => update({ overdue: e.target.value === '' ? null : e.target.value === 'true' })}>
              <option value="">全部</option>
              <option value="true">逾期未办结</option>
              <option value="false">未逾期</option>
            </select>
          </label>
          <div className="filters__actions">
            <button type="button" className="btn btn--outline" onClick={() => setParams('')}>重置</button>
          </div>
        </form>

        {load.status === 'error' && (
          <ErrorAlert error={load.error} action={retryable(load.error) ? { label: '重试', onClick: () => setAttempt((n) => n + 1) } : undefined} />
        )}
        {shown && (
          <div className={loading ? 'content is-loading' : 'content'} aria-busy={loading}>
            <div className="card table-card">
              <table className="table" data-testid="rectification-table">
                <caption>整改任务列表（群众姓名已脱敏）</caption>
                <thead>
                  <tr>
                    <th scope="col">任务</th><th scope="col">案件编号</th><th scope="col">事项</th><th scope="col">服务站</th>
                    <th scope="col">群众</th><th scope="col">来源</th><th scope="col">状态</th><th scope="col">整改期限</th><th scope="col">生成时间</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.items.map((r) => {
                    const badge = overdueBadge(r);
                    return (
                      <tr key={r.id} data-rectification-id={r.id}>
                        <th scope="row"><Link to={`/rectifications/${r.id}`} state={{ from: location }}>#{r.id}</Link></th>
                        <td className="mono">{r.case.caseNo}</td>
                        <td className="wrap">{r.item.name}</td>
                        <td>{r.station.name}</td>
                        <td>{r.case.citizenName}</td>
                        <td>{r.sourceText ?? r.source}</td>
                        <td><span className={`status status--${statusTone(r.status)}`}>{r.statusText}</span></td>
                        <td>{r.dueDate}{badge && <> <span className={`cd cd--${badge.tone}`} data-testid="overdue-badge">{badge.text}</span></>}</td>
                        <td>{formatDateTime(r.createdAt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {shown.items.length === 0 && <p className="list-empty muted">没有符合条件的整改任务</p>}
              <Pagination page={state.page} pageSize={shown.pageSize} total={shown.total} unit="件" disabled={loading} onPage={(page) => update({ page })} />
            </div>
          </div>
        )}
        {!shown && loading && <div className="placeholder">加载中…</div>}
      </section>
    </main>
  );
}
