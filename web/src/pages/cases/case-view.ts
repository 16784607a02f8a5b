/** Pure helpers of the case pages: labels, who may see full personal data, list URL state. */
import {
  CASE_EVENT_LABELS,
  CASE_LEVEL_LABELS,
  CASE_STATUS_LABELS,
  FAILURE_REASON_LABELS,
} from '../../i18n/zh-CN';

/** Unknown codes are shown as sent: better a raw code than a blank cell. */
const label = (map: Record<string, string>, code: string | null | undefined) => (code ? (map[code] ?? code) : '—');

export const caseStatusLabel = (s: string | null | undefined) => label(CASE_STATUS_LABELS, s);
export const caseEventLabel = (type: string | null | undefined) => label(CASE_EVENT_LABELS, type);
export const caseLevelLabel = (l: string | null | undefined) => label(CASE_LEVEL_LABELS, l);
export const failureReasonLabel = (r: string | null | undefined) => label(FAILURE_REASON_LABELS, r);

export type StatusTone = 'wait' | 'move' | 'done' | 'fail';

/** How a status reads at a glance: waiting on the citizen, moving, done, not done. */
export function caseStatusTone(s: string): StatusTone {
  if (s === 'COMPLETED') return 'done';
  if (s === 'FAILED') return 'fail';
  if (s === 'AWAITING_MATERIALS' || s === 'SUPPLEMENT_REQUESTED') return 'wait';
  return 'move';
}

/** The statuses in the order of a case's life, for the filter. */
export const CASE_STATUSES = Object.keys(CASE_STATUS_LABELS);

/**
 * Roles holding `case:pii` on the server (api/src/auth/permissions.ts): the agent who handles the
 * case, the township reviewer of handed-up cases, the administrator. Leaders read figures, not
 * people. The server decides; this only hides a button that would answer 403.
 */
const PII_ROLES = new Set(['STATION_AGENT', 'TOWNSHIP_REVIEWER', 'ADMIN']);
export function canViewCitizenPii(role: string | null | undefined): boolean {
  return !!role && PII_ROLES.has(role);
}

/** The server's pattern for case numbers (cases.controller.ts), e.g. JC202611-0000123. */
const CASE_NO = /^[A-Z0-9-]{4,24}$/;

/** What the user typed, as the server expects it: trimmed, upper case (jc202611-1 → JC202611-1). */
export function normalizeCaseNo(input: string): string {
  return input.trim().toUpperCase();
}

export function isValidCaseNo(caseNo: string): boolean {
  return CASE_NO.test(caseNo);
}

/** A route's `:id` as a case id, or null when it cannot be one (the page then says "not found"). */
export function parseCaseId(param: string | undefined): number | null {
  if (!param || !/^[1-9]\d{0,9}$/.test(param)) return null;
  const n = Number(param);
  return n <= 2_147_483_647 ? n : null;
}

export interface CaseListState {
  status: string | null;
  caseNo: string | null;
  page: number;
}

export const CASE_PAGE_SIZE = 20;

function positiveInt(v: string | null): number {
  return v && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : 1;
}

/** The list's filters live in the URL (?status=&caseNo=&page=), so a link shows the same list. */
export function parseCaseListQuery(q: URLSearchParams): CaseListState {
  const status = q.get('status');
  const caseNo = normalizeCaseNo(q.get('caseNo') ?? '');
  return {
    status: status && CASE_STATUSES.includes(status) ? status : null,
    caseNo: caseNo && isValidCaseNo(caseNo) ? caseNo : null,
    page: positiveInt(q.get('page')),
  };
}

export function serializeCaseListQuery(s: CaseListState): string {
  const q = new URLSearchParams();
  if (s.status) q.set('status', s.status);
  if (s.caseNo) q.set('caseNo', s.caseNo);
  if (s.page > 1) q.set('page', String(s.page));
  return q.toString();
}

/** Where "back to the list" goes: the list the user came from (router state), else the plain list. */
export function listPathFrom(state: unknown): string {
  const from = (state as { from?: { pathname?: unknown; search?: unknown } } | null)?.from;
  const search = typeof from?.search === 'string' ? from.search : '';
  return from?.pathname === '/cases' && /^(\?[\w=&%.-]*)?$/.test(search) ? `/cases${search}` : '/cases';
}
