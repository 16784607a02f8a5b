import type { SessionUser } from '../api/types';

/** The login session lives in sessionStorage: it ends with the browser tab, and is never shared. */
const KEY = 'red-proxy.session';
/** Why the last session ended (shown once on the login page), e.g. the idle timeout. */
const REASON_KEY = 'red-proxy.signout-reason';

export interface Session {
  accessToken: string;
  /**
   * Opaque, single use: every refresh spends it and returns a new pair (the server revokes the
   * whole login when a spent one comes back). Absent only in sessions stored by older builds.
   */
  refreshToken?: string;
  user: SessionUser;
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

/** Reads a numeric claim (seconds) of a JWT without verifying it; null when absent or unreadable. */
function jwtTime(token: string, claim: 'exp' | 'iat'): number | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
    const json = typeof atob === 'function' ? atob(padded) : '';
    const payload = JSON.parse(json) as Record<string, unknown>;
    return typeof payload[claim] === 'number' ? payload[claim] : null;
  } catch {
    return null;
  }
}

/** Reads the `exp` claim (seconds) of a JWT without verifying it; null when absent or unreadable. */
export function jwtExpiry(token: string): number | null {
  return jwtTime(token, 'exp');
}

/** True when the token carries an `exp` that has passed (with a small clock-skew margin). */
export function isTokenExpired(token: string, nowMs: number, skewMs = 5_000): boolean {
  const exp = jwtExpiry(token);
  return exp !== null && exp * 1000 <= nowMs + skewMs;
}

/** Validates what was read from storage; anything malformed counts as "no session". */
export function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Session> | null;
    const u = v?.user;
    if (!v || typeof v.accessToken !== 'string' || !v.accessToken || !u || typeof u.username !== 'string') return null;
    return {
      accessToken: v.accessToken,
      ...(typeof v.refreshToken === 'string' && v.refreshToken ? { refreshToken: v.refreshToken } : {}),
      user: {
        username: u.username,
        displayName: typeof u.displayName === 'string' && u.displayName ? u.displayName : u.username,
        role: typeof u.role === 'string' ? u.role : '',
        regionCode: typeof u.regionCode === 'string' ? u.regionCode : '',
      },
    };
  } catch {
    return null;
  }
}

/**
 * A stored session is still usable while its access token is valid, or, once that has expired,
 * while it holds a refresh token to get a new one (the server decides whether the login is alive).
 */
export function isSessionUsable(s: Session, nowMs: number): boolean {
  return !!s.refreshToken || !isTokenExpired(s.accessToken, nowMs);
}

export function getSession(): Session | null {
  const s = parseSession(storage()?.getItem(KEY) ?? null);
  if (s && !isSessionUsable(s, Date.now())) {
    // Called while rendering: drop the dead session quietly (no listener calls during a render).
    storage()?.removeItem(KEY);
    return null;
  }
  return s;
}

export function getToken(): string | null {
  return getSession()?.accessToken ?? null;
}

export function saveSession(session: Session): void {
  storage()?.setItem(KEY, JSON.stringify(session));
  storage()?.removeItem(REASON_KEY);
  listeners.forEach((l) => l(session));
}

/**
 * Ends the session in this tab. `reason` (Chinese, from the API when it has one) is kept for the
 * login page to say why the user has to log in again; a plain logout leaves none. `notify: false`
 * is for a caller that leaves the page right after (logout reloads the app): the open page must
 * not react first by redirecting to the login page with itself as the page to come back to.
 */
export function clearSession(reason?: string, opts: { notify?: boolean } = {}): void {
  const st = storage();
  st?.removeItem(KEY);
  if (reason) st?.setItem(REASON_KEY, reason);
  else st?.removeItem(REASON_KEY);
  if (opts.notify !== false) listeners.forEach((l) => l(null));
}

/** The reason the last session ended, if it did not end by the user's own logout. */
export function signOutReason(): string | null {
  return storage()?.getItem(REASON_KEY) ?? null;
}

/** Once shown, the reason is forgotten (a reload of the login page does not repeat it). */
export function forgetSignOutReason(): void {
  storage()?.removeItem(REASON_KEY);
}

/** Subscribe to login/logout in this tab; returns the unsubscribe function. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// ---------- refresh decisions (pure; the client in api/client.ts acts on them) ----------

/**
 * Before a call: refresh first when the access token has expired, or has passed half its life,
 * and a refresh token is held. Why half: the server counts idle time (30 minutes) from the last
 * refresh, not the last call; refreshing only at expiry (15 minutes) would end the login of a
 * user who was busy for 14 minutes and then paused for 16. At half life the login ends after
 * 30 to 37.5 idle minutes, and an active user refreshes every 7.5 minutes.
 */
export function needsRefresh(s: Session | null, nowMs: number): boolean {
  if (!s?.refreshToken) return false;
  if (isTokenExpired(s.accessToken, nowMs)) return true;
  const exp = jwtExpiry(s.accessToken);
  const iat = jwtTime(s.accessToken, 'iat');
  return exp !== null && iat !== null && exp > iat && nowMs >= ((iat + exp) / 2) * 1000;
}

export type UnauthorizedAction = 'retry' | 'refresh' | 'sign-out';

/**
 * After a 401 on an ordinary call. Only AUTH.INVALID_TOKEN means "this access token is no good"
 * (expired in flight, clock skew, a new signing key): worth one refresh. A revoked or idle login
 * (AUTH.SESSION_*) is over, whatever token is tried. When another call has already refreshed
 * while this one was in flight, the new access token is simply tried.
 */
export function onUnauthorized(p: {
  code: string;
  usedToken: string | null;
  session: Session | null;
  alreadyRetried: boolean;
}): UnauthorizedAction {
  if (p.alreadyRetried || p.code !== 'AUTH.INVALID_TOKEN' || !p.session) return 'sign-out';
  if (p.session.accessToken !== p.usedToken) return 'retry';
  return p.session.refreshToken ? 'refresh' : 'sign-out';
}

/**
 * Whether a failed refresh ends the session. A refusal (4xx: spent, revoked, idle, expired) does;
 * a network failure or a server error does not: the refresh token may still be good, and the
 * user can retry (if the server did spend it, the next try is refused as a reuse and ends it then).
 */
export function refreshFailureEndsSession(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * Single-flight: while one call of `fn` is running, every caller gets that same promise; the next
 * call after it settles starts a new one. A refresh token is single use, so two concurrent
 * refreshes would look like token theft to the server and end the login.
 */
export function singleFlight<T>(fn: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    if (!running) {
      // Start fn on a later tick, so that `running` is set before fn can settle (even by throwing).
      const p: Promise<T> = Promise.resolve().then(fn);
      running = p;
      const release = () => {
        if (running === p) running = null;
      };
      p.then(release, release);
    }
    return running;
  };
}
