import { clearSession, getToken } from '../auth/session';
import { errorMessage } from '../i18n/zh-CN';
import type {
  ApiErrorBody,
  LoginRequest,
  LoginResponse,
  OnTimeRateResponse,
  Region,
  RegionList,
} from './types';

const API_BASE = '/api/v1';

/** A failed API call. `message` is always Chinese text fit to show the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let unauthorizedHandler: (() => void) | null = null;

/** The app registers how to get back to the login page when a call answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** false for the login call itself: no token is sent and a 401 is an ordinary error. */
  auth?: boolean;
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorBody).code === 'string';
}

async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const auth = opts.auth !== false;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (auth) {
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }

  let res: Response;
  try {
    res = await fetch(API_BASE + path, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' }));
  }

  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!res.ok) {
    const body = isErrorBody(data) ? data : undefined;
    const code = body?.code ?? `HTTP.${res.status}`;
    const err = new ApiError(
      res.status,
      code,
      errorMessage({ code, message: body?.message, status: res.status }),
      body?.requestId ?? res.headers.get('x-request-id') ?? undefined,
    );
    if (res.status === 401 && auth) {
      clearSession();
      unauthorizedHandler?.();
    }
    throw err;
  }
  if (data === undefined) {
    throw new ApiError(res.status, 'CLIENT.BAD_RESPONSE', errorMessage({ code: 'CLIENT.BAD_RESPONSE' }));
  }
  return data as T;
}

function query(params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  login(body: LoginRequest, signal?: AbortSignal): Promise<LoginResponse> {
    return request<LoginResponse>('/auth/login', { method: 'POST', body, signal, auth: false });
  },
  regionScope(signal?: AbortSignal): Promise<Region> {
    return request<Region>('/regions/scope', { signal });
  },
  async regionChildren(parent: string, signal?: AbortSignal): Promise<Region[]> {
    const list = await request<RegionList>(`/regions${query({ parent })}`, { signal });
    return list.items ?? [];
  },
  onTimeRate(
    params: { from: string; to: string; region?: string | null },
    signal?: AbortSignal,
  ): Promise<OnTimeRateResponse> {
    return request<OnTimeRateResponse>(
      `/indicators/on-time-rate${query({ from: params.from, to: params.to, region: params.region })}`,
      { signal },
    );
  },
};

export function isAbort(e: unknown): boolean {
  return (e as Error)?.name === 'AbortError';
}
