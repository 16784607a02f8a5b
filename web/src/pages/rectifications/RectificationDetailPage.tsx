/**
 * One rectification task (DB1405 8.2): what went wrong (the evaluation, its comment redacted), the
 * station's record (核实, 整改措施, 反馈), the re-check or appeal, the timeline of every step, and
 * the forms of the steps the server allows the caller now (`allowedActions`). Every step sends the
 * version last seen; a 409 means someone else changed the task: say so and reload.
 */
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { RectificationDetail } from '../../api/rectification-types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import { APPEAL_REASON_LABELS, formProblem, overdueBadge, RECTIFICATION_STATUS_LABELS, statusTone, visibleForms, type ActionForm } from './rectification-logic';
import '../cases/list-pages.css';
import '../workbench/workbench.css';

const backFrom = (state: unknown): string => {
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  return from?.pathname === '/rectifications' ? `/rectifications${from.search ?? ''}` : '/rectifications';
};

export function RectificationDetailPage() {
  const { id: param } = useParams();
  const location = useLocation();
  const back = backFrom(location.state);
  const id = /^[1-9]\d{0,9}$/.test(param ?? '') ? Number(param) : null;
  const [r, setR] = useState<RectificationDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (id === null) return;
    const ac = new AbortController();
    api.rectification(id, ac.signal).then((d) => { setR(d); setError(null); }).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [id, attempt]);

  if (id === null || (error?.status === 404 && !r)) {
    return (
      <main className="page">
        <section className="panel gone" role="alert" data-testid="rectification-not-found">
          <h2>整改任务不存在</h2>
          <p>{error?.message ?? '整改任务不存在，或不在您的管辖范围内'}</p>
          <Link to={back}>返回整改列表</Link>
        </section>
      </main>
    );
  }

  const badge = r && overdueBadge(r);
  return (
    <main className="page">
      <Link className="back-link" to={back}>‹ 返回整改列表</Link>
      <section className="panel" aria-labelledby="rect-detail-title">
        <header className="panel__head">
          <div>
            <h2 id="rect-detail-title">{r ? `整改任务 #${r.id}` : '整改任务'}</h2>
            {r && <p className="muted">{r.sourceText ?? r.source} · {r.summary}</p>}
          </div>
          {r && <span className={`status status--${statusTone(r.status)}`} data-testid="rectification-status">{r.statusText}</span>}
        </header>
        {conflict && <p className="alert" role="alert">整改任务已被他人修改，已为您刷新，请核对后重试</p>}
        {error && error.status !== 404 && <ErrorAlert error={error} />}
        {r && (
          <>
            <ActionPanel r={r} onDone={(d) => { setR(d); setConflict(false); }} onConflict={() => { setConflict(true); setAttempt((n) => n + 1); }} />
            <div className="detail-grid">
              <div>
                <section className="card section" aria-labelledby="rect-facts">
                  <h3 id="rect-facts">基本情况</h3>
                  <dl className="facts" data-testid="rectification-facts">
                    <dt>案件</dt><dd><Link to={`/cases/${r.case.id}`}>{r.case.caseNo}</Link> · {r.item.name}</dd>
                    <dt>服务站</dt><dd>{r.station.name}</dd>
                    <dt>群众</dt><dd>{r.case.citizenName}</dd>
                    <dt>整改期限</dt><dd>{r.dueDate}{badge && <> <span className={`cd cd--${badge.tone}`}>{badge.text}</span></>}</dd>
                    {r.evaluation && (<>
                      <dt>评价</dt><dd>{r.evaluation.levelText}（{r.evaluation.channelText}，{formatDateTime(r.evaluation.createdAt)}）{r.evaluation.appealOutcome === 'UPHELD' && <span className="cd cd--none">申诉成立，不计入满意率</span>}</dd>
                      <dt>评价内容</dt><dd>{r.evaluation.comment ?? '（无文字评价）'}</dd>
                    </>)}
                    {r.surveyCall && (<>
                      <dt>回访发现</dt><dd>{r.surveyCall.finding ?? '—'}{r.surveyCall.levelText && `（${r.surveyCall.levelText}）`}</dd>
                    </>)}
                    <dt>核实情况</dt><dd>{r.verifyNote ?? '—'}</dd>
                    <dt>整改措施</dt><dd>{r.measures ?? '—'}</dd>
                    <dt>反馈情况</dt><dd>{r.feedbackNote ?? '—'}</dd>
                    <dt>复查意见</dt><dd>{r.recheckNote ?? '—'}</dd>
                    {r.appeal && (<><dt>申诉</dt><dd>{r.appeal.reasonText}：{r.appeal.note}</dd></>)}
                    {r.closedAt && (<><dt>办结</dt><dd>{formatDateTime(r.closedAt)}（{r.outcomeText}）</dd></>)}
                  </dl>
                </section>
              </div>
              <section className="card section" aria-labelledby="rect-timeline">
                <h3 id="rect-timeline">处理记录</h3>
                <ol className="timeline" data-testid="rectification-timeline">
                  {r.events.map((e) => (
                    <li key={e.id} data-event-type={e.type}>
                      <span className="timeline__type">{e.typeText}</span>
                      {e.toStatus && e.toStatus !== e.fromStatus && (
                        <span className="muted"> （{e.fromStatus ? `${RECTIFICATION_STATUS_LABELS[e.fromStatus] ?? e.fromStatus} → ` : ''}{RECTIFICATION_STATUS_LABELS[e.toStatus] ?? e.toStatus}）</span>
                      )}
                      {typeof e.data.note === 'string' && <span className="timeline__meta">{e.data.note}</span>}
                      {typeof e.data.measures === 'string' && <span className="timeline__meta">整改措施：{e.data.measures}</span>}
                      <span className="timeline__meta"><time dateTime={e.at}>{formatDateTime(e.at)}</time> · 操作人：{e.actor ?? '系统'}</span>
                    </li>
                  ))}
                </ol>
              </section>
            </div>
          </>
        )}
        {!r && !error && <div className="placeholder">加载中…</div>}
      </section>
    </main>
  );
}

function ActionPanel({ r, onDone, onConflict }: { r: RectificationDetail; onDone: (d: RectificationDetail) => void; onConflict: () => void }) {
  const forms = visibleForms(r.allowedActions);
  if (!forms.length) return null;
  return (
    <section className="card section wb-action-panel" aria-labelledby="rect-actions" data-testid="rectification-actions">
      <h3 id="rect-actions">办理</h3>
      {forms.map((f) => <ActionFormView key={`${f.action}-${r.version}`} form={f} r={r} onDone={onDone} onConflict={onConflict} />)}
    </section>
  );
}

function ActionFormView({ form, r, onDone, onConflict }: { form: ActionForm; r: RectificationDetail; onDone: (d: RectificationDetail) => void; onConflict: () => void }) {
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const p = formProblem(form, { text, reason });
    setProblem(p);
    if (p) return;
    setBusy(true);
    setError(null);
    try {
      const body = {
        action: form.action, version: r.version,
        ...(form.field && text.trim() ? { [form.field.key]: text.trim() } : {}),
        ...(form.reason ? { reason: reason as 'MISTAKEN' | 'MALICIOUS' } : {}),
      };
      onDone(await api.rectificationAction(r.id, body));
    } catch (e) {
      const err = toApiError(e);
      if (err.status === 409 && err.code === 'RECTIFICATION.VERSION_CONFLICT') onConflict();
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="wb-row" data-action={form.action}>
      {form.reason && (
        <label className="field"><span className="field__label">申诉理由</span>
          <select value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="">请选择</option>
            {Object.entries(APPEAL_REASON_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </label>
      )}
      {form.field && (
        <label className="field"><span className="field__label">{form.field.label}</span>
          <input value={text} onChange={(e) => setText(e.target.value)} maxLength={form.field.key === 'measures' ? 2000 : 1000} />
        </label>
      )}
      <button type="button" className={`btn ${form.primary ? 'btn--primary' : 'btn--outline'}`} disabled={busy} onClick={submit}>{form.label}</button>
      {problem && <span className="wb-errors" role="alert">{problem}</span>}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
