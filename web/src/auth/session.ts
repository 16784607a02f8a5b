import type { SessionUser } from '../api/types';

/** The login session lives in sessionStorage: it ends with the browser tab, and is never shared. */
const KEY = 'red-proxy.session';

export interface Session {
  accessToken: string;
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

/** Reads the `exp` claim (seconds) of a JWT without verifying it; null when absent or unreadable. */
export function jwtExpiry(token: string): number | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
    const json = typeof atob === 'function' ? atob(padded) : '';
    const payload = JSON.parse(json) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp : null;
  } catch {
    return null;
  }
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

export function getSession(): Session | null {
  const s = parseSession(storage()?.getItem(KEY) ?? null);
  if (s && isTokenExpired(s.accessToken, Date.now())) {
    clearSession();
    return null;
  }
  return s;
}

export function getToken(): string | null {
  return getSession()?.accessToken ?? null;
}

export function saveSession(session: Session): void {
  storage()?.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l(session));
}

export function clearSession(): void {
  storage()?.removeItem(KEY);
  listeners.forEach((l) => l(null));
}

/** Subscribe to login/logout in this tab; returns the unsubscribe function. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
