/**
 * The anonymous client of the public pages: no token is sent, nothing is refreshed, and a 401
 * (which no public route should answer) is an ordinary error — never a redirect to the login.
 * Errors arrive as ApiError with the server's Chinese message.
 */
import { ApiError } from '../../api/client';
import { errorMessage } from '../../i18n/zh-CN';
import type {
  EvaluationForm, Granularity, PublicItem, PublicItemDetail, PublicRegion, PublicStationDetail, RatingBody, RectificationsResponse,
  SatisfactionResponse, StationList, SuggestionReceipt, SuggestionStatus,
} from './public-types';

const BASE = '/api/v1/public';

async function call<T>(path: string, opts: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method: opts.method ?? 'GET',
      headers: { Accept: 'application/json', ...(opts.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: 'omit',
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' }));
  }
  const text = await res.text();
  let data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const code = typeof data?.code === 'string' ? data.code : `HTTP.${res.status}`;
    throw new ApiError(res.status, code, errorMessage({ code, message: data?.message, status: res.status }), data?.requestId ?? res.headers.get('x-request-id') ?? undefined);
  }
  if (data === undefined) throw new ApiError(res.status, 'CLIENT.BAD_RESPONSE', errorMessage({ code: 'CLIENT.BAD_RESPONSE' }));
  return data as T;
}

/** A query string of the non-empty values. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface StatsParams {
  period: Granularity;
  region?: string | null;
  from?: string | null;
  to?: string | null;
}

export const publicApi = {
  satisfaction: (p: StatsParams, signal?: AbortSignal) => call<SatisfactionResponse>(`/satisfaction${qs({ ...p })}`, { signal }),
  rectifications: (p: StatsParams, signal?: AbortSignal) => call<RectificationsResponse>(`/rectifications${qs({ ...p })}`, { signal }),
  regions: async (signal?: AbortSignal) => (await call<{ items: PublicRegion[] }>('/regions', { signal })).items,
  catalogue: (p: { q?: string | null; level?: string | null }, signal?: AbortSignal) =>
    call<{ items: PublicItem[]; freeOfCharge: string }>(`/catalogue${qs(p)}`, { signal }),
  item: (id: string, signal?: AbortSignal) => call<PublicItemDetail>(`/catalogue/${encodeURIComponent(id)}`, { signal }),
  stations: (p: { region?: string | null; q?: string | null; page?: number }, signal?: AbortSignal) => call<StationList>(`/stations${qs(p)}`, { signal }),
  station: (id: string, signal?: AbortSignal) => call<PublicStationDetail>(`/stations/${encodeURIComponent(id)}`, { signal }),
  evaluationForm: (token: string, signal?: AbortSignal) => call<EvaluationForm>(`/evaluations/${encodeURIComponent(token)}`, { signal }),
  submitEvaluation: (token: string, body: RatingBody) =>
    call<{ level: string; levelText: string; recordedAt: string }>(`/evaluations/${encodeURIComponent(token)}`, { method: 'POST', body }),
  submitSuggestion: (body: { content: string; regionCode?: string; contact?: string }) => call<SuggestionReceipt>('/suggestions', { method: 'POST', body }),
  suggestion: (code: string, signal?: AbortSignal) => call<SuggestionStatus>(`/suggestions/${encodeURIComponent(code)}`, { signal }),
};
