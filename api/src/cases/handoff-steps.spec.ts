import { decideStep, HOP_STATUSES, HOP_STEPS, hopTimeline, nextStep, type HopStatus, type HopStep } from './handoff-steps';

// DB1405 7.2.3 a)-d): confirm materials → review → sign → stamp → issue → return, strictly in order.
const ORDER: [HopStep, HopStatus, HopStatus][] = [
  ['confirm-materials', 'HANDED_UP', 'MATERIALS_CONFIRMED'],
  ['review', 'MATERIALS_CONFIRMED', 'REVIEWED'],
  ['sign', 'REVIEWED', 'SIGNED'],
  ['stamp', 'SIGNED', 'STAMPED'],
  ['issue', 'STAMPED', 'ISSUED'],
  ['return', 'ISSUED', 'RETURNED'],
];

describe('hand-off step machine (DB1405 7.2.3): every status × step', () => {
  const pairs = HOP_STATUSES.flatMap((s) => HOP_STEPS.map((st) => [s, st] as const));
  it.each(pairs)('%s + %s', (status, step) => {
    const row = ORDER.find(([s, from]) => s === step && from === status);
    const r = decideStep(status, step);
    if (row) expect(r).toMatchObject({ ok: true, step: { from: row[1], to: row[2] } });
    else expect(r.ok).toBe(false);
  });

  it('says which step comes first when one is skipped', () => {
    expect(decideStep('HANDED_UP', 'sign')).toEqual({ ok: false, reason: '上报件当前为“待确认材料”，应先确认材料，不能签字' });
    expect(decideStep('RETURNED', 'return')).toEqual({ ok: false, reason: '该上报件已回传，环节已全部完成' });
  });

  it('knows the next step', () => {
    expect(nextStep('HANDED_UP')).toBe('confirm-materials');
    expect(nextStep('ISSUED')).toBe('return');
    expect(nextStep('RETURNED')).toBeNull();
  });

  it('times each step of the hop (its own clock)', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 9, 12, 1, m));
    const steps = hopTimeline({
      handedUpAt: t(0), materialsConfirmedAt: t(30), reviewedAt: t(90), signedAt: null, stampedAt: null, issuedAt: null, returnedAt: null,
    });
    expect(steps.map((s) => [s.step, s.minutesSincePrevious])).toEqual([['HANDED_UP', null], ['MATERIALS_CONFIRMED', 30], ['REVIEWED', 60]]);
  });
});
