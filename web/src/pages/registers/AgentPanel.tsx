/** One agent: details (phone masked), edit form, training records (DB1405 5.2.4) and a form to add one. */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, isAbort } from '../../api/client';
import type { AgentDetail, AgentUpdate } from '../../api/types';
import { AGENT_CATEGORY_LABELS, errorMessage, t } from '../../i18n/zh-CN';
import { AGENT_CATEGORY_KEYS, formatHours, PHONE_RULE, splitSkills, todayInChina, trainingProblem } from './register-logic';

export interface AgentPanelProps {
  id: number;
  canWrite: boolean;
  onChanged: (a: AgentDetail) => void;
  onClose: () => void;
}

type Note = { kind: 'ok' | 'error'; text: string } | null;

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : errorMessage(null));

interface EditForm {
  category: string;
  skills: string;
  active: boolean;
  phone: string;
}

const editForm = (a: AgentDetail): EditForm => ({ category: a.category, skills: a.skills.join('、'), active: a.active, phone: '' });

export function AgentPanel({ id, canWrite, onChanged, onClose }: AgentPanelProps) {
  const [agent, setAgent] = useState<AgentDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [edit, setEdit] = useState<EditForm | null>(null);
  const [editNote, setEditNote] = useState<Note>(null);
  const [training, setTraining] = useState({ course: '', provider: '', date: todayInChina(), hours: '2' });
  const [trainingNote, setTrainingNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ac = new AbortController();
    api
      .agent(id, ac.signal)
      .then((a) => {
        setAgent(a);
        setEdit(editForm(a));
      })
      .catch((e) => {
        if (!isAbort(e)) setLoadError(messageOf(e));
      });
    return () => ac.abort();
  }, [id]);

  const refreshed = (a: AgentDetail) => {
    setAgent(a);
    setEdit(editForm(a));
    onChanged(a);
  };

  async function saveEdit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!agent || !edit) return;
    const phone = edit.phone.replace(/[\s-]/g, '');
    if (phone && !PHONE_RULE.test(phone)) {
      setEditNote({ kind: 'error', text: t.registers.phoneInvalid });
      return;
    }
    const skills = splitSkills(edit.skills);
    const patch: AgentUpdate = {};
    if (edit.category !== agent.category) patch.category = edit.category;
    if (skills.join('|') !== agent.skills.join('|')) patch.skills = skills;
    if (edit.active !== agent.active) patch.active = edit.active;
    if (phone) patch.phone = phone;
    if (Object.keys(patch).length === 0) {
      setEditNote({ kind: 'ok', text: t.registers.noChanges });
      return;
    }
    setBusy(true);
    try {
      refreshed(await api.updateAgent(id, patch));
      setEditNote({ kind: 'ok', text: t.registers.saved });
    } catch (err) {
      setEditNote({ kind: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  }

  async function addTraining(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const problem = trainingProblem(training, todayInChina());
    if (problem) {
      setTrainingNote({ kind: 'error', text: { course: t.registers.courseRequired, date: t.registers.dateInvalid, hours: t.registers.hoursInvalid }[problem] });
      return;
    }
    setBusy(true);
    try {
      await api.addTraining(id, { course: training.course.trim(), provider: training.provider.trim() || undefined, date: training.date, hours: Number(training.hours) });
      refreshed(await api.agent(id));
      setTraining((f) => ({ ...f, course: '', provider: '' }));
      setTrainingNote({ kind: 'ok', text: t.registers.trainingAdded });
    } catch (err) {
      setTrainingNote({ kind: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  }

  const noteView = (n: Note) =>
    n && (
      <div className={n.kind === 'ok' ? 'reg-notice' : 'alert'} role={n.kind === 'ok' ? 'status' : 'alert'}>
        {n.text}
      </div>
    );

  return (
    <aside className="card reg-panel" aria-labelledby="agent-panel-title" data-testid="agent-panel">
      <div className="reg-panel__head">
        <div>
          <h3 id="agent-panel-title">{agent?.name ?? t.registers.agentDetail}</h3>
          {agent && <p className="muted">{agent.stationName}</p>}
        </div>
        <button type="button" className="btn reg-close" onClick={onClose}>
          {t.registers.close}
        </button>
      </div>
      {loadError && (
        <div className="alert" role="alert">
          {loadError}
        </div>
      )}
      {!agent && !loadError && <p className="muted">{t.registers.loading}</p>}
      {agent && edit && (
        <>
          <dl className="reg-dl">
            <dt>{t.registers.fieldStation}</dt>
            <dd>{agent.stationName}（{agent.townshipName}）</dd>
            <dt>{t.registers.colCategory}</dt>
            <dd>{AGENT_CATEGORY_LABELS[agent.category] ?? agent.category}</dd>
            <dt>{t.registers.fieldPhone}</dt>
            <dd>{agent.phone}</dd>
            <dt>{t.registers.colHoursThisYear}</dt>
            <dd>{t.registers.hours(formatHours(agent.trainingHoursThisYear))}</dd>
          </dl>

          {canWrite && (
            <form className="reg-form" onSubmit={saveEdit} aria-label={t.registers.agentDetail}>
              <h4>{t.registers.editAgent}</h4>
              <fieldset className="reg-form" disabled={busy}>
                <label className="field">
                  <span className="field__label">{t.registers.colCategory}</span>
                  <select value={edit.category} onChange={(e) => setEdit({ ...edit, category: e.target.value })}>
                    {AGENT_CATEGORY_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {AGENT_CATEGORY_LABELS[k]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field__label">{t.registers.fieldSkills}</span>
                  <input value={edit.skills} placeholder={t.registers.skillsPlaceholder} onChange={(e) => setEdit({ ...edit, skills: e.target.value })} />
                </label>
                <label className="field">
                  <span className="field__label">{t.registers.newPhone}</span>
                  <input inputMode="tel" value={edit.phone} placeholder={t.registers.newPhonePlaceholder} onChange={(e) => setEdit({ ...edit, phone: e.target.value })} />
                  <span className="muted reg-form__hint">{t.registers.phoneMaskedNote}</span>
                </label>
                <label className="reg-check">
                  <input type="checkbox" checked={edit.active} onChange={(e) => setEdit({ ...edit, active: e.target.checked })} />
                  {t.registers.fieldActive}
                </label>
              </fieldset>
              {noteView(editNote)}
              <div className="reg-form__actions">
                <button type="submit" className="btn btn--primary" disabled={busy}>
                  {t.registers.save}
                </button>
              </div>
            </form>
          )}

          <h4>{t.registers.trainings}</h4>
          {agent.hoursByYear.length > 0 && (
            <p className="muted">
              {t.registers.hoursByYear}：{agent.hoursByYear.map((y) => `${y.year}年 ${t.registers.hours(formatHours(y.hours))}`).join('；')}
            </p>
          )}
          {agent.trainings.length === 0 ? (
            <p className="muted">{t.registers.trainingsEmpty}</p>
          ) : (
            <table className="reg-mini-table" data-testid="trainings-table" aria-label={t.registers.trainingsCaption}>
              <thead>
                <tr>
                  <th scope="col">{t.registers.colDate}</th>
                  <th scope="col">{t.registers.colCourse}</th>
                  <th scope="col">{t.registers.colProvider}</th>
                  <th scope="col" className="num reg-nowrap">{t.registers.colHours}</th>
                </tr>
              </thead>
              <tbody>
                {agent.trainings.map((tr) => (
                  <tr key={tr.id}>
                    <td className="reg-nowrap">{tr.date}</td>
                    <td>{tr.course}</td>
                    <td>{tr.provider || t.registers.none}</td>
                    <td className="num">{formatHours(tr.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          {canWrite && (
            <form className="reg-form" onSubmit={addTraining} aria-label={t.registers.addTraining}>
              <h4>{t.registers.addTraining}</h4>
              <fieldset className="reg-form" disabled={busy}>
                <label className="field">
                  <span className="field__label">{t.registers.course}</span>
                  <input value={training.course} maxLength={100} placeholder={t.registers.coursePlaceholder} onChange={(e) => setTraining({ ...training, course: e.target.value })} />
                </label>
                <label className="field">
                  <span className="field__label">{t.registers.provider}</span>
                  <input value={training.provider} maxLength={100} placeholder={t.registers.providerPlaceholder} onChange={(e) => setTraining({ ...training, provider: e.target.value })} />
                </label>
                <div className="reg-form__pair">
                  <label className="field">
                    <span className="field__label">{t.registers.date}</span>
                    <input type="date" value={training.date} max={todayInChina()} onChange={(e) => setTraining({ ...training, date: e.target.value })} />
                  </label>
                  <label className="field">
                    <span className="field__label">{t.registers.trainingHours}</span>
                    <input type="number" min={0.5} max={100} step={0.5} value={training.hours} onChange={(e) => setTraining({ ...training, hours: e.target.value })} />
                  </label>
                </div>
              </fieldset>
              {noteView(trainingNote)}
              <div className="reg-form__actions">
                <button type="submit" className="btn btn--primary" disabled={busy}>
                  {t.registers.addTraining}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </aside>
  );
}
