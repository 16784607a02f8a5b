/**
 * 评价 on the case page (DB1405 8.1.1): the case's evaluations (comments redacted), the state of
 * its online link, the 办结回执 to print, and — for a finished, unrated case — the entry of a
 * device, paper-form or comment-box evaluation. The server refuses the agent who handled the case
 * (EVALUATION.SELF_RATING); the form shows that refusal as it comes.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isAbort, type ApiError } from '../../api/client';
import { evaluationApi } from '../../api/evaluations';
import type { CaseEvaluations, Evaluation } from '../../api/evaluation-types';
import { getSession } from '../../auth/session';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import { canEnterEvaluation, CHANNEL_OPTIONS, DIMENSIONS, emptyEntry, entryBody, isBadLevel, LEVEL_OPTIONS, type EntryForm } from './evaluation-logic';
import './evaluations.css';

const LINK_STATE: Record<string, string> = { OPEN: '待群众评价', USED: '已使用', EXPIRED: '已过期' };

export function EvaluationPanel({ caseId, status, onChange }: { caseId: number; status: string; onChange?: () => void }) {
  const [data, setData] = useState<CaseEvaluations | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    evaluationApi.forCase(caseId, ac.signal).then(setData).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [caseId, status, attempt]);
  const finished = status === 'COMPLETED' || status === 'FAILED';

  return (
    <section className="card section" aria-labelledby="case-evaluation" data-testid="case-evaluations">
      <h3 id="case-evaluation">群众评价</h3>
      {error && <ErrorAlert error={error} />}
      {finished && (
        <p>
          <Link className="btn btn--outline" to={`/cases/${caseId}/reply-slip`} data-testid="reply-slip-link">打印办结回执（含评价二维码）</Link>
          {data?.link && <span className="muted"> 网上评价链接：{LINK_STATE[data.link.state]}{data.link.remindedAt ? '（已提醒）' : ''}</span>}
        </p>
      )}
      {data && data.items.length === 0 && <p className="muted">{finished ? '尚未评价' : '案件办结后方可评价'}</p>}
      {data?.items.map((e) => <EvaluationItem key={e.id} e={e} />)}
      {data?.canEvaluate && canEnterEvaluation(getSession()?.user.role) && (
        <EntryFormView caseId={caseId} onDone={() => { setAttempt((n) => n + 1); onChange?.(); }} />
      )}
    </section>
  );
}

function EvaluationItem({ e }: { e: Evaluation }) {
  const dims = DIMENSIONS.filter((d) => e[d.key] !== null).map((d) => `${d.label} ${e[d.key]} 分`);
  return (
    <article className={`ev-item${isBadLevel(e.level) ? ' ev-item--bad' : ''}`} data-testid="evaluation" data-level={e.level}>
      <p><strong>{e.levelText}</strong> · {e.channelText} · {formatDateTime(e.createdAt)}</p>
      <p className="muted">
        办成了吗：{e.done === null ? '未回答' : e.done ? '办成了' : '没办成'}{dims.length ? ` · ${dims.join('，')}` : ''}
      </p>
      {e.comment && <p>留言（已脱敏）：{e.comment} <span className="badge">{e.moderationText}</span></p>}
      {e.rectification && <p>已生成整改任务：<Link to={`/rectifications/${e.rectification.id}`}>#{e.rectification.id}</Link>（期限 {e.rectification.dueDate}）</p>}
    </article>
  );
}

function EntryFormView({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const [f, setF] = useState<EntryForm>(emptyEntry);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<EntryForm>) => setF((prev) => ({ ...prev, ...patch }));

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    const r = entryBody(f);
    if ('problems' in r) return setProblems(r.problems);
    setProblems([]);
    setError(null);
    setBusy(true);
    try {
      await evaluationApi.enter(caseId, r.body);
      onDone();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="wb-form ev-form" onSubmit={submit} aria-label="录入评价" noValidate data-testid="evaluation-form">
      <fieldset>
        <legend>录入评价（评价器、纸质评价表或意见箱）</legend>
        <label className="field">
          <span className="field__label">评价渠道</span>
          <select name="channel" value={f.channel} onChange={(e) => set({ channel: e.target.value as EntryForm['channel'] })}>
            <option value="">请选择</option>
            {CHANNEL_OPTIONS.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </label>
        <div role="radiogroup" aria-label="评价等级" className="ev-levels">
          {LEVEL_OPTIONS.map((l) => (
            <label key={l.value} className="wb-check">
              <input type="radio" name="level" value={l.value} checked={f.level === l.value} onChange={() => set({ level: l.value })} />
              {l.label}
            </label>
          ))}
        </div>
        <div className="wb-row">
          {DIMENSIONS.map((d) => (
            <label key={d.key} className="field">
              <span className="field__label">{d.label}</span>
              <select name={d.key} value={f[d.key]} onChange={(e) => set({ [d.key]: e.target.value } as Partial<EntryForm>)}>
                <option value="">不评</option>
                {[5, 4, 3, 2, 1].map((n) => <option key={n} value={String(n)}>{n} 分</option>)}
              </select>
            </label>
          ))}
          <label className="field">
            <span className="field__label">办成了吗</span>
            <select name="done" value={f.done} onChange={(e) => set({ done: e.target.value as EntryForm['done'] })}>
              <option value="">未回答</option>
              <option value="yes">办成了</option>
              <option value="no">没办成</option>
            </select>
          </label>
        </div>
        <label className="field field--block">
          <span className="field__label">留言（可不填，公开前会脱敏并审核）</span>
          <textarea name="comment" value={f.comment} maxLength={500} onChange={(e) => set({ comment: e.target.value })} />
        </label>
        {isBadLevel(f.level) && <p className="notice">不满意、非常不满意的评价将自动生成整改任务（DB1405 8.2）。</p>}
        {problems.length > 0 && <ul className="wb-errors" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        {error && <ErrorAlert error={error} />}
        <div><button type="submit" className="btn btn--primary" disabled={busy}>{busy ? '提交中…' : '提交评价'}</button></div>
      </fieldset>
    </form>
  );
}
