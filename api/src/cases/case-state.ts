// The case lifecycle of DB1405 6.2-6.4 and 7.2.3 as a pure table: which action may be taken in
// which state, and where it leads. No Nest, no I/O: the services ask here before writing, and the
// table-driven spec walks every (state, action) pair.
//
//   AWAITING_MATERIALS ─(materials complete, 6.2.1)→ ACCEPTED ─(start)→ IN_PROGRESS
//   IN_PROGRESS ⇄ SUPPLEMENT_REQUESTED                      (6.3.2 补正, clock paused)
//   IN_PROGRESS → HANDED_UP → IN_PROGRESS                   (7.2.3, township/county items only)
//   IN_PROGRESS → COMPLETED | FAILED                        (6.4.1 / 6.4.2)

export const CASE_STATUSES = [
  'AWAITING_MATERIALS', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'HANDED_UP', 'COMPLETED', 'FAILED',
] as const;
export type CaseStatusName = (typeof CASE_STATUSES)[number];

export const STATUS_TEXT: Record<CaseStatusName, string> = {
  AWAITING_MATERIALS: '待补齐材料',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  SUPPLEMENT_REQUESTED: '补正中',
  HANDED_UP: '已上报',
  COMPLETED: '已办结',
  FAILED: '未办成',
};

export const CASE_ACTIONS = [
  'PROVIDE_MATERIALS', 'COMPLETE_MATERIALS', 'START', 'REQUEST_SUPPLEMENT', 'RECEIVE_SUPPLEMENT', 'HAND_UP',
  'RETURN_RESULT', 'COMPLETE', 'FAIL', 'REAPPLY', 'NOTIFY', 'DELIVER', 'RECORD_FEE', 'HOME_VISIT', 'UPLOAD_FILE',
  'REQUEST_EXTENSION', 'DECIDE_EXTENSION', 'SUSPEND', 'RESUME', 'ADVANCE_HANDOFF',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const ACTION_TEXT: Record<CaseAction, string> = {
  PROVIDE_MATERIALS: '补交材料',
  COMPLETE_MATERIALS: '材料补齐受理',
  START: '开始办理',
  REQUEST_SUPPLEMENT: '通知补正',
  RECEIVE_SUPPLEMENT: '补正材料已收到',
  HAND_UP: '上报上级',
  RETURN_RESULT: '回传结果',
  COMPLETE: '办结',
  FAIL: '登记未办成',
  REAPPLY: '重新办理',
  NOTIFY: '通知结果',
  DELIVER: '送达结果',
  RECORD_FEE: '登记法定收费',
  HOME_VISIT: '登记上门服务',
  UPLOAD_FILE: '上传扫描材料',
  REQUEST_EXTENSION: '申请延期',
  DECIDE_EXTENSION: '审批延期',
  SUSPEND: '中止计时',
  RESUME: '恢复计时',
  ADVANCE_HANDOFF: '办理上报件',
};

/** What besides the status decides an action: the item's level and the flags of the case. */
export interface CaseContext {
  level: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
  /** An approved suspension is open: the station's own transitions wait for it to end. */
  suspended: boolean;
  /** DB1405 6.4.1: the result has been told to the citizen. */
  notified: boolean;
  /** DB1405 7.2.3 e): the result has been handed to the citizen. */
  delivered: boolean;
}

const OPEN: CaseStatusName[] = ['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'HANDED_UP'];
const ALL: CaseStatusName[] = [...CASE_STATUSES];

interface Rule {
  from: CaseStatusName[];
  /** The status after the action; absent: the status does not change. */
  to?: CaseStatusName;
  /** Extra condition on the context, with the reason shown when it fails. */
  when?: (c: CaseContext) => string | null;
}

const notSuspended = (c: CaseContext) => (c.suspended ? '案件已中止计时，请先恢复计时' : null);

const RULES: Record<CaseAction, Rule> = {
  PROVIDE_MATERIALS: { from: ['AWAITING_MATERIALS'] },
  COMPLETE_MATERIALS: { from: ['AWAITING_MATERIALS'], to: 'ACCEPTED' },
  START: { from: ['ACCEPTED'], to: 'IN_PROGRESS', when: notSuspended },
  REQUEST_SUPPLEMENT: { from: ['IN_PROGRESS'], to: 'SUPPLEMENT_REQUESTED', when: notSuspended },
  RECEIVE_SUPPLEMENT: { from: ['SUPPLEMENT_REQUESTED'], to: 'IN_PROGRESS' },
  // DB1405 7.2.2: only matters whose authority is not at the village go up.
  HAND_UP: {
    from: ['IN_PROGRESS'], to: 'HANDED_UP',
    when: (c) => (c.level === 'VILLAGE' ? '村级事项由服务站直接办理，无需上报' : notSuspended(c)),
  },
  // The upper level returns its result whatever the station's clock does.
  RETURN_RESULT: { from: ['HANDED_UP'], to: 'IN_PROGRESS' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED', when: notSuspended },
  FAIL: { from: ['IN_PROGRESS'], to: 'FAILED', when: notSuspended },
  // DB1405 6.4.2: help the citizen apply again after a failure.
  REAPPLY: { from: ['FAILED'] },
  NOTIFY: { from: ['COMPLETED', 'FAILED'], when: (c) => (c.notified ? '已通知过办理结果' : null) },
  DELIVER: { from: ['COMPLETED'], when: (c) => (c.delivered ? '已登记送达' : null) },
  // DB1405 6.4.3: a statutory fee can only arise once the matter is being handled.
  RECORD_FEE: { from: ALL.filter((s) => s !== 'AWAITING_MATERIALS') },
  HOME_VISIT: { from: ALL },
  UPLOAD_FILE: { from: ALL },
  REQUEST_EXTENSION: { from: OPEN, when: notSuspended },
  DECIDE_EXTENSION: { from: OPEN },
  SUSPEND: {
    from: ['ACCEPTED', 'IN_PROGRESS', 'HANDED_UP'],
    when: (c) => (c.suspended ? '案件已处于中止计时状态' : null),
  },
  RESUME: { from: OPEN, when: (c) => (c.suspended ? null : '案件未中止计时') },
  // The upper level's steps before it returns the result (DB1405 7.2.3 a-c): the case stays handed up.
  ADVANCE_HANDOFF: { from: ['HANDED_UP'] },
};

export type Decision = { ok: true; to: CaseStatusName | null } | { ok: false; reason: string };

/** May `action` be taken on a case in `status`? And if so, its status afterwards (null: unchanged). */
export function decide(status: CaseStatusName, action: CaseAction, ctx: CaseContext): Decision {
  const rule = RULES[action];
  if (!rule.from.includes(status)) {
    return { ok: false, reason: `案件当前为“${STATUS_TEXT[status]}”，不能${ACTION_TEXT[action]}` };
  }
  const problem = rule.when?.(ctx) ?? null;
  if (problem) return { ok: false, reason: problem };
  return { ok: true, to: rule.to ?? null };
}

/** Every action allowed now (the workbench shows only these buttons). */
export function allowedActions(status: CaseStatusName, ctx: CaseContext): CaseAction[] {
  return CASE_ACTIONS.filter((a) => decide(status, a, ctx).ok);
}

export const FINISHED: readonly CaseStatusName[] = ['COMPLETED', 'FAILED'];
