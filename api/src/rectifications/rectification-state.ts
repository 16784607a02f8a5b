// The rectification lifecycle of DB1405 8.2 as a pure table (8.2.1 改进, 8.2.2 督促、跟踪、复查):
// which action may be taken in which state, by which side, and where it leads. No Nest, no I/O:
// the service asks here before writing, and the table-driven spec walks every (status, action).
//
//   OPEN ─(核实 VERIFY)→ VERIFIED ─(整改 RECTIFY)→ RECTIFIED ─(反馈 FEEDBACK)→ FED_BACK
//   FED_BACK ─(复查通过 RECHECK_PASS)→ CLOSED                      (re-check by a higher level, 8.2.2)
//   FED_BACK ─(复查不通过 RECHECK_FAIL)→ REWORK ─(整改 RECTIFY)→ RECTIFIED …
//   OPEN | VERIFIED ─(申诉 APPEAL: 误评 / 恶意评价)→ APPEALED
//   APPEALED ─(申诉成立 UPHOLD_APPEAL)→ CLOSED   (the evaluation stays on record, outside the rates)
//   APPEALED ─(申诉驳回 REJECT_APPEAL)→ back where it was (VERIFIED when verified, else OPEN)
//
// The station that handled the case carries out its rectification (STATION side); re-checks and
// appeal decisions belong to a level above the station (REVIEW side).

export const RECTIFICATION_STATUSES = ['OPEN', 'VERIFIED', 'RECTIFIED', 'FED_BACK', 'REWORK', 'APPEALED', 'CLOSED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const STATUS_TEXT: Record<RectificationStatus, string> = {
  OPEN: '待核实',
  VERIFIED: '已核实',
  RECTIFIED: '已整改',
  FED_BACK: '已反馈待复查',
  REWORK: '复查未通过',
  APPEALED: '申诉中',
  CLOSED: '已办结',
};

export const RECTIFICATION_ACTIONS = [
  'VERIFY', 'RECTIFY', 'FEEDBACK', 'RECHECK_PASS', 'RECHECK_FAIL', 'APPEAL', 'UPHOLD_APPEAL', 'REJECT_APPEAL',
] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export const ACTION_TEXT: Record<RectificationAction, string> = {
  VERIFY: '核实',
  RECTIFY: '整改',
  FEEDBACK: '反馈群众',
  RECHECK_PASS: '复查通过',
  RECHECK_FAIL: '复查不通过',
  APPEAL: '申诉',
  UPHOLD_APPEAL: '申诉成立',
  REJECT_APPEAL: '驳回申诉',
};

/** The event each action appends (rectification_events.type); OPENED and ESCALATED come from elsewhere. */
export const EVENT_TYPE: Record<RectificationAction, string> = {
  VERIFY: 'VERIFIED',
  RECTIFY: 'RECTIFIED',
  FEEDBACK: 'FED_BACK',
  RECHECK_PASS: 'RECHECK_PASSED',
  RECHECK_FAIL: 'RECHECK_FAILED',
  APPEAL: 'APPEALED',
  UPHOLD_APPEAL: 'APPEAL_UPHELD',
  REJECT_APPEAL: 'APPEAL_REJECTED',
};

export const EVENT_TEXT: Record<string, string> = {
  OPENED: '生成整改任务',
  VERIFIED: '核实',
  RECTIFIED: '整改',
  FED_BACK: '反馈群众',
  RECHECK_PASSED: '复查通过',
  RECHECK_FAILED: '复查不通过',
  APPEALED: '提出申诉',
  APPEAL_UPHELD: '申诉成立',
  APPEAL_REJECTED: '申诉驳回',
  ESCALATED: '逾期督办',
};

/** 误评 (the rating was meant for something else / entered by mistake) or 恶意评价 (malicious). */
export const APPEAL_REASONS = { MISTAKEN: '误评', MALICIOUS: '恶意评价' } as const;
export type AppealReason = keyof typeof APPEAL_REASONS;

export type Side = 'STATION' | 'REVIEW';

/** DB1405 8.2.2: the station rectifies; a higher level supervises and re-checks. */
export const ACTION_SIDE: Record<RectificationAction, Side> = {
  VERIFY: 'STATION',
  RECTIFY: 'STATION',
  FEEDBACK: 'STATION',
  APPEAL: 'STATION',
  RECHECK_PASS: 'REVIEW',
  RECHECK_FAIL: 'REVIEW',
  UPHOLD_APPEAL: 'REVIEW',
  REJECT_APPEAL: 'REVIEW',
};

/** What besides the status decides an action. */
export interface RectificationContext {
  /** The station recorded its verification (verifyNote): a rejected appeal returns to VERIFIED. */
  verified: boolean;
  /** An appeal was already made (one per rectification; a rejected one is not repeated). */
  appealed: boolean;
}

/** Which sides the caller may act for (rectification:write → STATION, rectification:review → REVIEW). */
export interface Capabilities { station: boolean; review: boolean }

interface Rule {
  from: RectificationStatus[];
  /** The status afterwards (a function when it depends on the context). */
  to: RectificationStatus | ((c: RectificationContext) => RectificationStatus);
  when?: (c: RectificationContext) => string | null;
}

const RULES: Record<RectificationAction, Rule> = {
  VERIFY: { from: ['OPEN'], to: 'VERIFIED' },
  // After a failed re-check the station rectifies again (REWORK → RECTIFIED).
  RECTIFY: { from: ['VERIFIED', 'REWORK'], to: 'RECTIFIED' },
  FEEDBACK: { from: ['RECTIFIED'], to: 'FED_BACK' },
  RECHECK_PASS: { from: ['FED_BACK'], to: 'CLOSED' },
  RECHECK_FAIL: { from: ['FED_BACK'], to: 'REWORK' },
  // An appeal questions the evaluation itself, so it comes before any rectification work.
  APPEAL: { from: ['OPEN', 'VERIFIED'], to: 'APPEALED', when: (c) => (c.appealed ? '该整改任务已申诉过，不能重复申诉' : null) },
  UPHOLD_APPEAL: { from: ['APPEALED'], to: 'CLOSED' },
  REJECT_APPEAL: { from: ['APPEALED'], to: (c) => (c.verified ? 'VERIFIED' : 'OPEN') },
};

export type Decision = { ok: true; to: RectificationStatus } | { ok: false; reason: string };

/** May `action` be taken on a rectification in `status`? And if so, its status afterwards. */
export function decide(status: RectificationStatus, action: RectificationAction, ctx: RectificationContext): Decision {
  const rule = RULES[action];
  if (!rule.from.includes(status)) {
    return { ok: false, reason: `整改任务当前为“${STATUS_TEXT[status]}”，不能${ACTION_TEXT[action]}` };
  }
  const problem = rule.when?.(ctx) ?? null;
  if (problem) return { ok: false, reason: problem };
  return { ok: true, to: typeof rule.to === 'function' ? rule.to(ctx) : rule.to };
}

/** May a caller with these capabilities take the action at all (whatever the status)? */
export function mayAct(action: RectificationAction, caps: Capabilities): boolean {
  return ACTION_SIDE[action] === 'STATION' ? caps.station : caps.review;
}

/** The actions the caller may take now (the web shows only these buttons). */
export function allowedActions(status: RectificationStatus, ctx: RectificationContext, caps: Capabilities): RectificationAction[] {
  return RECTIFICATION_ACTIONS.filter((a) => mayAct(a, caps) && decide(status, a, ctx).ok);
}

/** The input an action needs, by field of the request body. */
export interface ActionInput { note?: string; measures?: string; reason?: string }

/** What each action must carry (DB1405 8.2: the record of verification, measures, feedback, re-check). */
const REQUIRED: Record<RectificationAction, { field: keyof ActionInput; message: string } | null> = {
  VERIFY: { field: 'note', message: '请填写核实情况' },
  RECTIFY: { field: 'measures', message: '请填写整改措施' },
  FEEDBACK: { field: 'note', message: '请填写向群众反馈的情况' },
  RECHECK_PASS: null,
  RECHECK_FAIL: { field: 'note', message: '复查不通过时请填写原因' },
  APPEAL: { field: 'note', message: '请填写申诉理由' },
  UPHOLD_APPEAL: null,
  REJECT_APPEAL: { field: 'note', message: '驳回申诉时请填写意见' },
};

/** The missing input of an action as a Chinese message, or null when complete. */
export function missingInput(action: RectificationAction, input: ActionInput): string | null {
  if (action === 'APPEAL' && !(input.reason && input.reason in APPEAL_REASONS)) return '请选择申诉理由：误评（MISTAKEN）或恶意评价（MALICIOUS）';
  const need = REQUIRED[action];
  if (need && !input[need.field]?.trim()) return need.message;
  return null;
}

export const isClosed = (s: string) => s === 'CLOSED';
