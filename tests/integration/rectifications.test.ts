import { CalendarService } from '../../api/src/calendar/calendar.service';
import { Clock } from '../../api/src/cases/clock';
import { PrismaService } from '../../api/src/infra/prisma.service';
import { openRectification } from '../../api/src/rectifications/rectification-opener';
import { RectificationEscalationService } from '../../api/src/rectifications/rectification-escalation.service';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 8.2 (8.2.1 改进, 8.2.2 督促、跟踪、复查): a bad evaluation opens a rectification owned by
// the handling station, which verifies, rectifies and feeds back; a level above re-checks it to
// closure, or decides the station's appeal (误评 / 恶意评价). Overdue tasks escalate like overdue
// cases (催办, then 通报). Bad evaluations are written straight into the database and the
// rectification opened by the same opener the evaluation service uses, in a transaction.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const CITIZEN = '王建国';
const COMMENT = `我是${CITIZEN}，代办员态度很差，材料拖了很久，有事打我电话13812345678`;

describe('rectifications (DB1405 8.2)', () => {
  let h: ApiHarness;
  const tokens: Record<string, string> = {};
  let station: { id: number; agentId: number };
  let outside: { id: number; agentId: number };
  let agentVillage: string;

  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const call = async (user: string, method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { token: tokens[user], body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const act = (user: string, id: number, body: Body) => call(user, 'POST', `/api/v1/rectifications/${id}/actions`, body);
  const detail = async (user: string, id: number) => (await call(user, 'GET', `/api/v1/rectifications/${id}`)).body;
  const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;

  /** A completed case of the station with a 非常不满意 paper evaluation, and its rectification opened at `at`. */
  async function openBad(at: string, where = station): Promise<{ id: number; evaluationId: number; caseId: number }> {
    const [c] = await q(`INSERT INTO cases (case_no, station_id, agent_id, item_id, item_version, citizen_name, citizen_phone_enc,
        citizen_phone_masked, citizen_id_enc, citizen_id_masked, consent_at, status, level, created_at, accepted_at, completed_at)
      SELECT 'RT' || substr(md5(random()::text), 1, 12), $1, $2, item_id, item_version, $3, citizen_phone_enc, citizen_phone_masked,
        citizen_id_enc, citizen_id_masked, consent_at, 'COMPLETED', level, $4, $4, $4
      FROM cases ORDER BY id LIMIT 1 RETURNING id`, [where.id, where.agentId, CITIZEN, at]);
    const [e] = await q(`INSERT INTO evaluations (case_id, occasion, channel, level, comment, created_at, updated_at)
      VALUES ($1, 1, 'PAPER', 'VERY_DISSATISFIED', $2, $3, $3) RETURNING id`, [c.id, COMMENT, at]);
    const r = await h.app.get(PrismaService).$transaction((tx) => openRectification(tx, h.app.get(CalendarService), h.config.RECTIFICATION_DAYS, {
      source: 'EVALUATION', evaluationId: e.id, caseId: c.id, summary: '群众评价“非常不满意”：服务态度、办理时效', actorId: null, at: new Date(at),
    }));
    return { id: r.id, evaluationId: e.id, caseId: c.id };
  }

  beforeAll(async () => {
    h = await startApi({ env: { ALERTS_ENABLED: 'false' } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
    const [a] = await q(`SELECT u.station_id AS id, u.agent_id AS "agentId", s.region_code AS village FROM users u JOIN stations s ON s.id = u.station_id WHERE u.username = 'agent'`);
    station = { id: a.id, agentId: a.agentId };
    agentVillage = a.village;
    // A station outside 阳城县 (140522): outside the agent's, the reviewer's (凤城镇) and the county leader's scope.
    [outside] = await q(`SELECT s.id, (SELECT min(g.id) FROM agents g WHERE g.station_id = s.id) AS "agentId"
      FROM stations s JOIN regions r ON r.code = s.region_code
      WHERE r.path NOT LIKE '/140500/140522/%' AND EXISTS (SELECT 1 FROM agents g WHERE g.station_id = s.id) ORDER BY s.id LIMIT 1`);
  }, 180_000);

  afterAll(async () => {
    h?.db.pool.on('error', () => undefined);
    await h?.close();
  });

  it('verify → rectify → feed back → re-check fails → rectify → feed back → re-check passes → CLOSED, each step by its side', async () => {
    const r = await openBad('2026-11-02T02:00:00Z'); // Monday; due 5 working days later
    setNow('2026-11-03T02:00:00Z');
    let d = await detail('agent', r.id);
    expect(d).toMatchObject({
      status: 'OPEN', statusText: '待核实', source: 'EVALUATION', dueDate: '2026-11-09', overdue: false, version: 1, alertLevel: 'NONE',
      allowedActions: ['VERIFY', 'APPEAL'], station: { id: station.id },
      case: { id: r.caseId, citizenName: '王*国' },
      evaluation: { id: r.evaluationId, level: 'VERY_DISSATISFIED', levelText: '非常不满意', appealOutcome: null },
      events: [{ type: 'OPENED', toStatus: 'OPEN' }],
    });
    // Only the redacted copy of the comment: no name, no phone.
    expect(d.evaluation.comment).toContain('代办员态度很差');
    expect(JSON.stringify(d)).not.toContain(CITIZEN);
    expect(JSON.stringify(d)).not.toMatch(MOBILE);
    // The reviewer (凤城镇) sees it but has nothing to do yet.
    expect((await detail('reviewer', r.id)).allowedActions).toEqual([]);

    // DB1405 8.2.2: the station's steps are not the reviewer's, and the re-check is not the station's.
    expect(await act('reviewer', r.id, { action: 'VERIFY', version: 1, note: '越权核实' })).toMatchObject({ status: 403, body: { code: 'RECTIFICATION.FORBIDDEN_ACTION' } });
    expect((await act('agent', r.id, { action: 'VERIFY', version: 1 })).body.code).toBe('RECTIFICATION.INPUT_REQUIRED');
    d = (await act('agent', r.id, { action: 'VERIFY', version: 1, note: '已电话联系群众，情况属实：材料流转慢、解释不耐心' })).body;
    expect(d).toMatchObject({ status: 'VERIFIED', version: 2, verifyNote: expect.stringContaining('情况属实'), allowedActions: ['RECTIFY', 'APPEAL'] });
    // stale version → 409 VERSION_CONFLICT; a step the state does not allow → 409 INVALID_TRANSITION
    expect(await act('agent', r.id, { action: 'RECTIFY', version: 1, measures: '重复提交' })).toMatchObject({
      status: 409, body: { code: 'RECTIFICATION.VERSION_CONFLICT', message: expect.any(String), requestId: expect.any(String) },
    });
    expect(await act('agent', r.id, { action: 'FEEDBACK', version: 2, note: '跳过整改' })).toMatchObject({
      status: 409, body: { code: 'RECTIFICATION.INVALID_TRANSITION', message: '整改任务当前为“已核实”，不能反馈群众' },
    });
    expect((await act('agent', r.id, { action: 'RECTIFY', version: 2 })).body.code).toBe('RECTIFICATION.INPUT_REQUIRED');
    d = (await act('agent', r.id, { action: 'RECTIFY', version: 2, measures: '对代办员进行服务规范培训，材料当日流转' })).body;
    expect(d).toMatchObject({ status: 'RECTIFIED', version: 3, measures: expect.stringContaining('培训') });
    d = (await act('agent', r.id, { action: 'FEEDBACK', version: 3, note: '已上门向群众说明整改情况' })).body;
    expect(d).toMatchObject({ status: 'FED_BACK', version: 4, allowedActions: [] });
    expect((await detail('reviewer', r.id)).allowedActions).toEqual(['RECHECK_PASS', 'RECHECK_FAIL']);
    expect(await act('agent', r.id, { action: 'RECHECK_PASS', version: 4 })).toMatchObject({ status: 403, body: { code: 'RECTIFICATION.FORBIDDEN_ACTION' } });

    // 复查不通过 (a reason is required) → REWORK → the station rectifies and feeds back again.
    expect((await act('reviewer', r.id, { action: 'RECHECK_FAIL', version: 4 })).body.code).toBe('RECTIFICATION.INPUT_REQUIRED');
    d = (await act('reviewer', r.id, { action: 'RECHECK_FAIL', version: 4, note: '未见培训记录' })).body;
    expect(d).toMatchObject({ status: 'REWORK', version: 5, recheckNote: '未见培训记录' });
    expect((await detail('agent', r.id)).allowedActions).toEqual(['RECTIFY']);
    await act('agent', r.id, { action: 'RECTIFY', version: 5, measures: '补充培训记录并张贴服务承诺' });
    await act('agent', r.id, { action: 'FEEDBACK', version: 6, note: '已再次向群众反馈' });
    setNow('2026-11-06T03:00:00Z');
    d = (await act('county', r.id, { action: 'RECHECK_PASS', version: 7, note: '复查通过' })).body;
    expect(d).toMatchObject({ status: 'CLOSED', version: 8, closedAt: '2026-11-06T03:00:00.000Z', outcome: 'RECHECKED', allowedActions: [], overdue: false });
    expect(d.events.map((e: Body) => e.type)).toEqual([
      'OPENED', 'VERIFIED', 'RECTIFIED', 'FED_BACK', 'RECHECK_FAILED', 'RECTIFIED', 'FED_BACK', 'RECHECK_PASSED',
    ]);
    expect(d.events.map((e: Body) => e.actor)).toEqual([null, 'agent', 'agent', 'agent', 'reviewer', 'agent', 'agent', 'county']);
    expect((await detail('agent', r.id)).allowedActions).toEqual([]);
    expect(await act('agent', r.id, { action: 'VERIFY', version: 8, note: 'x' })).toMatchObject({ status: 409, body: { code: 'RECTIFICATION.INVALID_TRANSITION' } });

    // One event per change, written with it; closed_at set; every step audited.
    const [row] = await q('SELECT status, version, closed_at, (SELECT count(*)::int FROM rectification_events WHERE rectification_id = $1) AS events FROM rectifications WHERE id = $1', [r.id]);
    expect(row).toMatchObject({ status: 'CLOSED', version: 8, events: 8 });
    expect(row.closed_at.toISOString()).toBe('2026-11-06T03:00:00.000Z');
    const audit = await q(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'rectification.action' AND resource_id = $1 AND outcome = 'SUCCESS'`, [String(r.id)]);
    expect(audit[0].n).toBe(7);

    const list = await call('agent', 'GET', '/api/v1/rectifications?status=CLOSED&pageSize=200');
    expect(list.body.items.find((i: Body) => i.id === r.id)).toMatchObject({ case: { citizenName: '王*国' }, item: { name: expect.any(String) }, dueDate: '2026-11-09' });
    expect(list.raw).not.toContain(CITIZEN);
    expect(list.raw).not.toMatch(MOBILE);
  });

  it('out of scope answers 404 like a missing id; roles without the permission 403', async () => {
    const r = await openBad('2026-11-02T02:00:00Z', outside);
    for (const u of ['agent', 'reviewer', 'county']) {
      expect(await call(u, 'GET', `/api/v1/rectifications/${r.id}`)).toMatchObject({ status: 404, body: { code: 'RECTIFICATION.NOT_FOUND' } });
    }
    expect((await act('reviewer', r.id, { action: 'RECHECK_PASS', version: 1 })).status).toBe(404);
    expect((await act('agent', r.id, { action: 'VERIFY', version: 1, note: '别站的任务' })).status).toBe(404);
    expect((await call('agent', 'GET', `/api/v1/rectifications?station=${outside.id}`)).body.total).toBe(0);
    expect((await call('leader', 'GET', `/api/v1/rectifications/${r.id}`)).status).toBe(200);
    expect((await call('leader', 'GET', `/api/v1/rectifications?station=${outside.id}`)).body.items.map((i: Body) => i.id)).toContain(r.id);
    // the city leader supervises (re-check, appeals) but does not carry out a station's steps
    expect(await act('leader', r.id, { action: 'VERIFY', version: 1, note: '越权' })).toMatchObject({ status: 403, body: { code: 'RECTIFICATION.FORBIDDEN_ACTION' } });
    expect((await call('agent', 'GET', '/api/v1/rectifications/abc')).status).toBe(404);
    expect((await call('agent', 'GET', '/api/v1/rectifications?status=LOST')).body.code).toBe('VALIDATION.FAILED');
    expect((await act('agent', r.id, { action: 'DELETE', version: 1 })).body.code).toBe('VALIDATION.FAILED');
    expect((await h.call('GET', `/api/v1/rectifications/${r.id}`)).status).toBe(401);
  });

  it('appeal upheld (恶意评价): CLOSED, and the evaluation stays on record with appeal_outcome UPHELD', async () => {
    const r = await openBad('2026-11-02T02:00:00Z');
    setNow('2026-11-03T02:00:00Z');
    expect((await act('agent', r.id, { action: 'APPEAL', version: 1, reason: 'SPITE', note: 'x' })).body.code).toBe('VALIDATION.FAILED');
    expect((await act('agent', r.id, { action: 'APPEAL', version: 1, note: '无理由' })).body.code).toBe('RECTIFICATION.INPUT_REQUIRED');
    let d = (await act('agent', r.id, { action: 'APPEAL', version: 1, reason: 'MALICIOUS', note: '该群众事项已办结，评价与办理无关' })).body;
    expect(d).toMatchObject({ status: 'APPEALED', appeal: { reason: 'MALICIOUS', reasonText: '恶意评价' }, allowedActions: [] });
    expect(await act('agent', r.id, { action: 'UPHOLD_APPEAL', version: 2 })).toMatchObject({ status: 403, body: { code: 'RECTIFICATION.FORBIDDEN_ACTION' } });
    expect((await detail('reviewer', r.id)).allowedActions).toEqual(['UPHOLD_APPEAL', 'REJECT_APPEAL']);
    d = (await act('reviewer', r.id, { action: 'UPHOLD_APPEAL', version: 2, note: '经核查属恶意评价' })).body;
    expect(d).toMatchObject({ status: 'CLOSED', outcome: 'APPEAL_UPHELD', outcomeText: '申诉成立', closedAt: '2026-11-03T02:00:00.000Z', evaluation: { appealOutcome: 'UPHELD' } });
    const [e] = await q('SELECT level, appeal_outcome, comment FROM evaluations WHERE id = $1', [r.evaluationId]);
    expect(e).toEqual({ level: 'VERY_DISSATISFIED', appeal_outcome: 'UPHELD', comment: COMMENT });
    expect(d.events.map((x: Body) => x.type)).toEqual(['OPENED', 'APPEALED', 'APPEAL_UPHELD']);
  });

  it('appeal rejected (误评): back where it was, not appealable again, and the rectification goes on', async () => {
    const r = await openBad('2026-11-02T02:00:00Z');
    setNow('2026-11-03T02:00:00Z');
    await act('agent', r.id, { action: 'VERIFY', version: 1, note: '已核实' });
    await act('agent', r.id, { action: 'APPEAL', version: 2, reason: 'MISTAKEN', note: '群众评价的是其他部门' });
    expect((await act('reviewer', r.id, { action: 'REJECT_APPEAL', version: 3 })).body.code).toBe('RECTIFICATION.INPUT_REQUIRED');
    let d = (await act('reviewer', r.id, { action: 'REJECT_APPEAL', version: 3, note: '评价确为本站服务' })).body;
    expect(d).toMatchObject({ status: 'VERIFIED', version: 4, appeal: { reason: 'MISTAKEN', reasonText: '误评' }, evaluation: { appealOutcome: null } });
    expect((await detail('agent', r.id)).allowedActions).toEqual(['RECTIFY']);
    expect(await act('agent', r.id, { action: 'APPEAL', version: 4, reason: 'MISTAKEN', note: '再申诉' })).toMatchObject({
      status: 409, body: { code: 'RECTIFICATION.INVALID_TRANSITION', message: '该整改任务已申诉过，不能重复申诉' },
    });
    d = (await act('agent', r.id, { action: 'RECTIFY', version: 4, measures: '调整窗口引导' })).body;
    expect(d.status).toBe('RECTIFIED');
    expect((await q('SELECT appeal_outcome FROM evaluations WHERE id = $1', [r.evaluationId]))[0].appeal_outcome).toBeNull();
  });

  it('escalates after the due date like an overdue case: 催办 the working day after, 通报 beyond 5 working days', async () => {
    const r = await openBad('2026-11-02T02:00:00Z'); // due 2026-11-09 (Monday)
    const job = h.app.get(RectificationEscalationService);
    const mine = (run: { raised: { rectificationId: number; to: string }[] }) => run.raised.filter((x) => x.rectificationId === r.id).map((x) => x.to);
    expect(mine(await job.runOnce('2026-11-09'))).toEqual([]);
    setNow('2026-11-10T01:00:00Z');
    expect(mine(await job.runOnce())).toEqual(['OVERDUE']);
    expect(mine(await job.runOnce())).toEqual([]); // never repeated
    expect(mine(await job.runOnce('2026-11-16'))).toEqual([]); // 5 working days overdue: still 催办
    setNow('2026-11-17T01:00:00Z');
    expect(mine(await job.runOnce())).toEqual(['FLAGGED']); // 6 working days: 通报

    const d = await detail('agent', r.id);
    expect(d).toMatchObject({ alertLevel: 'FLAGGED', alertText: '逾期通报', overdue: true, version: 3, status: 'OPEN' });
    expect(d.events.filter((e: Body) => e.type === 'ESCALATED').map((e: Body) => e.data.to)).toEqual(['OVERDUE', 'FLAGGED']);
    const notes = await q('SELECT kind, channel, case_id, recipient, body FROM notifications WHERE rectification_id = $1 ORDER BY id', [r.id]);
    expect(notes.map((n) => n.kind)).toEqual(['RECTIFICATION_OVERDUE', 'RECTIFICATION_FLAGGED']);
    const [{ name: stationName }] = await q('SELECT name FROM stations WHERE id = $1', [station.id]);
    expect(notes[0]).toMatchObject({ case_id: r.caseId, recipient: `服务站:${stationName}`, body: expect.stringContaining('2026-11-09') });
    expect(notes[1].recipient).toBe('乡镇:凤城镇');
    for (const n of notes) {
      expect(n.body).not.toContain(CITIZEN);
      expect(n.body).not.toMatch(MOBILE);
    }
    const overdue = await call('agent', 'GET', '/api/v1/rectifications?overdue=true&pageSize=200');
    expect(overdue.body.items.find((i: Body) => i.id === r.id)).toMatchObject({ overdue: true, alertLevel: 'FLAGGED' });
    const notOverdue = await call('agent', 'GET', '/api/v1/rectifications?overdue=false&pageSize=200');
    expect(notOverdue.body.items.some((i: Body) => i.id === r.id)).toBe(false);
    // a stale client loses to the escalation's version bump, and says so
    expect((await act('agent', r.id, { action: 'VERIFY', version: 1, note: '迟到的核实' })).body.code).toBe('RECTIFICATION.VERSION_CONFLICT');
    // a closed task is never escalated
    await act('agent', r.id, { action: 'APPEAL', version: 3, reason: 'MISTAKEN', note: '误评' });
    await act('reviewer', r.id, { action: 'UPHOLD_APPEAL', version: 4 });
    expect(mine(await job.runOnce('2026-12-31'))).toEqual([]);
  });

  it('stats: opened, closed, closed on time by the local date, overdue open, and the on-time rate with its Wilson interval', async () => {
    // Ten tasks opened on 2026-12-02 (due 12-09), brought to their end states directly: the
    // figures only read the columns. 12-09T15:30Z is 23:30 on 12-09 in Beijing (on time);
    // 12-09T16:30Z is 00:30 on 12-10 (late, though the UTC date is still 12-09).
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push((await openBad('2026-12-02T02:00:00Z')).id);
    const close = (id: number, at: string) => q(`UPDATE rectifications SET status = 'CLOSED', closed_at = $2 WHERE id = $1`, [id, at]);
    for (const id of ids.slice(0, 6)) await close(id, '2026-12-04T02:00:00Z');
    await close(ids[6], '2026-12-09T15:30:00Z');
    await close(ids[7], '2026-12-09T16:30:00Z');
    setNow('2026-12-15T02:00:00Z');
    const s = await call('county', 'GET', `/api/v1/rectifications/stats?region=${agentVillage}&from=2026-12-02&to=2026-12-02`);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({
      region: { code: agentVillage }, opened: 10, closed: 8, appealUpheld: 0, closedOnTime: 7, closedLate: 1, open: 2, overdueOpen: 2,
      onTimeRate: { suppressed: false, n: 10, successes: 7, rate: 0.7 },
      definitions: { onTime: expect.stringContaining('整改按期完成率') },
    });
    expect(s.body.onTimeRate.interval.low).toBeCloseTo(0.39678, 4);
    expect(s.body.onTimeRate.interval.high).toBeCloseTo(0.89221, 4);

    // An upheld appeal closes without rectification: counted as closed, outside the rate.
    const a = await openBad('2026-12-03T02:00:00Z');
    await act('agent', a.id, { action: 'APPEAL', version: 1, reason: 'MISTAKEN', note: '误评' });
    await act('reviewer', a.id, { action: 'UPHOLD_APPEAL', version: 2 });
    const few = (await call('agent', 'GET', '/api/v1/rectifications/stats?from=2026-12-03&to=2026-12-03')).body;
    expect(few).toMatchObject({ opened: 1, closed: 1, appealUpheld: 1, closedOnTime: 0, onTimeRate: { suppressed: true, n: 0, label: '样本不足' } });
    const both = (await call('agent', 'GET', '/api/v1/rectifications/stats?from=2026-12-02&to=2026-12-03')).body;
    expect(both).toMatchObject({ opened: 11, closed: 9, appealUpheld: 1, closedOnTime: 7, onTimeRate: { n: 10, successes: 7 } });

    // The figures stay inside the caller's scope.
    expect((await call('agent', 'GET', '/api/v1/rectifications/stats?region=140522')).body.code).toBe('REGION.NOT_FOUND');
    expect((await call('reviewer', 'GET', '/api/v1/rectifications/stats?from=2026-12-02&to=2026-12-02')).body.opened).toBe(10);
    expect((await call('leader', 'GET', '/api/v1/rectifications/stats?from=2026-12-04&to=2026-12-02')).body.code).toBe('RECTIFICATION.INVALID_PERIOD');
  });
});
