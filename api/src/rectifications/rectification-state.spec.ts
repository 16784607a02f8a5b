import {
  allowedActions, decide, missingInput, mayAct, RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES,
  type RectificationAction, type RectificationContext, type RectificationStatus,
} from './rectification-state';

// DB1405 8.2.1-8.2.2: every (status, action) pair, allowed or forbidden, written out by hand (not
// derived from the implementation). A status name means allowed and leading there; absent means
// forbidden (409 RECTIFICATION.INVALID_TRANSITION).

type Row = Partial<Record<RectificationStatus, RectificationStatus>>;
const O = 'OPEN', V = 'VERIFIED', R = 'RECTIFIED', F = 'FED_BACK', W = 'REWORK', A = 'APPEALED', C = 'CLOSED';

const EXPECTED: Record<RectificationAction, Row> = {
  VERIFY: { [O]: V },
  RECTIFY: { [V]: R, [W]: R },
  FEEDBACK: { [R]: F },
  RECHECK_PASS: { [F]: C },
  RECHECK_FAIL: { [F]: W },
  APPEAL: { [O]: A, [V]: A },
  UPHOLD_APPEAL: { [A]: C },
  // Not verified before the appeal: back to OPEN (the verified case is below).
  REJECT_APPEAL: { [A]: O },
};

const base: RectificationContext = { verified: false, appealed: false };
const everyone = { station: true, review: true };

describe('rectification state machine (DB1405 8.2): every status × action', () => {
  const pairs = RECTIFICATION_STATUSES.flatMap((s) => RECTIFICATION_ACTIONS.map((a) => [s, a] as const));
  it('covers all 7 statuses × 8 actions', () => expect(pairs).toHaveLength(7 * 8));

  it.each(pairs)('%s + %s', (status, action) => {
    const want = EXPECTED[action][status];
    const got = decide(status, action, base);
    if (want === undefined) {
      expect(got.ok).toBe(false);
      if (!got.ok) expect(got.reason).toMatch(/^整改任务当前为“.+”，不能/);
    } else {
      expect(got).toEqual({ ok: true, to: want });
    }
  });

  it('a closed rectification takes no action at all, by anyone', () => {
    expect(allowedActions('CLOSED', base, everyone)).toEqual([]);
    expect(allowedActions('CLOSED', { verified: true, appealed: true }, everyone)).toEqual([]);
  });
});

describe('conditions beyond the status', () => {
  it('a rejected appeal returns to where the rectification was: VERIFIED when verified, else OPEN', () => {
    expect(decide('APPEALED', 'REJECT_APPEAL', { ...base, verified: true })).toEqual({ ok: true, to: 'VERIFIED' });
    expect(decide('APPEALED', 'REJECT_APPEAL', { ...base, verified: false })).toEqual({ ok: true, to: 'OPEN' });
  });

  it('one appeal per rectification: after a rejected appeal it cannot be appealed again', () => {
    const r = decide('VERIFIED', 'APPEAL', { verified: true, appealed: true });
    expect(r).toEqual({ ok: false, reason: '该整改任务已申诉过，不能重复申诉' });
    expect(decide('OPEN', 'APPEAL', { verified: false, appealed: true }).ok).toBe(false);
  });

  it('names the current status in the refusal', () => {
    expect(decide('CLOSED', 'VERIFY', base)).toEqual({ ok: false, reason: '整改任务当前为“已办结”，不能核实' });
  });
});

describe('who may act (DB1405 8.2.2: the station rectifies, a higher level re-checks and decides appeals)', () => {
  const station = { station: true, review: false };
  const reviewer = { station: false, review: true };

  it.each([
    ['VERIFY', true, false], ['RECTIFY', true, false], ['FEEDBACK', true, false], ['APPEAL', true, false],
    ['RECHECK_PASS', false, true], ['RECHECK_FAIL', false, true], ['UPHOLD_APPEAL', false, true], ['REJECT_APPEAL', false, true],
  ] as const)('%s: station %s, reviewer %s', (action, byStation, byReviewer) => {
    expect(mayAct(action, station)).toBe(byStation);
    expect(mayAct(action, reviewer)).toBe(byReviewer);
    expect(mayAct(action, { station: false, review: false })).toBe(false);
  });

  it('lists the caller’s buttons only', () => {
    expect(allowedActions('OPEN', base, station)).toEqual(['VERIFY', 'APPEAL']);
    expect(allowedActions('OPEN', base, reviewer)).toEqual([]);
    expect(allowedActions('FED_BACK', base, station)).toEqual([]);
    expect(allowedActions('FED_BACK', base, reviewer)).toEqual(['RECHECK_PASS', 'RECHECK_FAIL']);
    expect(allowedActions('APPEALED', base, reviewer)).toEqual(['UPHOLD_APPEAL', 'REJECT_APPEAL']);
    expect(allowedActions('REWORK', base, everyone)).toEqual(['RECTIFY']);
    expect(allowedActions('VERIFIED', { verified: true, appealed: true }, station)).toEqual(['RECTIFY']);
  });
});

describe('required input', () => {
  it.each([
    ['VERIFY', {}, '请填写核实情况'],
    ['VERIFY', { note: '  ' }, '请填写核实情况'],
    ['RECTIFY', { note: '写在了备注里' }, '请填写整改措施'],
    ['FEEDBACK', {}, '请填写向群众反馈的情况'],
    ['RECHECK_FAIL', {}, '复查不通过时请填写原因'],
    ['REJECT_APPEAL', {}, '驳回申诉时请填写意见'],
    ['APPEAL', { note: '评价对象错误' }, '请选择申诉理由：误评（MISTAKEN）或恶意评价（MALICIOUS）'],
    ['APPEAL', { note: '评价对象错误', reason: 'OTHER' }, '请选择申诉理由：误评（MISTAKEN）或恶意评价（MALICIOUS）'],
    ['APPEAL', { reason: 'MISTAKEN' }, '请填写申诉理由'],
  ] as const)('%s with %j → %s', (action, input, message) => {
    expect(missingInput(action, input)).toBe(message);
  });

  it.each([
    ['VERIFY', { note: '已电话核实' }],
    ['RECTIFY', { measures: '对代办员进行批评教育' }],
    ['FEEDBACK', { note: '已上门说明' }],
    ['RECHECK_PASS', {}],
    ['UPHOLD_APPEAL', {}],
    ['APPEAL', { reason: 'MALICIOUS', note: '同一号码多次恶意差评' }],
  ] as const)('%s with %j is complete', (action, input) => {
    expect(missingInput(action, input)).toBeNull();
  });
});
