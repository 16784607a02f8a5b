/**
 * The station's work on one case (DB1405 6.2-6.4, 7.2.3), shown on the case detail: the due date
 * with its explanation, the case's materials checklist, the buttons the server allows now
 * (`allowedActions`), the scanned materials and the hops to the upper level. Every change sends
 * the version last seen; a 409 means someone else changed the case: say so and reload.
 */
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, type ApiError } from '../../api/client';
import type { CaseWork } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import { FAILURE_REASON_LABELS } from '../../i18n/zh-CN';
import { CountdownBadge } from './CountdownBadge';
import { CONFLICT_MESSAGE, isConflict, NOTIFY_CHANNELS, visibleButtons } from './workbench-logic';
import './workbench.css';

interface Props { c: CaseWork; canAct: boolean; onChange: (c: CaseWork) => void; onReload: () => void }

export function CaseWorkPanel({ c, canAct, onChange, onReload }: Props) {
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const buttons = canAct ? visibleButtons(c.allowedActions) : [];
  const has = (a: string) => buttons.some((b) => b.action === a);

  async function act(path: string, body: Record<string, unknown> = {}) {
    setBusy(true);
    setError(null);
    setConflict(false);
    try {
      onChange(await api.caseAction(c.id, path, { ...body, expectedVersion: c.version }));
      setTicked(new Set());
    } catch (e) {
      if (isConflict(e)) {
        setConflict(true);
        onReload();
      } else setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  const open = c.materials.filter((m) => !m.provided);
  return (
    <section className="card section wb-action-panel" aria-labelledby="case-work" data-testid="case-work">
      <h3 id="case-work">办理</h3>
      {conflict && <p className="alert" role="alert">{CONFLICT_MESSAGE}</p>}
      {error && <ErrorAlert error={error} />}
      <div data-testid="case-due">
        <strong>办结期限：</strong>{c.due.dueDate ?? '未开始计时'}{' '}
        <CountdownBadge remaining={c.remainingWorkingDays} limit={c.due.limitDays + c.due.extensionDays} alertLevel={c.alertLevel} />
        {c.due.clockStopped && <span className="cd cd--yellow">暂停计时</span>}
        <p className="muted">{c.due.explanation}</p>
      </div>

      {c.materials.length > 0 && (
        <div data-testid="case-materials">
          <strong>材料清单</strong>
          {c.hasNotice && <> · <Link to={`/cases/${c.id}/notice`}>一次性告知单</Link></>}
          <ul className="plain-list">
            {c.materials.map((m) => (
              <li key={m.id}>
                {!m.provided && has('PROVIDE_MATERIALS') ? (
                  <label className="wb-check">
                    <input type="checkbox" checked={ticked.has(m.id)} onChange={() => setTicked((p) => toggled(p, m.id))} />
                    {m.name}（{m.formText}，{m.copies} 份）<span className="cd cd--yellow">缺</span>
                  </label>
                ) : (
                  <span>{m.name}（{m.formText}，{m.copies} 份）{m.provided ? <span className="cd cd--green">已收</span> : <span className="cd cd--yellow">缺</span>}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {buttons.length > 0 && (
        <div className="wb-row" data-testid="case-actions">
          {has('PROVIDE_MATERIALS') && (
            <button type="button" className="btn btn--primary" disabled={busy || (open.length > 0 && ticked.size === 0)} onClick={() => act('materials', { materialIds: [...ticked] })}>材料补齐</button>
          )}
          {has('START') && <button type="button" className="btn btn--primary" disabled={busy} onClick={() => act('start')}>开始办理</button>}
          {has('RECEIVE_SUPPLEMENT') && <button type="button" className="btn btn--primary" disabled={busy} onClick={() => act('supplement-received')}>补正到位</button>}
          {has('COMPLETE') && <button type="button" className="btn btn--primary" disabled={busy} onClick={() => act('complete')}>办结</button>}
          {has('DELIVER') && <button type="button" className="btn btn--primary" disabled={busy} onClick={() => act('deliver')}>送达</button>}
        </div>
      )}
      {has('REQUEST_SUPPLEMENT') && (
        <TextAction label="要求补正" field="补正原因" busy={busy} onSubmit={(reason) => act('supplement-request', { reason })} />
      )}
      {has('HAND_UP') && <HandUp c={c} busy={busy} onChange={onChange} onHandUp={(note) => act('handoffs', note ? { note } : {})} />}
      {has('FAIL') && <FailForm busy={busy} onSubmit={(reasonCode, note) => act('fail', { reasonCode, note })} />}
      {has('NOTIFY') && <NotifyForm busy={busy} onSubmit={(channel) => act('notify', { channel })} />}

      {c.notification.notifiedAt && <p>已告知结果：{c.notification.channelText}（{formatDateTime(c.notification.notifiedAt)}）</p>}
      {c.deliveredAt && <p>已送达：{formatDateTime(c.deliveredAt)}</p>}
      {c.failureNote && <p>未办成说明：{c.failureReasonText} · {c.failureNote}</p>}

      {c.handoffs.length > 0 && (
        <div data-testid="case-hops">
          <strong>上报环节</strong>
          {c.handoffs.map((h) => (
            <div key={h.id} className="hop">
              <p>{h.toRegion.name} · {h.statusText} · 本环节期限 {h.dueDate ?? '—'}{h.overdue && <span className="cd cd--red">超期</span>}
                {h.certificateNo && <> · 证照编号 {h.certificateNo}</>}{h.resultNote && <> · 结果：{h.resultNote}</>}</p>
              <ol className="wb-steps">
                {h.steps.map((s, i) => <li key={i} className="done">{String(s.text ?? s.step)} {s.at ? formatDateTime(String(s.at)) : ''}</li>)}
              </ol>
            </div>
          ))}
        </div>
      )}
      {c.files.length > 0 && (
        <div data-testid="case-files">
          <strong>扫描材料</strong>
          <ul className="plain-list">
            {c.files.map((f) => <li key={f.id}>{f.materialName}：{f.fileName}（{Math.ceil(f.sizeBytes / 1024)} KB，{formatDateTime(f.createdAt)}）</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}

function toggled(prev: Set<number>, id: number): Set<number> {
  const next = new Set(prev);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

function Inline({ children }: { children: ReactNode }) {
  return <div className="wb-row">{children}</div>;
}

function TextAction({ label, field, busy, onSubmit }: { label: string; field: string; busy: boolean; onSubmit: (v: string) => void }) {
  const [v, setV] = useState('');
  return (
    <Inline>
      <label className="field"><span className="field__label">{field}</span><input value={v} onChange={(e) => setV(e.target.value)} maxLength={500} /></label>
      <button type="button" className="btn btn--outline" disabled={busy || !v.trim()} onClick={() => onSubmit(v.trim())}>{label}</button>
    </Inline>
  );
}

/** DB1405 7.2.3 b): upload the scanned materials, then hand the case up. */
function HandUp({ c, busy, onChange, onHandUp }: { c: CaseWork; busy: boolean; onChange: (c: CaseWork) => void; onHandUp: (note: string) => void }) {
  const names = c.materials.map((m) => m.name);
  const [material, setMaterial] = useState(names[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function upload() {
    if (!file || !material.trim()) return;
    setUploading(true);
    setError(null);
    try {
      onChange(await api.uploadCaseFile(c.id, file, material.trim()));
      setFile(null);
      setInputKey((k) => k + 1);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setUploading(false);
    }
  }

  return (
    <fieldset className="wb-form" data-testid="hand-up">
      <legend>上报上级（DB1405 7.2.3）</legend>
      <Inline>
        <label className="field"><span className="field__label">材料名称</span>
          {names.length ? (
            <select value={material} onChange={(e) => setMaterial(e.target.value)}>{names.map((n) => <option key={n} value={n}>{n}</option>)}</select>
          ) : <input value={material} onChange={(e) => setMaterial(e.target.value)} maxLength={100} />}
        </label>
        <label className="field"><span className="field__label">扫描件（PDF/JPEG/PNG）</span>
          <input key={inputKey} type="file" accept="application/pdf,image/jpeg,image/png" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="button" className="btn btn--outline" disabled={uploading || !file || !material.trim()} onClick={upload}>上传</button>
      </Inline>
      {error && <ErrorAlert error={error} />}
      <Inline>
        <label className="field"><span className="field__label">上报说明</span><input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} /></label>
        <button type="button" className="btn btn--primary" disabled={busy || c.files.length === 0} onClick={() => onHandUp(note.trim())}>上报</button>
      </Inline>
      {c.files.length === 0 && <p className="muted">请先上传扫描材料</p>}
    </fieldset>
  );
}

function FailForm({ busy, onSubmit }: { busy: boolean; onSubmit: (code: string, note: string) => void }) {
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  return (
    <Inline>
      <label className="field"><span className="field__label">未办成原因</span>
        <select value={code} onChange={(e) => setCode(e.target.value)}>
          <option value="">请选择</option>
          {Object.entries(FAILURE_REASON_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      <label className="field"><span className="field__label">告知群众的说明</span><input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} /></label>
      <button type="button" className="btn btn--outline" disabled={busy || !code || !note.trim()} onClick={() => onSubmit(code, note.trim())}>未办成</button>
    </Inline>
  );
}

function NotifyForm({ busy, onSubmit }: { busy: boolean; onSubmit: (channel: string) => void }) {
  const [channel, setChannel] = useState('PHONE');
  return (
    <Inline>
      <label className="field"><span className="field__label">告知方式</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value)}>
          {Object.entries(NOTIFY_CHANNELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      <button type="button" className="btn btn--primary" disabled={busy} onClick={() => onSubmit(channel)}>告知结果</button>
    </Inline>
  );
}
