import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api, ApiError } from '../api/client';
import { returnPath } from '../auth/return-path';
import { forgetSignOutReason, getSession, saveSession, signOutReason } from '../auth/session';
import { errorMessage, t } from '../i18n/zh-CN';

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = returnPath(location.state);
  // Why the last session ended (idle timeout, revoked, …): said once, then forgotten.
  const [reason, setReason] = useState(signOutReason);

  useEffect(() => {
    document.title = t.appTitle;
    forgetSignOutReason();
  }, []);

  if (getSession()) return <Navigate to={target} replace />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(t.login.required);
      return;
    }
    setBusy(true);
    setError(null);
    setReason(null);
    try {
      const res = await api.login({ username: username.trim(), password });
      saveSession({ accessToken: res.accessToken, refreshToken: res.refreshToken, user: res.user });
      navigate(target, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : errorMessage({ code: 'CLIENT.NETWORK' }));
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <div className="login__card">
        <div className="brand brand--login">
          <span className="brand__mark" aria-hidden="true">
            代
          </span>
          <div>
            <h1 className="brand__title">{t.appTitle}</h1>
            <p className="brand__sub">{t.appSubtitle}</p>
          </div>
        </div>
        <form className="login__form" onSubmit={submit} noValidate>
          <h2 className="login__heading">{t.login.heading}</h2>
          {reason && !error && (
            <div className="alert" role="status" data-testid="signout-reason">
              {reason}
            </div>
          )}
          {error && (
            <div className="alert" role="alert">
              {error}
            </div>
          )}
          <label className="field field--block">
            <span className="field__label">{t.login.username}</span>
            <input
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              disabled={busy}
            />
          </label>
          <label className="field field--block">
            <span className="field__label">{t.login.password}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              disabled={busy}
            />
          </label>
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {busy ? t.login.submitting : t.login.submit}
          </button>
        </form>
        {/* DB1405 8.1.3 / 4.4: satisfaction, the catalogue and the stations are public, no login */}
        <p className="login__public" style={{ marginTop: 16, textAlign: 'center', fontSize: 13 }}>
          <Link to="/public">公开信息（满意度、服务事项、服务站、网上评价与意见建议）</Link>
        </p>
      </div>
    </main>
  );
}
