/**
 * The 回访 list of one batch (DB1405 8.1.2) within the caller's scope: citizens masked (the full
 * phone, for dialling, only on request — audited, GET /cases/{id}/citizen), and the outcome of
 * each call. The server refuses the agent who handled the case (SURVEY.SELF_CALL).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import { surveyApi } from '../../api/evaluations';
import type { SurveyCall } from '../../api/evaluation-types';
import type { Paged } from '../../api/types';
import { getSession } from '../../auth/session';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../components/time';
import { canViewCitizenPii } from '../cases/case-view';
import { callBody, canCall, isBadLevel, LEVEL_OPTIONS, OUTCOME_OPTIONS, type CallForm } from './evaluation-logic';

const PAGE_SIZE = 20;

export function SurveyCalls({ batchId, onChange }: { batchId: number; onChange: () => void }) {
  const [outcome, setOutcome] = useState<string | null>('PENDING');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Paged<SurveyCall> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    surveyApi.calls(batchId, { outcome, page, pageSize: PAGE_SIZE }, ac.signal).then(setData).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [batchId, outcome, page, attempt]);
  const role = getSession()?.user.role;

  return (
    <section className="card section" aria-labelledby="sv-calls">
      <h3 id="sv-calls">回访清单</h3>
      <label className="field">
        <span className="field__label">回访结果</span>
        <select value={outcome ?? ''} onChange={(e) => { setOutcome(e.target.value || null); setPage(1); }}>
          <option value="">全部</option>
          <option value="PENDING">待回访</option>
          {OUTCOME_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      {error && <ErrorAlert error={error} />}
      {data?.items.length === 0 && <p className="muted">没有符合条件的回访记录</p>}
      {data?.items.map((c) => (
        <CallItem key={c.id} c={c} canRecord={canCall(role)} canDial={canViewCitizenPii(role)} onDone={() => { setAttempt((n) => n + 1); onChange(); }} />
      ))}
      {data && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} unit="件" onPage={setPage} />}
    </section>
  );
}

function CallItem({ c, canRecord, canDial, onDone }: { c: SurveyCall; canRecord: boolean; canDial: boolean; onDone: () => void }) {
  const [phone, setPhone] = useState<string | null>(null);
  const [f, setF] = useState<CallForm>({ outcome: '', level: '', comment: '', finding: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const open = c.outcome === 'PENDING' || c.outcome === 'NOT_REACHED';
  const set = (patch: Partial<CallForm>) => setF((prev) => ({ ...prev, ...patch }));

  async function run<T>(work: () => Promise<T>) {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }
  async function save() {
    const r = callBody(f);
    if ('problems' in r) return setProblem(r.problems[0]);
    setProblem(null);
    if (await run(() => surveyApi.record(c.id, r.body))) onDone();
  }

  return (
    <article className="ev-item" data-testid="survey-call" data-call-id={c.id}>
      <p>
        <Link to={`/cases/${c.case.id}`}>{c.case.caseNo}</Link> · {c.case.item.name} · {c.townshipName} {c.case.station.name} · 经办 {c.case.agentName}
      </p>
      <p className="muted">
        群众 {c.citizen.name} · 电话 {phone ?? c.citizen.phone}
        {canDial && !phone && open && (
          <button type="button" className="btn btn--link" disabled={busy} onClick={async () => { const full = await run(() => api.caseCitizen(c.case.id)); if (full) setPhone(full.phone); }}>
            查看完整电话（留痕）
          </button>
        )}
        {' '}· 办结 {formatDateTime(c.case.completedAt)}
      </p>
      <p>
        <strong>{c.outcomeText}</strong>
        {c.levelText && <span className={isBadLevel(c.level) ? 'status--fail' : undefined}> · {c.levelText}</span>}
        {c.calledAt && <span className="muted"> · {formatDateTime(c.calledAt)}</span>}
        {c.finding && <> · 发现问题：{c.finding}</>}
        {c.comment && <> · 记录：{c.comment}</>}
        {c.rectification && <> · <Link to={`/rectifications/${c.rectification.id}`}>整改 #{c.rectification.id}</Link></>}
      </p>
      {canRecord && open && (
        <div className="wb-row">
          <label className="field"><span className="field__label">回访结果</span>
            <select value={f.outcome} onChange={(e) => set({ outcome: e.target.value as CallForm['outcome'] })}>
              <option value="">请选择</option>
              {OUTCOME_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </label>
          <label className="field"><span className="field__label">满意程度</span>
            <select value={f.level} disabled={f.outcome !== 'REACHED'} onChange={(e) => set({ level: e.target.value as CallForm['level'] })}>
              <option value="">未评价</option>
              {LEVEL_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </label>
          <label className="field"><span className="field__label">回访记录</span><input value={f.comment} maxLength={500} onChange={(e) => set({ comment: e.target.value })} /></label>
          <label className="field"><span className="field__label">发现的问题（将生成整改）</span><input value={f.finding} maxLength={500} onChange={(e) => set({ finding: e.target.value })} /></label>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={save}>登记</button>
        </div>
      )}
      {problem && <p className="wb-errors" role="alert">{problem}</p>}
      {error && <ErrorAlert error={error} />}
    </article>
  );
}
