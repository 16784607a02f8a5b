import {
  clearSession,
  getSession,
  needsRefresh,
  onUnauthorized,
  refreshFailureEndsSession,
  saveSession,
  singleFlight,
} from '../auth/session';
import { ERROR_MESSAGES, errorMessage } from '../i18n/zh-CN';
import type {
  ApiErrorBody,
  Agent,
  AgentDetail,
  AgentList,
  AgentQuery,
  AgentTraining,
  AgentUpdate,
  ImportResult,
  Station,
  StationDetail,
  StationQuery,
  StationUpdate,
  TrainingCreate,
  CatalogueItemDetail,
  CatalogueItemQuery,
  CatalogueItemSummary,
  CatalogueProposal,
  CatalogueProposalRequest,
  CatalogueVersion,
  AuditEntry,
  AuditQuery,
  CaseCitizen,
  CaseDetail,
  CaseListParams,
  CaseSummary,
  CaseClock,
  CaseCreate,
  CaseCreated,
  CaseWork,
  Checklist,
  CommissionOptions,
  Consultation,
  ConsultationCreate,
  HandoffRow,
  OneTimeNotice,
  ChangePasswordRequest,
  Paged,
  LoginRequest,
  LoginResponse,
  Region,
  RegionList,
} from './types';
import { indicatorQuery, type IndicatorInfo, type IndicatorParams, type IndicatorResponse } from './indicator-types';
import type { RectificationActionBody, RectificationDetail, RectificationQuery, RectificationStats, RectificationSummary, StaffSuggestion } from './rectification-types';

const API_BASE = '/api/v1';

/** A failed API call. `message` is always Chinese text fit to show the user. */
export interface EtlTableStatus {
  table: string;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastRowsMoved: number;
  totalRowsMoved: number;
  lastError: string | null;
  running: boolean;
  lagSeconds: number | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** Structured detail of some errors, e.g. the rows of an import (IMPORT.INVALID_ROWS). */
    readonly details?: unknown,
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
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** false for the login and refresh calls: no token is sent and a 401 is an ordinary error. */
  auth?: boolean;
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorBody).code === 'string';
}

async function send(path: string, opts: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A file (Blob) is sent as it is, with its own type (register imports: the .xlsx itself).
  const file = opts.body instanceof Blob ? opts.body : null;
  if (opts.body !== undefined) headers['Content-Type'] = file ? file.type || 'application/octet-stream' : 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(API_BASE + path, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : file ?? JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' }));
  }
}

/** Reads the answer: the parsed body of a success (undefined for 204), or an ApiError for a failure. */
async function readAnswer<T>(res: Response): Promise<T> {
  // A spreadsheet download (register exports) is handed over as a Blob.
  if (res.ok && /spreadsheetml|octet-stream/.test(res.headers.get('content-type') ?? '')) return (await res.blob()) as T;
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
    throw new ApiError(
      res.status,
      code,
      errorMessage({ code, message: body?.message, status: res.status }),
      body?.requestId ?? res.headers.get('x-request-id') ?? undefined,
      body?.details,
    );
  }
  if (res.status === 204) return undefined as T;
  if (data === undefined) {
    throw new ApiError(res.status, 'CLIENT.BAD_RESPONSE', errorMessage({ code: 'CLIENT.BAD_RESPONSE' }));
  }
  return data as T;
}

/** Ends the session in this tab and sends the user to the login page, which shows why. */
function signOut(err: ApiError): void {
  // The API's AUTH.* messages say what happened (idle timeout, revoked, reused token); anything else
  // (a malformed token, say) is just "log in again".
  clearSession(err.code.startsWith('AUTH.') ? err.message : ERROR_MESSAGES['AUTH.INVALID_TOKEN']);
  unauthorizedHandler?.();
}

/**
 * Exchanges the refresh token for a new pair. Single-flight: calls that find the access token
 * expired at the same moment share one refresh (the refresh token is single use; presenting it
 * twice would make the server revoke the login as stolen). Not tied to any caller's AbortSignal.
 */
const refreshSession = singleFlight(async (): Promise<void> => {
  const before = getSession();
  if (!before?.refreshToken) {
    const err = new ApiError(401, 'AUTH.INVALID_TOKEN', ERROR_MESSAGES['AUTH.INVALID_TOKEN']);
    signOut(err);
    throw err;
  }
  try {
    const res = await request<LoginResponse>('/auth/refresh', {
      method: 'POST',
      body: { refreshToken: before.refreshToken },
      auth: false,
    });
    // A logout while the refresh was in flight wins: do not bring the session back.
    if (!getSession()) throw new ApiError(401, 'AUTH.UNAUTHENTICATED', ERROR_MESSAGES['AUTH.UNAUTHENTICATED']);
    saveSession({ accessToken: res.accessToken, refreshToken: res.refreshToken, user: res.user });
  } catch (e) {
    // Refused (spent, revoked, idle, expired): the login is over. Network or server trouble: keep
    // the session, the user may retry.
    if (e instanceof ApiError && refreshFailureEndsSession(e.status) && getSession()) signOut(e);
    throw e;
  }
});

/** Shared by the feature clients (api/evaluations.ts…): token refresh, retry and the error contract. */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  if (opts.auth === false) return readAnswer<T>(await send(path, opts, null));

  if (needsRefresh(getSession(), Date.now())) await refreshSession();
  // At most one retry: after a refresh (or another call's refresh), a second 401 ends the session.
  for (let retried = false; ; retried = true) {
    const used = getSession()?.accessToken ?? null;
    const res = await send(path, opts, used);
    try {
      return await readAnswer<T>(res);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) throw e;
      const next = onUnauthorized({ code: e.code, usedToken: used, session: getSession(), alreadyRetried: retried });
      if (next === 'sign-out') {
        if (getSession()) signOut(e);
        else unauthorizedHandler?.();
        throw e;
      }
      if (next === 'refresh') await refreshSession();
    }
  }
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
  /** Per ClickHouse table: last run, rows moved, lag and last error of the ETL (administrators). */
  etlStatus(signal?: AbortSignal): Promise<{ tables: EtlTableStatus[] }> {
    return request<{ tables: EtlTableStatus[] }>('/etl/status', { signal });
  },
  // Indicators (the leadership dashboard): the list with definitions, one indicator, its .xlsx.
  indicatorList(signal?: AbortSignal): Promise<{ indicators: IndicatorInfo[] }> {
    return request<{ indicators: IndicatorInfo[] }>('/indicators', { signal });
  },
  indicator(key: string, params: IndicatorParams, signal?: AbortSignal): Promise<IndicatorResponse> {
    return request<IndicatorResponse>(`/indicators/${encodeURIComponent(key)}?${indicatorQuery(params)}`, { signal });
  },
  indicatorExport(key: string, params: IndicatorParams): Promise<Blob> {
    return request<Blob>(`/indicators/${encodeURIComponent(key)}/export?${indicatorQuery(params)}`);
  },
  /** Revokes this login on the server (its refresh and access tokens die with it). */
  logout(): Promise<void> {
    return request<void>('/auth/logout', { method: 'POST' });
  },
  changePassword(body: ChangePasswordRequest): Promise<void> {
    return request<void>('/auth/password', { method: 'POST', body });
  },
  cases(params: CaseListParams, signal?: AbortSignal): Promise<Paged<CaseSummary>> {
    const q = query({
      status: params.status,
      station: numParam(params.station),
      caseNo: params.caseNo,
      region: params.region,
      item: numParam(params.item),
      agent: numParam(params.agent),
      dateField: params.dateField,
      from: params.from,
      to: params.to,
      overdue: params.overdue === true ? 'true' : params.overdue === false ? 'false' : null,
      page: numParam(params.page),
      pageSize: numParam(params.pageSize),
    });
    return request<Paged<CaseSummary>>(`/cases${q}`, { signal });
  },
  caseDetail(id: number, signal?: AbortSignal): Promise<CaseDetail> {
    return request<CaseDetail>(`/cases/${id}`, { signal });
  },
  /** Full name, phone and ID number (permission case:pii); the server audits every call. */
  caseCitizen(id: number, signal?: AbortSignal): Promise<CaseCitizen> {
    return request<CaseCitizen>(`/cases/${id}/citizen`, { signal });
  },
  auditLog(params: AuditQuery, signal?: AbortSignal): Promise<Paged<AuditEntry>> {
    const { page, pageSize, ...text } = params;
    return request<Paged<AuditEntry>>(
      `/audit${query({ ...text, page: numParam(page), pageSize: numParam(pageSize) })}`,
      { signal },
    );
  },
  // DB1405 7.1 service catalogue and its versioned adjustments
  async catalogueItems(params: CatalogueItemQuery, signal?: AbortSignal): Promise<CatalogueItemSummary[]> {
    const q = query({ q: params.q, level: params.level, category: params.category, active: params.active });
    return (await request<{ items: CatalogueItemSummary[] }>(`/catalogue/items${q}`, { signal })).items;
  },
  catalogueItem(id: number, signal?: AbortSignal): Promise<CatalogueItemDetail> {
    return request<CatalogueItemDetail>(`/catalogue/items/${id}`, { signal });
  },
  async catalogueVersions(id: number, signal?: AbortSignal): Promise<CatalogueVersion[]> {
    return (await request<{ items: CatalogueVersion[] }>(`/catalogue/items/${id}/versions`, { signal })).items;
  },
  async catalogueProposals(status: string | null, signal?: AbortSignal): Promise<CatalogueProposal[]> {
    return (await request<{ items: CatalogueProposal[] }>(`/catalogue/proposals${query({ status })}`, { signal })).items;
  },
  proposeCatalogueChange(body: CatalogueProposalRequest): Promise<CatalogueProposal> {
    return request<CatalogueProposal>('/catalogue/proposals', { method: 'POST', body });
  },
  approveCatalogueProposal(id: number, note?: string): Promise<CatalogueProposal> {
    return request<CatalogueProposal>(`/catalogue/proposals/${id}/approve`, { method: 'POST', body: note ? { note } : {} });
  },
  rejectCatalogueProposal(id: number, note: string): Promise<CatalogueProposal> {
    return request<CatalogueProposal>(`/catalogue/proposals/${id}/reject`, { method: 'POST', body: { note } });
  },
  publishCatalogueProposal(id: number, effectiveFrom: string): Promise<CatalogueProposal> {
    return request<CatalogueProposal>(`/catalogue/proposals/${id}/publish`, { method: 'POST', body: { effectiveFrom } });
  },
  // DB1405 5.1 station register (exports come back as .xlsx Blobs, imports send the file itself)
  stations(params: StationQuery, signal?: AbortSignal): Promise<Paged<Station>> {
    const q = query({ region: params.region, q: params.q, missingFacility: params.missingFacility, page: numParam(params.page), pageSize: numParam(params.pageSize) });
    return request<Paged<Station>>(`/stations${q}`, { signal });
  },
  station(id: number, signal?: AbortSignal): Promise<StationDetail> {
    return request<StationDetail>(`/stations/${id}`, { signal });
  },
  updateStation(id: number, body: StationUpdate): Promise<Station> {
    return request<Station>(`/stations/${id}`, { method: 'PATCH', body });
  },
  exportStations(params: StationQuery): Promise<Blob> {
    return request<Blob>(`/stations/export.xlsx${query({ region: params.region, q: params.q, missingFacility: params.missingFacility })}`);
  },
  importStations(file: Blob): Promise<ImportResult> {
    return request<ImportResult>('/stations/import', { method: 'POST', body: asXlsx(file) });
  },
  // DB1405 5.2 agent register and training records (5.2.4)
  agents(params: AgentQuery, signal?: AbortSignal): Promise<AgentList> {
    const q = query({ station: numParam(params.station), region: params.region, category: params.category, q: params.q, page: numParam(params.page), pageSize: numParam(params.pageSize) });
    return request<AgentList>(`/agents${q}`, { signal });
  },
  agent(id: number, signal?: AbortSignal): Promise<AgentDetail> {
    return request<AgentDetail>(`/agents/${id}`, { signal });
  },
  updateAgent(id: number, body: AgentUpdate): Promise<AgentDetail> {
    return request<AgentDetail>(`/agents/${id}`, { method: 'PATCH', body });
  },
  addTraining(agentId: number, body: TrainingCreate): Promise<AgentTraining> {
    return request<AgentTraining>(`/agents/${agentId}/trainings`, { method: 'POST', body });
  },
  exportAgents(params: AgentQuery): Promise<Blob> {
    return request<Blob>(`/agents/export.xlsx${query({ station: numParam(params.station), region: params.region, category: params.category, q: params.q })}`);
  },
  importAgents(file: Blob): Promise<ImportResult> {
    return request<ImportResult>('/agents/import', { method: 'POST', body: asXlsx(file) });
  },
  // DB1405 6.1-6.4, 7.2.2-7.2.3: the station workbench and the upper level's hand-off queue
  openCases(params: { alert?: string | null; page?: number; pageSize?: number }, signal?: AbortSignal): Promise<Paged<CaseSummary & CaseClock>> {
    const q = query({ open: 'true', alert: params.alert, page: numParam(params.page), pageSize: numParam(params.pageSize) });
    return request<Paged<CaseSummary & CaseClock>>(`/cases${q}`, { signal });
  },
  caseWork(id: number, signal?: AbortSignal): Promise<CaseWork> {
    return request<CaseWork>(`/cases/${id}`, { signal });
  },
  caseNotice(id: number, signal?: AbortSignal): Promise<OneTimeNotice> {
    return request<OneTimeNotice>(`/cases/${id}/notice`, { signal });
  },
  checklist(itemId: number, signal?: AbortSignal): Promise<Checklist> {
    return request<Checklist>(`/cases/checklist${query({ itemId: String(itemId) })}`, { signal });
  },
  createCase(body: CaseCreate): Promise<CaseCreated> {
    return request<CaseCreated>('/cases', { method: 'POST', body });
  },
  /** One step on a case (materials, start, supplement-request, complete, fail, notify, deliver, handoffs…); body carries expectedVersion. */
  caseAction(id: number, action: string, body: Record<string, unknown>): Promise<CaseWork> {
    return request<CaseWork>(`/cases/${id}/${action}`, { method: 'POST', body });
  },
  /** DB1405 7.2.3 b): a scanned material, the file itself as the body (type checked by content on the server). */
  uploadCaseFile(id: number, file: File, materialName: string): Promise<CaseWork> {
    return request<CaseWork>(`/cases/${id}/files${query({ materialName, fileName: file.name })}`, { method: 'POST', body: file });
  },
  consultations(status: string | null, signal?: AbortSignal): Promise<Paged<Consultation>> {
    return request<Paged<Consultation>>(`/consultations${query({ status, pageSize: '50' })}`, { signal });
  },
  consultation(id: number, signal?: AbortSignal): Promise<Consultation> {
    return request<Consultation>(`/consultations/${id}`, { signal });
  },
  createConsultation(body: ConsultationCreate): Promise<Consultation> {
    return request<Consultation>('/consultations', { method: 'POST', body });
  },
  answerConsultation(id: number, answer: string): Promise<Consultation> {
    return request<Consultation>(`/consultations/${id}/answer`, { method: 'POST', body: { answer } });
  },
  convertConsultation(id: number, body: CommissionOptions & { itemId?: number }): Promise<CaseCreated> {
    return request<CaseCreated>(`/consultations/${id}/convert`, { method: 'POST', body });
  },
  async handoffs(status: string | null, signal?: AbortSignal): Promise<HandoffRow[]> {
    return (await request<{ items: HandoffRow[] }>(`/handoffs${query({ status })}`, { signal })).items;
  },
  handoffStep(id: number, step: string, body: Record<string, unknown>): Promise<CaseWork> {
    return request<CaseWork>(`/handoffs/${id}/${step}`, { method: 'POST', body });
  },
  // DB1405 8.2 rectifications (steps send the version last seen) and 8.2.3 suggestions
  rectifications(params: RectificationQuery, signal?: AbortSignal): Promise<Paged<RectificationSummary>> {
    const overdue = params.overdue === true ? 'true' : params.overdue === false ? 'false' : null;
    const q = query({ status: params.status, source: params.source, overdue, station: numParam(params.station), from: params.from, to: params.to, page: numParam(params.page), pageSize: numParam(params.pageSize) });
    return request<Paged<RectificationSummary>>(`/rectifications${q}`, { signal });
  },
  rectification(id: number, signal?: AbortSignal): Promise<RectificationDetail> {
    return request<RectificationDetail>(`/rectifications/${id}`, { signal });
  },
  rectificationAction(id: number, body: RectificationActionBody): Promise<RectificationDetail> {
    return request<RectificationDetail>(`/rectifications/${id}/actions`, { method: 'POST', body });
  },
  rectificationStats(params: { region?: string | null; from?: string | null; to?: string | null }, signal?: AbortSignal): Promise<RectificationStats> {
    return request<RectificationStats>(`/rectifications/stats${query({ region: params.region, from: params.from, to: params.to })}`, { signal });
  },
  suggestions(params: { status?: string | null; page?: number; pageSize?: number }, signal?: AbortSignal): Promise<Paged<StaffSuggestion>> {
    return request<Paged<StaffSuggestion>>(`/suggestions${query({ status: params.status, page: numParam(params.page), pageSize: numParam(params.pageSize) })}`, { signal });
  },
  answerSuggestion(id: number, answer: string): Promise<StaffSuggestion> {
    return request<StaffSuggestion>(`/suggestions/${id}/answer`, { method: 'POST', body: { answer } });
  },
};

function numParam(n: number | null | undefined): string | null {
  return typeof n === 'number' && Number.isFinite(n) ? String(n) : null;
}

/**
 * Logs out: the server revokes the login first, then this tab forgets it. The session is
 * cleared even when the call fails (offline, already expired): the user asked to leave. The
 * caller then leaves the page (App reloads at /login), so the open page is not told.
 */
export async function logOut(): Promise<void> {
  try {
    if (getSession()) await api.logout();
  } catch {
    /* nothing more to revoke, or unreachable: clearing the tab is what is left to do */
  }
  clearSession(undefined, { notify: false });
}

/** The upload as the xlsx type the server parses (a picked file may carry no type or another one). */
function asXlsx(file: Blob): Blob {
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return file.type === type ? file : new Blob([file], { type });
}

export function isAbort(e: unknown): boolean {
  return (e as Error)?.name === 'AbortError';
}
