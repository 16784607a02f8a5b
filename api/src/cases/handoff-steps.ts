// One hop of a cross-level case (DB1405 7.2.3): after the station hands the case up, the township
// or county window confirms the materials with the station (a), and once the scans are in (b) it
// reviews, signs, stamps and issues the certificate (c), then returns the result (d). The steps go
// strictly in this order. Pure: the service asks here, the spec walks every pair.

export const HOP_STATUSES = ['HANDED_UP', 'MATERIALS_CONFIRMED', 'REVIEWED', 'SIGNED', 'STAMPED', 'ISSUED', 'RETURNED'] as const;
export type HopStatus = (typeof HOP_STATUSES)[number];

export const HOP_STEPS = ['confirm-materials', 'review', 'sign', 'stamp', 'issue', 'return'] as const;
export type HopStep = (typeof HOP_STEPS)[number];

export interface StepDef {
  from: HopStatus;
  to: HopStatus;
  /** The hop column stamped with the time of the step. */
  timeField: 'materialsConfirmedAt' | 'reviewedAt' | 'signedAt' | 'stampedAt' | 'issuedAt' | 'returnedAt';
  /** Case event type written for the step (RESULT_RETURNED also moves the case back to IN_PROGRESS). */
  event: string;
  text: string;
}

export const STEPS: Record<HopStep, StepDef> = {
  'confirm-materials': { from: 'HANDED_UP', to: 'MATERIALS_CONFIRMED', timeField: 'materialsConfirmedAt', event: 'HANDOFF_MATERIALS_CONFIRMED', text: '确认材料' },
  review: { from: 'MATERIALS_CONFIRMED', to: 'REVIEWED', timeField: 'reviewedAt', event: 'HANDOFF_REVIEWED', text: '审核' },
  sign: { from: 'REVIEWED', to: 'SIGNED', timeField: 'signedAt', event: 'HANDOFF_SIGNED', text: '签字' },
  stamp: { from: 'SIGNED', to: 'STAMPED', timeField: 'stampedAt', event: 'HANDOFF_STAMPED', text: '盖章' },
  issue: { from: 'STAMPED', to: 'ISSUED', timeField: 'issuedAt', event: 'CERTIFICATE_ISSUED', text: '出证' },
  return: { from: 'ISSUED', to: 'RETURNED', timeField: 'returnedAt', event: 'RESULT_RETURNED', text: '回传结果' },
};

export const HOP_STATUS_TEXT: Record<HopStatus, string> = {
  HANDED_UP: '待确认材料',
  MATERIALS_CONFIRMED: '待审核',
  REVIEWED: '待签字',
  SIGNED: '待盖章',
  STAMPED: '待出证',
  ISSUED: '待回传',
  RETURNED: '已回传',
};

export type StepDecision = { ok: true; step: StepDef } | { ok: false; reason: string };

export function decideStep(status: HopStatus, step: HopStep): StepDecision {
  const def = STEPS[step];
  if (def.from === status) return { ok: true, step: def };
  if (status === 'RETURNED') return { ok: false, reason: '该上报件已回传，环节已全部完成' };
  const next = HOP_STEPS.find((s) => STEPS[s].from === status)!;
  return { ok: false, reason: `上报件当前为“${HOP_STATUS_TEXT[status]}”，应先${STEPS[next].text}，不能${def.text}` };
}

/** The step the upper level takes next (null once returned). */
export function nextStep(status: HopStatus): HopStep | null {
  return HOP_STEPS.find((s) => STEPS[s].from === status) ?? null;
}

export interface HopTimes {
  handedUpAt: Date;
  materialsConfirmedAt: Date | null;
  reviewedAt: Date | null;
  signedAt: Date | null;
  stampedAt: Date | null;
  issuedAt: Date | null;
  returnedAt: Date | null;
}

/** Each step reached so far with its time and how long it took since the previous one (each hop's own clock). */
export function hopTimeline(h: HopTimes): { step: string; text: string; at: string; minutesSincePrevious: number | null }[] {
  const out: { step: string; text: string; at: string; minutesSincePrevious: number | null }[] = [
    { step: 'HANDED_UP', text: '上报', at: h.handedUpAt.toISOString(), minutesSincePrevious: null },
  ];
  let prev = h.handedUpAt;
  for (const s of HOP_STEPS) {
    const at = h[STEPS[s].timeField];
    if (!at) break;
    out.push({ step: STEPS[s].to, text: STEPS[s].text, at: at.toISOString(), minutesSincePrevious: Math.round((at.getTime() - prev.getTime()) / 60_000) });
    prev = at;
  }
  return out;
}
