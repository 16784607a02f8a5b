/** Pure helpers of the audit log page: URL state of the filters, Chinese labels. */
import {
  AUDIT_ACTION_LABELS,
  AUDIT_OUTCOME_LABELS,
  AUDIT_RESOURCE_LABELS,
  USER_ROLE_LABELS,
} from '../../i18n/zh-CN';

export interface AuditFilters {
  from: string | null;
  to: string | null;
  actor: string | null;
  action: string | null;
  outcome: string | null;
}

export interface AuditState extends AuditFilters {
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_OUTCOMES = Object.keys(AUDIT_OUTCOME_LABELS);
/** Known actions, offered as suggestions for the (prefix) action filter. */
export const KNOWN_ACTIONS = Object.keys(AUDIT_ACTION_LABELS);

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What the server accepts (audit.controller.ts): days as YYYY-MM-DD, texts up to 64 characters. */
function text(v: string | null): string | null {
  const s = v?.trim() ?? '';
  return s && s.length <= 64 ? s : null;
}

export function parseAuditQuery(q: URLSearchParams): AuditState {
  const day = (v: string | null) => (v && DAY.test(v) ? v : null);
  const outcome = q.get('outcome');
  const page = q.get('page');
  return {
    from: day(q.get('from')),
    to: day(q.get('to')),
    actor: text(q.get('actor')),
    action: text(q.get('action')),
    outcome: outcome && AUDIT_OUTCOMES.includes(outcome) ? outcome : null,
    page: page && /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1,
  };
}

export function serializeAuditQuery(s: AuditState): string {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'actor', 'action', 'outcome'] as const) {
    const v = s[k];
    if (v) q.set(k, v);
  }
  if (s.page > 1) q.set('page', String(s.page));
  return q.toString();
}

/** The form's draft as filters: blank fields dropped, texts trimmed. */
export function filtersFromDraft(d: Record<keyof AuditFilters, string>): AuditFilters {
  const v = (s: string) => s.trim() || null;
  return { from: v(d.from), to: v(d.to), actor: v(d.actor), action: v(d.action), outcome: v(d.outcome) };
}

/** "YYYY-MM-DD" strings compare as dates. */
export function dateRangeInvalid(f: Pick<AuditFilters, 'from' | 'to'>): boolean {
  return !!f.from && !!f.to && f.from > f.to;
}

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const auditOutcomeLabel = (o: string) => AUDIT_OUTCOME_LABELS[o] ?? o;
export const userRoleLabel = (r: string | null | undefined) => (r ? (USER_ROLE_LABELS[r] ?? r) : '—');

/** The object of an action, e.g. "案件 #1234"; "—" when the action has none (a login). */
export function auditResourceText(type: string | null | undefined, id: string | null | undefined): string {
  if (!type && !id) return '—';
  const name = type ? (AUDIT_RESOURCE_LABELS[type] ?? type) : '';
  return [name, id ? `#${id}` : ''].filter(Boolean).join(' ');
}
