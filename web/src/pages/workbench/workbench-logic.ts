/**
 * Pure helpers of the station workbench (DB1405 6.1-6.4, 7.2.1 e, 7.2.2-7.2.3): countdown badge
 * tones, which buttons a case shows, the upper level's next step, form checks. No React, no I/O.
 */

export type Tone = 'green' | 'yellow' | 'red' | 'none';

const ALERT_TONE: Record<string, Tone> = { NONE: 'green', WARN_50: 'yellow', WARN_80: 'red', OVERDUE: 'red', FLAGGED: 'red' };
const RANK: Record<Tone, number> = { none: 0, green: 1, yellow: 2, red: 3 };

/**
 * DB1405 7.2.1 e) countdown badge: green while more than 50 % of the allowed working days are
 * left, red at 20 % or less (or overdue), yellow between. `limit` may be unknown (lists carry no
 * limit): then the server's alert level decides. The worse of the two wins — the scheduled job
 * may lag a day behind the countdown, or the countdown may be missing past the calendar.
 */
export function countdownTone(remaining: number | null, limit: number | null, alertLevel?: string | null): Tone {
  let tone: Tone = 'none';
  if (remaining !== null && remaining < 0) tone = 'red';
  else if (remaining !== null && limit && limit > 0) {
    const share = remaining / limit;
    tone = share <= 0.2 ? 'red' : share > 0.5 ? 'green' : 'yellow';
  } else if (remaining !== null) tone = 'green';
  const byAlert = alertLevel ? ALERT_TONE[alertLevel] ?? 'none' : 'none';
  return RANK[byAlert] > RANK[tone] && (remaining !== null || byAlert !== 'green') ? byAlert : tone;
}

/** The badge text: 剩 N 个工作日 / 今日到期 / 超期 N 个工作日. */
export function countdownText(remaining: number | null): string {
  if (remaining === null) return '未计时';
  if (remaining < 0) return `超期 ${-remaining} 个工作日`;
  if (remaining === 0) return '今日到期';
  return `剩 ${remaining} 个工作日`;
}

/** The case buttons, in the order of a case's life, each mapped to the action the server lists. */
export const CASE_BUTTONS = [
  { action: 'PROVIDE_MATERIALS', label: '材料补齐', path: 'materials' },
  { action: 'START', label: '开始办理', path: 'start' },
  { action: 'REQUEST_SUPPLEMENT', label: '要求补正', path: 'supplement-request' },
  { action: 'RECEIVE_SUPPLEMENT', label: '补正到位', path: 'supplement-received' },
  { action: 'HAND_UP', label: '上报', path: 'handoffs' },
  { action: 'COMPLETE', label: '办结', path: 'complete' },
  { action: 'FAIL', label: '未办成', path: 'fail' },
  { action: 'NOTIFY', label: '告知结果', path: 'notify' },
  { action: 'DELIVER', label: '送达', path: 'deliver' },
] as const;
export type CaseButton = (typeof CASE_BUTTONS)[number];

/** Only the buttons that work now (the server's `allowedActions`); unknown actions are ignored. */
export function visibleButtons(allowed: readonly string[]): CaseButton[] {
  const set = new Set(allowed);
  return CASE_BUTTONS.filter((b) => set.has(b.action));
}

/** DB1405 7.2.3: the upper level's steps, strictly in this order. */
export const HOP_STEPS = [
  { step: 'confirm-materials', label: '确认材料' },
  { step: 'review', label: '审核' },
  { step: 'sign', label: '签字' },
  { step: 'stamp', label: '盖章' },
  { step: 'issue', label: '出证' },
  { step: 'return', label: '回传' },
] as const;

export function hopStepLabel(step: string | null): string | null {
  return HOP_STEPS.find((s) => s.step === step)?.label ?? null;
}

/** The body a step needs: 出证 a certificate number, 回传 a result note; null when it is missing. */
export function hopStepBody(step: string, input: { certificateNo?: string; resultNote?: string }): Record<string, string> | null {
  if (step === 'issue') return input.certificateNo?.trim() ? { certificateNo: input.certificateNo.trim() } : null;
  if (step === 'return') return input.resultNote?.trim() ? { resultNote: input.resultNote.trim() } : null;
  return {};
}

/** A version conflict (or an invalid transition after someone else's change): say so and reload. */
export const CONFLICT_MESSAGE = '案件已被他人更新，请刷新后重试';
export function isConflict(e: unknown): boolean {
  return (e as { status?: number } | null)?.status === 409;
}

export const CONSULTATION_CHANNELS = { PHONE: '来电', VISIT: '来访' } as const;
export const CONSULTATION_STATUS = { OPEN: '待答复', ANSWERED: '已答复', CONVERTED: '已转委托' } as const;
export const CONSENT_METHODS = { SIGNED_FORM: '书面委托书', VERBAL_RECORDED: '口头委托（已记录）', ONLINE: '线上委托' } as const;
export const NOTIFY_CHANNELS = { PHONE: '电话', SMS: '短信', VISIT: '上门', WECHAT: '微信' } as const;

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export interface ConsultationInput { name: string; phone: string; itemId: number | null; topic: string; content: string }

/** The same checks the server makes (DB1405 6.1.4), so the agent sees them before sending. */
export function consultationErrors(v: ConsultationInput): string[] {
  const out: string[] = [];
  if (!v.name.trim()) out.push('请填写咨询人姓名');
  if (!PHONE.test(v.phone.trim())) out.push('联系电话格式不正确');
  if (!v.itemId && !v.topic.trim()) out.push('请选择事项或填写咨询主题');
  if (!v.content.trim()) out.push('请填写咨询内容');
  return out;
}

export interface CommissionInput {
  fromConsultation: boolean;
  itemId: number | null;
  name: string;
  phone: string;
  idNumber: string;
  consent: boolean;
  method: string;
}

/** DB1405 4.1: consent and its method are required; a citizen typed in needs name and phone. */
export function commissionErrors(v: CommissionInput): string[] {
  const out: string[] = [];
  if (!v.itemId) out.push('请选择代办事项');
  if (!v.fromConsultation) {
    if (!v.name.trim()) out.push('请填写群众姓名');
    if (!PHONE.test(v.phone.trim())) out.push('联系电话格式不正确');
    if (v.idNumber.trim() && !/^\d{17}[\dXx]$/.test(v.idNumber.trim())) out.push('身份证号码无效');
  }
  if (!v.consent) out.push('须经群众自愿委托（DB1405 4.1）');
  if (v.consent && !v.method) out.push('请选择委托方式');
  return out;
}

/** The checklist ids not ticked: what the one-time notice will list (DB1405 6.2.2). */
export function missingMaterials<T extends { id: number }>(all: readonly T[], ticked: ReadonlySet<number>): T[] {
  return all.filter((m) => !ticked.has(m.id));
}

/** Only station agents hold `case:write` on the server (api/src/auth/permissions.ts); others only read. */
export function canHandleCases(role: string | null | undefined): boolean {
  return role === 'STATION_AGENT';
}
