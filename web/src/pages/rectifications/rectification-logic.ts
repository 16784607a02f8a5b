/**
 * Pure helpers of the rectification and suggestion screens (DB1405 8.2, 8.2.3): labels, the form
 * each allowed action shows, the URL state of the list, the on-time rate as text. No React, no I/O.
 */
import type { RateCell, RectificationAction } from '../../api/rectification-types';

export const RECTIFICATION_STATUS_LABELS: Record<string, string> = {
  OPEN: '待核实', VERIFIED: '已核实', RECTIFIED: '已整改', FED_BACK: '已反馈待复查', REWORK: '复查未通过', APPEALED: '申诉中', CLOSED: '已办结',
};
export const SOURCE_LABELS: Record<string, string> = { EVALUATION: '差评', SURVEY: '回访发现' };
export const APPEAL_REASON_LABELS = { MISTAKEN: '误评', MALICIOUS: '恶意评价' } as const;

/** grey waiting for the station, blue moving, green done, red needing a decision or redo. */
export function statusTone(status: string): 'wait' | 'move' | 'done' | 'fail' {
  if (status === 'CLOSED') return 'done';
  if (status === 'REWORK' || status === 'APPEALED') return 'fail';
  if (status === 'OPEN') return 'wait';
  return 'move';
}

/** The due-date badge: 逾期通报 / 逾期催办 / 已逾期 (the job may not have run yet) / nothing. */
export function overdueBadge(r: { overdue: boolean; alertLevel: string; status: string }): { text: string; tone: 'red' | 'yellow' } | null {
  if (r.status === 'CLOSED') return null;
  if (r.alertLevel === 'FLAGGED') return { text: '逾期通报', tone: 'red' };
  if (r.alertLevel === 'OVERDUE') return { text: '逾期催办', tone: 'red' };
  if (r.overdue) return { text: '已逾期', tone: 'yellow' };
  return null;
}

export interface ActionForm {
  action: RectificationAction;
  label: string;
  /** The text field it needs, with its label; none: a plain confirmation. */
  field: { key: 'note' | 'measures'; label: string; required: boolean } | null;
  /** APPEAL also asks why: 误评 or 恶意评价. */
  reason: boolean;
  primary: boolean;
}

// In the order of a rectification's life; the server's allowedActions says which show.
export const ACTION_FORMS: readonly ActionForm[] = [
  { action: 'VERIFY', label: '核实', field: { key: 'note', label: '核实情况', required: true }, reason: false, primary: true },
  { action: 'RECTIFY', label: '提交整改', field: { key: 'measures', label: '整改措施', required: true }, reason: false, primary: true },
  { action: 'FEEDBACK', label: '反馈群众', field: { key: 'note', label: '向群众反馈的情况', required: true }, reason: false, primary: true },
  { action: 'RECHECK_PASS', label: '复查通过', field: { key: 'note', label: '复查意见（选填）', required: false }, reason: false, primary: true },
  { action: 'RECHECK_FAIL', label: '复查不通过', field: { key: 'note', label: '不通过的原因', required: true }, reason: false, primary: false },
  { action: 'APPEAL', label: '提出申诉', field: { key: 'note', label: '申诉理由说明', required: true }, reason: true, primary: false },
  { action: 'UPHOLD_APPEAL', label: '申诉成立', field: { key: 'note', label: '裁定意见（选填）', required: false }, reason: false, primary: true },
  { action: 'REJECT_APPEAL', label: '驳回申诉', field: { key: 'note', label: '驳回意见', required: true }, reason: false, primary: false },
];

/** Only the forms of the actions the server allows the caller now; unknown actions are ignored. */
export function visibleForms(allowed: readonly string[]): ActionForm[] {
  const set = new Set(allowed);
  return ACTION_FORMS.filter((f) => set.has(f.action));
}

/** What is missing before the form may be sent (the server checks the same). */
export function formProblem(form: ActionForm, input: { text: string; reason: string }): string | null {
  if (form.reason && !(input.reason in APPEAL_REASON_LABELS)) return '请选择申诉理由';
  if (form.field?.required && !input.text.trim()) return `请填写${form.field.label}`;
  return null;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** "70.0%（95% 区间 39.7%–89.2%，n=10）" or "样本不足（n=3）". */
export function rateText(r: RateCell): string {
  if (r.suppressed) return `${r.label}（n=${r.n}）`;
  return `${pct(r.rate)}（95% 区间 ${pct(r.interval.low)}–${pct(r.interval.high)}，n=${r.n}）`;
}

export interface ListState { status: string | null; source: string | null; overdue: boolean | null; page: number }

export function parseListQuery(p: URLSearchParams): ListState {
  const status = p.get('status');
  const source = p.get('source');
  const overdue = p.get('overdue');
  const page = Number(p.get('page'));
  return {
    status: status && status in RECTIFICATION_STATUS_LABELS ? status : null,
    source: source && source in SOURCE_LABELS ? source : null,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeListQuery(s: ListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.status) p.set('status', s.status);
  if (s.source) p.set('source', s.source);
  if (s.overdue !== null) p.set('overdue', String(s.overdue));
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** Roles holding suggestion:answer (api/src/auth/permissions.ts): levels above the station. */
export function canAnswerSuggestions(role: string | undefined): boolean {
  return role === 'ADMIN' || role === 'CITY_LEADER' || role === 'COUNTY_LEADER' || role === 'TOWNSHIP_REVIEWER';
}
