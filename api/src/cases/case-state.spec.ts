import { allowedActions, CASE_ACTIONS, CASE_STATUSES, decide, type CaseAction, type CaseContext, type CaseStatusName } from './case-state';

// DB1405 6.2-6.4, 7.2.3: every (status, action) pair, allowed or forbidden, written out by hand
// (not derived from the implementation). '=' means allowed without a status change; a status
// name means allowed and leading there; absent means forbidden (409 CASE.INVALID_TRANSITION).

type Row = Partial<Record<CaseStatusName, CaseStatusName | '='>>;
const AM = 'AWAITING_MATERIALS', AC = 'ACCEPTED', IP = 'IN_PROGRESS', SR = 'SUPPLEMENT_REQUESTED', HU = 'HANDED_UP', CO = 'COMPLETED', FA = 'FAILED';

const EXPECTED: Record<CaseAction, Row> = {
  PROVIDE_MATERIALS: { [AM]: '=' },
  COMPLETE_MATERIALS: { [AM]: AC },
  START: { [AC]: IP },
  REQUEST_SUPPLEMENT: { [IP]: SR },
  RECEIVE_SUPPLEMENT: { [SR]: IP },
  HAND_UP: { [IP]: HU },
  RETURN_RESULT: { [HU]: IP },
  COMPLETE: { [IP]: CO },
  FAIL: { [IP]: FA },
  REAPPLY: { [FA]: '=' },
  NOTIFY: { [CO]: '=', [FA]: '=' },
  DELIVER: { [CO]: '=' },
  RECORD_FEE: { [AC]: '=', [IP]: '=', [SR]: '=', [HU]: '=', [CO]: '=', [FA]: '=' },
  HOME_VISIT: { [AM]: '=', [AC]: '=', [IP]: '=', [SR]: '=', [HU]: '=', [CO]: '=', [FA]: '=' },
  UPLOAD_FILE: { [AM]: '=', [AC]: '=', [IP]: '=', [SR]: '=', [HU]: '=', [CO]: '=', [FA]: '=' },
  REQUEST_EXTENSION: { [AC]: '=', [IP]: '=', [SR]: '=', [HU]: '=' },
  DECIDE_EXTENSION: { [AC]: '=', [IP]: '=', [SR]: '=', [HU]: '=' },
  SUSPEND: { [AC]: '=', [IP]: '=', [HU]: '=' },
  RESUME: {},
  ADVANCE_HANDOFF: { [HU]: '=' },
};

const base: CaseContext = { level: 'TOWNSHIP', suspended: false, notified: false, delivered: false };

describe('case state machine (DB1405 6.2-6.4, 7.2.3): every status × action', () => {
  const pairs = CASE_STATUSES.flatMap((s) => CASE_ACTIONS.map((a) => [s, a] as const));
  it('covers all 7 statuses × 20 actions', () => expect(pairs).toHaveLength(7 * 20));

  it.each(pairs)('%s + %s', (status, action) => {
    const want = EXPECTED[action][status];
    const got = decide(status, action, base);
    if (want === undefined) {
      expect(got.ok).toBe(false);
      if (!got.ok) expect(got.reason).toMatch(/不能|未中止/);
    } else {
      expect(got).toEqual({ ok: true, to: want === '=' ? null : want });
    }
  });
});

describe('conditions beyond the status', () => {
  it('DB1405 7.2.2: a village-level item is never handed up', () => {
    const r = decide('IN_PROGRESS', 'HAND_UP', { ...base, level: 'VILLAGE' });
    expect(r).toEqual({ ok: false, reason: '村级事项由服务站直接办理，无需上报' });
    expect(decide('IN_PROGRESS', 'HAND_UP', { ...base, level: 'COUNTY' })).toEqual({ ok: true, to: 'HANDED_UP' });
  });

  it('DB1405 4.3: while suspended, only resuming (and recording) is possible; the upper level may still return', () => {
    const s = { ...base, suspended: true };
    for (const a of ['START', 'REQUEST_SUPPLEMENT', 'HAND_UP', 'COMPLETE', 'FAIL', 'REQUEST_EXTENSION', 'SUSPEND'] as const) {
      for (const st of CASE_STATUSES) expect(decide(st, a, s).ok).toBe(false);
    }
    expect(decide('IN_PROGRESS', 'RESUME', s)).toEqual({ ok: true, to: null });
    expect(decide('HANDED_UP', 'RETURN_RESULT', s)).toEqual({ ok: true, to: 'IN_PROGRESS' });
    expect(decide('IN_PROGRESS', 'HOME_VISIT', s).ok).toBe(true);
    expect(decide('IN_PROGRESS', 'DECIDE_EXTENSION', s).ok).toBe(true);
  });

  it('RESUME is allowed in every open status when suspended, and nowhere otherwise', () => {
    const s = { ...base, suspended: true };
    const allowed = CASE_STATUSES.filter((st) => decide(st, 'RESUME', s).ok);
    expect(allowed).toEqual(['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'HANDED_UP']);
  });

  it('DB1405 6.4.1 / 7.2.3 e): the result is notified once and delivered once', () => {
    expect(decide('COMPLETED', 'NOTIFY', { ...base, notified: true }).ok).toBe(false);
    expect(decide('COMPLETED', 'DELIVER', { ...base, delivered: true }).ok).toBe(false);
    expect(decide('COMPLETED', 'DELIVER', { ...base, notified: true }).ok).toBe(true);
  });

  it('lists the allowed actions for the workbench', () => {
    expect(allowedActions('IN_PROGRESS', base)).toEqual([
      'REQUEST_SUPPLEMENT', 'HAND_UP', 'COMPLETE', 'FAIL', 'RECORD_FEE', 'HOME_VISIT', 'UPLOAD_FILE', 'REQUEST_EXTENSION', 'DECIDE_EXTENSION', 'SUSPEND',
    ]);
    expect(allowedActions('AWAITING_MATERIALS', base)).toEqual(['PROVIDE_MATERIALS', 'COMPLETE_MATERIALS', 'HOME_VISIT', 'UPLOAD_FILE']);
  });

  it('names the current status in the refusal', () => {
    expect(decide('COMPLETED', 'START', base)).toEqual({ ok: false, reason: '案件当前为“已办结”，不能开始办理' });
  });
});
