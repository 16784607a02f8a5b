/** 修改密码: the signed-in user changes their own password (POST /auth/password; audited by the server). */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { errorMessage, t } from '../../i18n/zh-CN';
import { passwordFormProblem, type PasswordDraft } from './password-form';
import './account.css';

const EMPTY: PasswordDraft = { oldPassword: '', newPassword: '', confirm: '' };

export function PasswordPage() {
  const [draft, setDraft] = useState<PasswordDraft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const set = (k: keyof PasswordDraft) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [k]: e.target.value }));
    setDone(false);
  };

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const problem = passwordFormProblem(draft);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.changePassword({ oldPassword: draft.oldPassword, newPassword: draft.newPassword });
      setDraft(EMPTY);
      setDone(true);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : errorMessage({ code: 'CLIENT.NETWORK' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page">
      <section className="panel account" aria-labelledby="password-title">
        <header className="panel__head">
          <div>
            <h2 id="password-title">{t.account.title}</h2>
            <p className="muted">{t.account.hint}</p>
          </div>
        </header>
        <form className="login__form" onSubmit={submit} noValidate>
          {error && (
            <div className="alert" role="alert">
              {error}
            </div>
          )}
          {done && (
            <div className="account__done" role="status">
              {t.account.done}
            </div>
          )}
          <label className="field field--block">
            <span className="field__label">{t.account.oldPassword}</span>
            <input type="password" name="oldPassword" autoComplete="current-password" value={draft.oldPassword} onChange={set('oldPassword')} disabled={busy} />
          </label>
          <label className="field field--block">
            <span className="field__label">{t.account.newPassword}</span>
            <input type="password" name="newPassword" autoComplete="new-password" value={draft.newPassword} onChange={set('newPassword')} disabled={busy} />
          </label>
          <label className="field field--block">
            <span className="field__label">{t.account.confirm}</span>
            <input type="password" name="confirm" autoComplete="new-password" value={draft.confirm} onChange={set('confirm')} disabled={busy} />
          </label>
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {busy ? t.account.submitting : t.account.submit}
          </button>
        </form>
      </section>
    </main>
  );
}
