/**
 * 登记咨询 and one consultation (DB1405 6.1, 7.2.1 a): a call or visit with the citizen's name and
 * contact, the item or a free topic, the content, and the answer — or left open, answered later
 * (6.1.3). An open or answered consultation turns into a commission in one step (转为委托).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isAbort, type ApiError } from '../../api/client';
import type { Consultation } from '../../api/types';
import { ErrorAlert, toApiError } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/time';
import { ItemSelect } from './ItemSelect';
import { consultationErrors, CONSULTATION_CHANNELS, CONSULTATION_STATUS } from './workbench-logic';
import '../cases/list-pages.css';
import './workbench.css';

export function NewConsultationPage() {
  const navigate = useNavigate();
  const [channel, setChannel] = useState<'PHONE' | 'VISIT'>('VISIT');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [itemId, setItemId] = useState<number | null>(null);
  const [itemName, setItemName] = useState('');
  const [topic, setTopic] = useState('');
  const [content, setContent] = useState('');
  const [answerNow, setAnswerNow] = useState(false);
  const [answer, setAnswer] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs = consultationErrors({ name, phone, itemId, topic, content });
    if (answerNow && !answer.trim()) errs.push('请填写答复，或选择“暂不答复”');
    setProblems(errs);
    if (errs.length) return;
    setBusy(true);
    setError(null);
    try {
      const c = await api.createConsultation({
        channel, citizen: { name: name.trim(), phone: phone.trim() }, ...(itemId ? { itemId } : {}),
        topic: topic.trim() || itemName, content: content.trim(), ...(answerNow ? { answer: answer.trim() } : {}),
      });
      navigate(`/workbench/consultations/${c.id}`, { replace: true });
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  return (
    <main className="page">
      <Link className="back-link" to="/workbench">‹ 返回工作台</Link>
      <section className="panel" aria-labelledby="nc-title">
        <header className="panel__head"><div><h2 id="nc-title">登记咨询</h2><p>DB1405 6.1：来电、来访咨询一律登记，首问负责</p></div></header>
        <form className="wb-form" onSubmit={submit} noValidate>
          <fieldset>
            <legend>咨询方式</legend>
            <div className="wb-row">
              {(['PHONE', 'VISIT'] as const).map((c) => (
                <label key={c} className="wb-check"><input type="radio" name="channel" checked={channel === c} onChange={() => setChannel(c)} />{CONSULTATION_CHANNELS[c]}</label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>咨询人</legend>
            <label className="field"><span className="field__label">姓名</span><input value={name} onChange={(e) => setName(e.target.value)} maxLength={32} /></label>
            <label className="field"><span className="field__label">联系电话</span><input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" /></label>
          </fieldset>
          <fieldset>
            <legend>咨询内容</legend>
            <label className="field" htmlFor="nc-item"><span className="field__label">咨询事项</span></label>
            <ItemSelect id="nc-item" value={itemId} allowNone="（清单外事项，填写主题）" onChange={(id, it) => { setItemId(id); setItemName(it?.name ?? ''); }} />
            <label className="field"><span className="field__label">主题</span><input value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} placeholder={itemName || '清单外事项请填写'} /></label>
            <label className="field"><span className="field__label">内容</span><textarea value={content} onChange={(e) => setContent(e.target.value)} maxLength={2000} /></label>
          </fieldset>
          <fieldset>
            <legend>答复</legend>
            <label className="wb-check"><input type="radio" name="answerNow" checked={!answerNow} onChange={() => setAnswerNow(false)} />暂不答复（限期 2 个工作日内答复）</label>
            <label className="wb-check"><input type="radio" name="answerNow" checked={answerNow} onChange={() => setAnswerNow(true)} />当场答复</label>
            {answerNow && <label className="field"><span className="field__label">答复内容</span><textarea value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={2000} /></label>}
          </fieldset>
          {problems.length > 0 && <ul className="wb-errors" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
          {error && <ErrorAlert error={error} />}
          <div><button type="submit" className="btn btn--primary" disabled={busy}>保存咨询</button></div>
        </form>
      </section>
    </main>
  );
}

export function ConsultationPage() {
  const { id: param } = useParams();
  const id = Number(param);
  const [c, setC] = useState<Consultation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState('');
  useEffect(() => {
    const ac = new AbortController();
    api.consultation(id, ac.signal).then(setC).catch((e) => !isAbort(e) && setError(toApiError(e)));
    return () => ac.abort();
  }, [id]);

  async function saveAnswer(e: FormEvent) {
    e.preventDefault();
    if (!answer.trim()) return;
    try {
      setC(await api.answerConsultation(id, answer.trim()));
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <main className="page">
      <Link className="back-link" to="/workbench">‹ 返回工作台</Link>
      <section className="panel" aria-labelledby="cs-title">
        <header className="panel__head"><div><h2 id="cs-title">咨询记录</h2>{c && <p>{formatDateTime(c.createdAt)} · {CONSULTATION_CHANNELS[c.channel as 'PHONE'] ?? c.channel}</p>}</div>
          {c && <span className="badge" data-testid="consultation-status">{CONSULTATION_STATUS[c.status as 'OPEN'] ?? c.status}</span>}</header>
        {error && <ErrorAlert error={error} />}
        {c && (
          <div className="card section">
            <dl className="facts">
              <dt>咨询人</dt><dd>{c.citizen.name}（{c.citizen.phone}）</dd>
              <dt>事项</dt><dd>{c.item?.name ?? '清单外事项'}</dd>
              <dt>主题</dt><dd>{c.topic}</dd>
              <dt>内容</dt><dd>{c.content}</dd>
              <dt>答复</dt><dd>{c.answer ?? '待答复'}</dd>
              {c.dueDate && <><dt>答复期限</dt><dd>{c.dueDate}{c.overdue ? '（已超期）' : ''}</dd></>}
              <dt>首问负责人</dt><dd>{c.owner.name}</dd>
              {c.cases.length > 0 && <><dt>已转案件</dt><dd>{c.cases.map((k) => <Link key={k.id} to={`/cases/${k.id}`}>{k.caseNo}</Link>)}</dd></>}
            </dl>
            {c.status === 'OPEN' && (
              <form className="wb-row" onSubmit={saveAnswer}>
                <label className="field"><span className="field__label">答复内容</span><input value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={2000} /></label>
                <button type="submit" className="btn btn--outline">保存答复</button>
              </form>
            )}
            {c.status !== 'CONVERTED' && (
              <p><Link className="btn btn--primary" to={`/workbench/commission?consultation=${c.id}`}>转为委托</Link></p>
            )}
          </div>
        )}
      </section>
    </main>
  );
}
