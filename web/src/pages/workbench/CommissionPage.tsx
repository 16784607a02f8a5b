/**
 * 受理委托 (DB1405 4.1, 6.2): the item, the citizen (or the consultation it comes from), the
 * citizen's voluntary consent and how it was given, and the item's materials checklist ticked as
 * handed over. Anything unticked goes on the one-time notice (6.2.2), shown right after saving.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { CaseCreated, Checklist, Consultation } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { MATERIAL_FORM_LABELS } from '../../i18n/zh-CN';
import { ItemSelect } from './ItemSelect';
import { commissionErrors, CONSENT_METHODS, missingMaterials } from './workbench-logic';
import '../cases/list-pages.css';
import './workbench.css';

export function CommissionPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const consultationId = Number(params.get('consultation')) || null;
  const [consultation, setConsultation] = useState<Consultation | null>(null);
  const [itemId, setItemId] = useState<number | null>(null);
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [consent, setConsent] = useState(false);
  const [method, setMethod] = useState('');
  const [homeVisit, setHomeVisit] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!consultationId) return;
    const ac = new AbortController();
    api.consultation(consultationId, ac.signal).then((c) => {
      setConsultation(c);
      if (c.item) setItemId(c.item.id);
    }).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [consultationId]);

  useEffect(() => {
    setChecklist(null);
    setTicked(new Set());
    if (!itemId) return;
    const ac = new AbortController();
    api.checklist(itemId, ac.signal).then(setChecklist).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [itemId]);

  function toggle(id: number) {
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs = commissionErrors({ fromConsultation: !!consultationId, itemId, name, phone, idNumber, consent, method });
    setProblems(errs);
    if (errs.length || !itemId) return;
    setBusy(true);
    setError(null);
    const options = { consent: { given: true, method }, providedMaterialIds: [...ticked], homeVisit };
    try {
      const created: CaseCreated = consultationId
        ? await api.convertConsultation(consultationId, { ...options, itemId })
        : await api.createCase({ ...options, itemId, citizen: { name: name.trim(), phone: phone.trim(), ...(idNumber.trim() ? { idNumber: idNumber.trim().toUpperCase() } : {}) } });
      navigate(created.oneTimeNotice ? `/cases/${created.id}/notice` : `/cases/${created.id}`, { replace: true });
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  const missing = checklist ? missingMaterials(checklist.materials, ticked) : [];
  return (
    <main className="page">
      <Link className="back-link" to="/workbench">‹ 返回工作台</Link>
      <section className="panel" aria-labelledby="cm-title">
        <header className="panel__head"><div><h2 id="cm-title">受理委托</h2><p>DB1405 4.1、6.2：群众自愿委托，代办服务不收取任何费用</p></div></header>
        <form className="wb-form" onSubmit={submit} noValidate>
          <fieldset>
            <legend>代办事项</legend>
            <label className="field" htmlFor="cm-item"><span className="field__label">事项</span></label>
            <ItemSelect id="cm-item" value={itemId} onChange={(id) => setItemId(id)} />
          </fieldset>
          <fieldset>
            <legend>委托群众</legend>
            {consultation ? (
              <p data-testid="from-consultation">由咨询转来：{consultation.citizen.name}（{consultation.citizen.phone}）· {consultation.topic}</p>
            ) : (
              <>
                <label className="field"><span className="field__label">群众姓名</span><input value={name} onChange={(e) => setName(e.target.value)} maxLength={32} /></label>
                <label className="field"><span className="field__label">联系电话</span><input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" /></label>
                <label className="field"><span className="field__label">身份证号码</span><input value={idNumber} onChange={(e) => setIdNumber(e.target.value)} maxLength={18} /></label>
              </>
            )}
          </fieldset>
          <fieldset>
            <legend>委托意愿（DB1405 4.1）</legend>
            <label className="wb-check"><input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />群众自愿委托</label>
            <label className="field"><span className="field__label">委托方式</span>
              <select value={method} onChange={(e) => setMethod(e.target.value)}>
                <option value="">请选择</option>
                {Object.entries(CONSENT_METHODS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
              </select>
            </label>
            <label className="wb-check"><input type="checkbox" checked={homeVisit} onChange={(e) => setHomeVisit(e.target.checked)} />行动不便，上门代办（DB1405 4.2）</label>
          </fieldset>
          <fieldset data-testid="checklist">
            <legend>材料清单（勾选已收到的材料）</legend>
            {!itemId && <p className="muted">请先选择事项</p>}
            {checklist?.materials.map((m) => (
              <label key={m.id} className="wb-check">
                <input type="checkbox" checked={ticked.has(m.id)} onChange={() => toggle(m.id)} />
                {m.name}<span className="muted">（{MATERIAL_FORM_LABELS[m.form] ?? m.form}，{m.copies} 份；{m.howToGet}）</span>
              </label>
            ))}
            {checklist && missing.length > 0 && <p className="notice">尚缺 {missing.length} 项材料：保存后打印一次性告知单，材料补齐后受理并开始计时（DB1405 6.2.2）</p>}
          </fieldset>
          {problems.length > 0 && <ul className="wb-errors" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
          {error && <ErrorAlert error={error} />}
          <div><button type="submit" className="btn btn--primary" disabled={busy}>确认受理</button></div>
        </form>
      </section>
    </main>
  );
}
