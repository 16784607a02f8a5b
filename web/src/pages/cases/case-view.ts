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
  /** Filters a dashboard number drilled through with (kept in the URL with the others). */
  drill?: CaseDrill;
}

/** The cases behind a dashboard figure: region, item, agent, a date window, 超期 (DB1405 7.2.1 e). */
export interface CaseDrill {
  region?: string;
  item?: number;
  agent?: number;
  dateField?: 'created' | 'accepted' | 'completed' | 'due';
  from?: string;
  to?: string;
  overdue?: boolean;
}

const DATE_FIELDS = { created: '登记日期', accepted: '受理日期', completed: '办结日期', due: '承诺办结日期' } as const;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const id = (v: string | null) => (v && /^[1-9]\d{0,9}$/.test(v) && Number(v) <= 2_147_483_647 ? Number(v) : undefined);

/** Reads the drill-through filters; malformed ones are dropped; none at all → undefined. */
export function parseCaseDrill(q: URLSearchParams): CaseDrill | undefined {
  const d: CaseDrill = {};
  const region = q.get('region');
  if (region && /^\d{6,12}$/.test(region)) d.region = region;
  const item = id(q.get('item'));
  if (item) d.item = item;
  const agent = id(q.get('agent'));
  if (agent) d.agent = agent;
  const field = q.get('dateField');
  const from = q.get('from');
  const to = q.get('to');
  if (field && field in DATE_FIELDS && ((from && ISO_DAY.test(from)) || (to && ISO_DAY.test(to)))) {
    d.dateField = field as CaseDrill['dateField'];
    if (from && ISO_DAY.test(from)) d.from = from;
    if (to && ISO_DAY.test(to)) d.to = to;
  }
  const overdue = q.get('overdue');
  if (overdue === 'true' || overdue === 'false') d.overdue = overdue === 'true';
  return Object.keys(d).length ? d : undefined;
}

/** The drill-through filters in words, for the line above the list. */
export function drillSummary(d: CaseDrill, regionName?: string | null): string[] {
  const out: string[] = [];
  if (d.region) out.push(`区域：${regionName ?? d.region}`);
  if (d.item) out.push(`事项编号：${d.item}`);
  if (d.agent) out.push(`代办员编号：${d.agent}`);
  if (d.dateField) {
    const name = DATE_FIELDS[d.dateField];
    out.push(d.from && d.to ? `${name}：${d.from} 至 ${d.to}` : d.from ? `${name}：${d.from} 起` : `${name}：至 ${d.to}`);
  }
  if (d.overdue === true) out.push('超期');
  if (d.overdue === false) out.push('未超期');
  return out;
}

export const CASE_PAGE_SIZE = 20;

function positiveInt(v: string | null): number {
  return v && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : 1;
}

/** The list's filters live in the URL (?status=&caseNo=&page=, plus drill-through filters), so a link shows the same list. */
export function parseCaseListQuery(q: URLSearchParams): CaseListState {
  const status = q.get('status');
  const caseNo = normalizeCaseNo(q.get('caseNo') ?? '');
  const drill = parseCaseDrill(q);
  return {
    status: status && CASE_STATUSES.includes(status) ? status : null,
    caseNo: caseNo && isValidCaseNo(caseNo) ? caseNo : null,
    page: positiveInt(q.get('page')),
    ...(drill ? { drill } : {}),
  };
}

export function serializeCaseListQuery(s: CaseListState): string {
  const q = new URLSearchParams();
  if (s.status) q.set('status', s.status);
  if (s.caseNo) q.set('caseNo', s.caseNo);
  const d = s.drill;
  if (d?.region) q.set('region', d.region);
  if (d?.item) q.set('item', String(d.item));
  if (d?.agent) q.set('agent', String(d.agent));
  if (d?.dateField) q.set('dateField', d.dateField);
  if (d?.dateField && d.from) q.set('from', d.from);
  if (d?.dateField && d.to) q.set('to', d.to);
  if (d?.overdue !== undefined) q.set('overdue', String(d.overdue));
  if (s.page > 1) q.set('page', String(s.page));
  return q.toString();
}

/** Where "back to the list" goes: the list the user came from (router state), else the plain list. */
export function listPathFrom(state: unknown): string {
  const from = (state as { from?: { pathname?: unknown; search?: unknown } } | null)?.from;
  const search = typeof from?.search === 'string' ? from.search : '';
  return from?.pathname === '/cases' && /^(\?[\w=&%.-]*)?$/.test(search) ? `/cases${search}` : '/cases';
}
