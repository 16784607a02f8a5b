/**
 * 上报件审核 (DB1405 7.2.3): the hops waiting for the caller's township or county window, each
 * with the one button of its next step, strictly in order: 确认材料 → 审核 → 签字 → 盖章 → 出证
 * (certificate number) → 回传 (result note). The server refuses a step out of order (409).
 */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { HandoffRow } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import { HOP_STEPS, hopStepBody, hopStepLabel } from './workbench-logic';
import '../cases/list-pages.css';
import './workbench.css';

export function HandoffsPage() {
  const [rows, setRows] = useState<HandoffRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    const ac = new AbortController();
    api.handoffs('OPEN', ac.signal).then(setRows).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [attempt]);

  return (
    <main className="page">
      <section className="panel" aria-labelledby="ho-title">
        <header className="panel__head"><div><h2 id="ho-title">上报件审核</h2><p>DB1405 7.2.3：服务站上报的事项，按 确认材料 → 审核 → 签字 → 盖章 → 出证 → 回传 依次办理</p></div></header>
        {error && <ErrorAlert error={error} />}
        {rows && rows.length === 0 && <p className="muted">暂无待办上报件</p>}
        {rows?.map((h) => <HopCard key={h.id} hop={h} onDone={reload} />)}
      </section>
    </main>
  );
}

function HopCard({ hop, onDone }: { hop: HandoffRow; onDone: () => void }) {
  const [certificateNo, setCertificateNo] = useState('');
  const [resultNote, setResultNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step = hop.nextStep;
  const doneIndex = HOP_STEPS.findIndex((s) => s.step === step);

  async function run() {
    if (!step) return;
    const body = hopStepBody(step, { certificateNo, resultNote });
    if (!body) {
      setProblem(step === 'issue' ? '请填写证照编号' : '请填写办理结果');
      return;
    }
    setBusy(true);
    setProblem(null);
    setError(null);
    try {
      await api.handoffStep(hop.id, step, body);
      onDone();
    } catch (e) {
      setError(toApiError(e));
      if (toApiError(e).status === 409) onDone();
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="card section" data-testid="handoff" data-case-no={hop.case.caseNo}>
      <h3><Link to={`/cases/${hop.case.id}`}>{hop.case.caseNo}</Link> · {hop.case.item.name}</h3>
      <p className="muted">
        {hop.case.station.name} · 群众 {hop.case.citizenName} · 上报于 {formatDateTime(hop.handedUpAt)} · 扫描件 {hop.files} 份 · 本环节期限 {hop.dueDate ?? '—'}
        {hop.overdue && <span className="cd cd--red">已超期</span>}
      </p>
      <ol className="wb-steps" aria-label="办理环节">
        {HOP_STEPS.map((s, i) => <li key={s.step} className={doneIndex === -1 || i < doneIndex ? 'done' : ''}>{s.label}</li>)}
      </ol>
      <p>当前状态：<span data-testid="hop-status">{hop.statusText}</span></p>
      {step && (
        <div className="wb-row">
          {step === 'issue' && <label className="field"><span className="field__label">证照编号</span><input value={certificateNo} onChange={(e) => setCertificateNo(e.target.value)} maxLength={64} /></label>}
          {step === 'return' && <label className="field"><span className="field__label">办理结果</span><input value={resultNote} onChange={(e) => setResultNote(e.target.value)} maxLength={500} /></label>}
          <button type="button" className="btn btn--primary" disabled={busy} onClick={run}>{hopStepLabel(step)}</button>
        </div>
      )}
      {problem && <p className="wb-errors" role="alert">{problem}</p>}
      {error && <ErrorAlert error={error} />}
    </article>
  );
}
