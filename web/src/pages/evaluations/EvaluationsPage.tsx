/**
 * 评价管理 (DB1405 8.1.1, 8.1.3): every evaluation of the caller's scope with filters; comments are
 * shown redacted. Moderators approve a (further edited) redacted comment for public display or
 * keep it private — the server redacts the approved text once more.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isAbort, type ApiError } from '../../api/client';
import { evaluationApi } from '../../api/evaluations';
import type { Evaluation, EvaluationQuery } from '../../api/evaluation-types';
import type { Paged } from '../../api/types';
import { getSession } from '../../auth/session';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../components/time';
import { ALL_CHANNELS, canModerate, isBadLevel, LEVEL_OPTIONS, MODERATION_OPTIONS } from './evaluation-logic';
import '../cases/list-pages.css';
import '../workbench/workbench.css';
import './evaluations.css';

const PAGE_SIZE = 20;

export function EvaluationsPage() {
  const [q, setQ] = useState<EvaluationQuery>({ moderation: 'PENDING', page: 1 });
  const [data, setData] = useState<Paged<Evaluation> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const moderator = canModerate(getSession()?.user.role);
  useEffect(() => {
    const ac = new AbortController();
    setError(null);
    evaluationApi.list({ ...q, pageSize: PAGE_SIZE }, ac.signal).then(setData).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [q, attempt]);
  const set = (patch: EvaluationQuery) => setQ((prev) => ({ ...prev, ...patch, page: 1 }));
  const select = (label: string, key: 'level' | 'channel' | 'moderation', options: ReadonlyArray<{ value: string; label: string }>) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <select name={key} value={q[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || null })}>
        <option value="">全部</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );

  return (
    <main className="page">
      <section className="panel" aria-labelledby="ev-title">
        <header className="panel__head">
          <div>
            <h2 id="ev-title">评价管理</h2>
            <p className="muted">DB1405 8.1.1 四种评价渠道；留言已脱敏，经审核通过后方可公开（8.1.3）；不满意评价自动生成整改任务（8.2）。</p>
          </div>
        </header>
        <div className="filters" role="search" aria-label="筛选评价">
          {select('评价等级', 'level', LEVEL_OPTIONS)}
          {select('评价渠道', 'channel', ALL_CHANNELS)}
          {select('审核状态', 'moderation', MODERATION_OPTIONS)}
          <label className="field"><span className="field__label">评价日期起</span><input type="date" value={q.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} /></label>
          <label className="field"><span className="field__label">评价日期止</span><input type="date" value={q.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} /></label>
        </div>
        {error && <ErrorAlert error={error} action={{ label: '重试', onClick: () => setAttempt((n) => n + 1) }} />}
        {data && (
          <div className="card table-card">
            <table className="table" data-testid="evaluation-table">
              <thead>
                <tr><th scope="col">评价时间</th><th scope="col">案件</th><th scope="col">服务站</th><th scope="col">渠道</th><th scope="col">等级</th><th scope="col">留言（脱敏）</th><th scope="col">审核</th></tr>
              </thead>
              <tbody>
                {data.items.length === 0 && <tr><td colSpan={7} className="list-empty">没有符合条件的评价</td></tr>}
                {data.items.map((e) => (
                  <tr key={e.id} data-evaluation-id={e.id}>
                    <td>{formatDateTime(e.createdAt)}</td>
                    <td><Link to={`/cases/${e.caseId}`}>{e.caseNo}</Link><div className="muted">{e.item?.name}</div></td>
                    <td>{e.station?.name}</td>
                    <td>{e.channelText}</td>
                    <td className={isBadLevel(e.level) ? 'status--fail' : undefined}>
                      {e.levelText}
                      {e.rectification && <div><Link to={`/rectifications/${e.rectification.id}`}>整改 #{e.rectification.id}</Link></div>}
                    </td>
                    <td>{e.comment ?? <span className="muted">无</span>}</td>
                    <td>{moderator && e.comment ? <Moderation e={e} onDone={() => setAttempt((n) => n + 1)} /> : e.moderationText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination page={q.page ?? 1} pageSize={PAGE_SIZE} total={data.total} unit="条" onPage={(page) => setQ((prev) => ({ ...prev, page }))} />
          </div>
        )}
      </section>
    </main>
  );
}

function Moderation({ e, onDone }: { e: Evaluation; onDone: () => void }) {
  const [text, setText] = useState(e.comment ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function decide(decision: 'APPROVED' | 'REJECTED') {
    setBusy(true);
    setError(null);
    try {
      await evaluationApi.moderate(e.id, decision, decision === 'APPROVED' ? text : undefined);
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="ev-mod">
      <span className="badge">{e.moderationText}</span>
      <textarea aria-label="公开文本" value={text} maxLength={500} onChange={(ev) => setText(ev.target.value)} />
      <div className="wb-actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => decide('APPROVED')}>通过并公开</button>
        <button type="button" className="btn btn--outline" disabled={busy} onClick={() => decide('REJECTED')}>不予公开</button>
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
