import { Clock } from '../../api/src/cases/clock';
import { EvaluationReminders } from '../../api/src/evaluations/evaluation-reminders';
import { EvaluationInvitations } from '../../api/src/evaluations/evaluation-invitations';
import { hashEvaluationToken } from '../../api/src/evaluations/evaluation-token';
import { API_TEST_PASSWORD, startApi, type ApiHarness } from '../support/api-app';

// DB1405 8.1.1 (evaluation by four channels, once per occasion, never by the handling agent, a
// reminder after 3 working days), 8.1.3 (moderated, redacted comments) and 8.2 (a bad evaluation
// opens a rectification due in 5 working days), end to end on real Postgres with a pinned clock.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const ID18 = /(?<!\d)\d{17}[\dX](?!\d)/;

describe('evaluations (DB1405 8.1.1, 8.1.3, 8.2)', () => {
  let h: ApiHarness;
  const tokens: Record<string, string> = {};
  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;
  const call = async (user: string | null, method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { token: user ? tokens[user] : undefined, body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const citizen = { name: '欧阳建国', phone: '13934567890', idNumber: '140522195001011238' };
  const rate = (token: string, body: Body) => call(null, 'POST', `/api/v1/public/evaluations/${token}`, body);

  /** A case commissioned, started and completed (or failed) by the demo agent at `iso`. */
  const finishedCase = async (iso: string, fail = false): Promise<Body> => {
    setNow(iso);
    const item = (await q(`SELECT id FROM catalogue_items WHERE code = 'JC-NY-002'`))[0].id;
    const list = await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${item}`);
    const created = await call('agent', 'POST', '/api/v1/cases', {
      itemId: item, citizen, consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: list.body.materials.map((m: Body) => m.id),
    });
    expect({ status: created.status, raw: created.status === 201 ? '' : created.raw }).toEqual({ status: 201, raw: '' });
    const started = await call('agent', 'POST', `/api/v1/cases/${created.body.id}/start`, { expectedVersion: created.body.version });
    const done = await call('agent', 'POST', `/api/v1/cases/${created.body.id}/${fail ? 'fail' : 'complete'}`,
      fail ? { expectedVersion: started.body.version, reasonCode: 'NOT_ELIGIBLE', note: '不符合条件' } : { expectedVersion: started.body.version });
    expect(done.body.status).toBe(fail ? 'FAILED' : 'COMPLETED');
    return done.body;
  };
  const tokenOf = (caseId: number) => h.app.get(EvaluationInvitations).token(caseId);

  beforeAll(async () => {
    h = await startApi({ env: { ALERTS_ENABLED: 'false' } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
  }, 180_000);

  afterAll(async () => {
    h?.db.pool.on('error', () => undefined);
    await h?.close();
  });

  it('finishing a case issues its link (hash only) and records an invitation with a masked recipient', async () => {
    const c = await finishedCase('2026-11-02T02:00:00Z');
    const token = tokenOf(c.id);
    const [row] = await q('SELECT token_hash, expires_at, used_at, occasion FROM evaluation_tokens WHERE case_id = $1', [c.id]);
    expect(row).toMatchObject({ token_hash: hashEvaluationToken(token), used_at: null, occasion: 1 });
    expect(row.expires_at.toISOString()).toBe('2026-12-02T02:00:00.000Z'); // 30 days (EVALUATION_TOKEN_DAYS)
    const notes = await q('SELECT kind, recipient, body FROM notifications WHERE case_id = $1', [c.id]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'EVALUATION_INVITATION', recipient: '139****7890' });
    expect(notes[0].body).not.toContain(token);
    expect(JSON.stringify(await q('SELECT * FROM evaluation_tokens WHERE case_id = $1', [c.id]))).not.toContain(token);
  });

  it('the public form shows item, station and outcome only — no personal data, no case number', async () => {
    const c = await finishedCase('2026-11-02T03:00:00Z', true);
    const r = await call(null, 'GET', `/api/v1/public/evaluations/${tokenOf(c.id)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'OPEN', caseStatus: 'FAILED', caseStatusText: '未办成', completedOn: '2026-11-02', item: { name: c.item.name }, station: { name: c.station.name } });
    expect(r.body.levels.map((l: Body) => l.label)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    for (const secret of [citizen.name, citizen.phone, citizen.idNumber, c.caseNo, '欧阳', '139****']) expect(r.raw).not.toContain(secret);
    expect(r.raw).not.toMatch(MOBILE);
    expect(r.raw).not.toMatch(ID18);
    expect((await call(null, 'GET', '/api/v1/public/evaluations/AAAAAAAAAAAAAAAAAAAAAA')).body.code).toBe('EVALUATION.TOKEN_NOT_FOUND');
    expect((await call(null, 'GET', '/api/v1/public/evaluations/not-a-token')).status).toBe(404);
  });

  it('evaluates by token once: 201, then 409 EVALUATION.TOKEN_USED; the case timeline shows it', async () => {
    const c = await finishedCase('2026-11-03T02:00:00Z');
    const token = tokenOf(c.id);
    setNow('2026-11-03T05:00:00Z');
    const first = await rate(token, { level: 'SATISFIED', efficiency: 5, attitude: 4, professionalism: 5, done: true, comment: '很好' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ level: 'SATISFIED', levelText: '满意' });
    const again = await rate(token, { level: 'VERY_SATISFIED' });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'EVALUATION.TOKEN_USED' });
    expect((await call(null, 'GET', `/api/v1/public/evaluations/${token}`)).body.state).toBe('USED');
    const rows = await q('SELECT channel, level, efficiency, done, token_id, entered_by_id, moderation FROM evaluations WHERE case_id = $1', [c.id]);
    expect(rows).toEqual([expect.objectContaining({ channel: 'ONLINE', level: 'SATISFIED', efficiency: 5, done: true, entered_by_id: null, moderation: 'PENDING' })]);
    expect(rows[0].token_id).not.toBeNull();
    const detail = await call('agent', 'GET', `/api/v1/cases/${c.id}`);
    expect(detail.body.events.at(-1)).toMatchObject({ type: 'EVALUATED' });
    const mine = await call('agent', 'GET', `/api/v1/cases/${c.id}/evaluations`);
    expect(mine.body).toMatchObject({ finished: true, canEvaluate: false, link: { state: 'USED' }, items: [{ channel: 'ONLINE', levelText: '满意', comment: '很好' }] });
    // no rectification for a good rating
    expect(await q('SELECT id FROM rectifications WHERE case_id = $1', [c.id])).toEqual([]);
  });

  it('two simultaneous posts with one token: exactly one 201, the other 409', async () => {
    const c = await finishedCase('2026-11-04T02:00:00Z');
    const token = tokenOf(c.id);
    const results = await Promise.all([rate(token, { level: 'SATISFIED' }), rate(token, { level: 'BASICALLY_SATISFIED' }), rate(token, { level: 'VERY_SATISFIED' })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'EVALUATION.TOKEN_USED')).toBe(true);
    expect((await q('SELECT count(*)::int AS n FROM evaluations WHERE case_id = $1', [c.id]))[0].n).toBe(1);
    expect((await q(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'EVALUATED'`, [c.id]))[0].n).toBe(1);
  });

  it('an expired link answers 410 EVALUATION.TOKEN_EXPIRED', async () => {
    const c = await finishedCase('2026-11-04T03:00:00Z');
    setNow('2026-12-05T02:00:00Z');
    const r = await rate(tokenOf(c.id), { level: 'SATISFIED' });
    expect({ status: r.status, code: r.body.code }).toEqual({ status: 410, code: 'EVALUATION.TOKEN_EXPIRED' });
    expect((await call(null, 'GET', `/api/v1/public/evaluations/${tokenOf(c.id)}`)).body.state).toBe('EXPIRED');
  });

  describe('staff entry (device, paper form, comment box)', () => {
    let c: Body;

    beforeAll(async () => {
      c = await finishedCase('2026-11-05T02:00:00Z');
      // a second agent at the demo agent's station, with a login
      const [me] = await q(`SELECT u.agent_id, u.station_id, u.region_code, u.password_hash FROM users u WHERE username = 'agent'`);
      const [agent] = await q(`INSERT INTO agents (station_id, name, category, phone) VALUES ($1, '测试代办员乙', 'OTHER', '13700000001') RETURNING id`, [me.station_id]);
      await q(`INSERT INTO users (username, password_hash, display_name, role, region_code, station_id, agent_id)
        VALUES ('agent-colleague', $1, '测试代办员乙', 'STATION_AGENT', $2, $3, $4)`, [me.password_hash, me.region_code, me.station_id, agent.id]);
      tokens.colleague = (await h.login('agent-colleague', API_TEST_PASSWORD)).accessToken;
      expect((await q('SELECT agent_id FROM cases WHERE id = $1', [c.id]))[0].agent_id).toBe(me.agent_id); // handled by the demo agent
    });

    it('the agent who handled the case gets 403 EVALUATION.SELF_RATING', async () => {
      const r = await call('agent', 'POST', `/api/v1/cases/${c.id}/evaluations`, { channel: 'DEVICE', level: 'VERY_SATISFIED' });
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'EVALUATION.SELF_RATING' });
      expect((await q('SELECT count(*)::int AS n FROM evaluations WHERE case_id = $1', [c.id]))[0].n).toBe(0);
    });

    it('ONLINE is only by token (422), an unfinished case cannot be rated (409)', async () => {
      const online = await call('colleague', 'POST', `/api/v1/cases/${c.id}/evaluations`, { channel: 'ONLINE', level: 'SATISFIED' });
      expect({ status: online.status, code: online.body.code }).toEqual({ status: 422, code: 'EVALUATION.ONLINE_BY_TOKEN' });
      setNow('2026-11-05T04:00:00Z');
      const item = (await q(`SELECT id FROM catalogue_items WHERE code = 'JC-NY-002'`))[0].id;
      const open = await call('agent', 'POST', '/api/v1/cases', { itemId: item, citizen, consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: [] });
      const r = await call('colleague', 'POST', `/api/v1/cases/${open.body.id}/evaluations`, { channel: 'PAPER', level: 'SATISFIED' });
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 409, code: 'EVALUATION.CASE_NOT_FINISHED' });
    });

    it('another agent of the same station enters it once; the online link is spent with it', async () => {
      setNow('2026-11-05T06:00:00Z');
      const r = await call('colleague', 'POST', `/api/v1/cases/${c.id}/evaluations`, {
        channel: 'PAPER', level: 'BASICALLY_SATISFIED', done: true, attitude: 4, comment: '委托人：欧阳建国，电话13934567890，基本满意',
      });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ channel: 'PAPER', channelText: '纸质评价表', levelText: '基本满意', moderation: 'PENDING', rectification: null });
      expect(r.raw).not.toMatch(MOBILE);
      expect(r.raw).not.toContain('欧阳建国');
      const [row] = await q('SELECT entered_by_id, comment, comment_redacted FROM evaluations WHERE case_id = $1', [c.id]);
      expect(row.comment).toContain('13934567890'); // the original is kept for the record
      expect(row.comment_redacted).toBe('委托人：**，电话[电话]，基本满意');
      const again = await call('reviewer', 'POST', `/api/v1/cases/${c.id}/evaluations`, { channel: 'COMMENT_BOX', level: 'SATISFIED' });
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'EVALUATION.ALREADY_EVALUATED' });
      const online = await rate(tokenOf(c.id), { level: 'SATISFIED' });
      expect({ status: online.status, code: online.body.code }).toEqual({ status: 409, code: 'EVALUATION.TOKEN_USED' });
    });

    it('leaders without evaluation:write get 403; outside the scope the case does not exist', async () => {
      expect((await call('county', 'POST', `/api/v1/cases/${c.id}/evaluations`, { channel: 'PAPER', level: 'SATISFIED' })).status).toBe(403);
      const [other] = await q(`SELECT c.id FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
        WHERE r.path NOT LIKE '/140500/140522/%' AND c.status = 'COMPLETED' ORDER BY c.id LIMIT 1`);
      const r = await call('reviewer', 'POST', `/api/v1/cases/${other.id}/evaluations`, { channel: 'PAPER', level: 'SATISFIED' });
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
    });
  });

  it('DB1405 8.2: a very dissatisfied evaluation opens a rectification for the station, due in 5 working days', async () => {
    const c = await finishedCase('2026-11-06T01:00:00Z'); // Friday
    setNow('2026-11-06T08:00:00Z');
    const r = await rate(tokenOf(c.id), { level: 'VERY_DISSATISFIED', done: false, comment: '欧阳建国跑了三趟，打13934567890没人接' });
    expect(r.status).toBe(201);
    const rect = await q(`SELECT r.source, r.status, r.station_id, to_char(r.due_date, 'YYYY-MM-DD') AS due, r.summary, e.id AS evaluation_id
      FROM rectifications r JOIN evaluations e ON e.id = r.evaluation_id WHERE r.case_id = $1`, [c.id]);
    expect(rect).toHaveLength(1);
    // Fri 11-06 + 5 working days: 11-09, 10, 11, 12, 13 → 2026-11-13
    expect(rect[0]).toMatchObject({ source: 'EVALUATION', status: 'OPEN', station_id: c.station.id, due: '2026-11-13' });
    expect(rect[0].summary).toContain('非常不满意');
    expect(rect[0].summary).toContain('未办成');
    expect(rect[0].summary).not.toMatch(MOBILE);
    expect(rect[0].summary).not.toContain('欧阳建国');
    const events = await q('SELECT type, to_status FROM rectification_events re JOIN rectifications r ON r.id = re.rectification_id WHERE r.case_id = $1', [c.id]);
    expect(events).toEqual([{ type: 'OPENED', to_status: 'OPEN' }]);
    // a staff-entered bad evaluation does the same (any channel)
    const c2 = await finishedCase('2026-11-06T02:00:00Z');
    const paper = await call('reviewer', 'POST', `/api/v1/cases/${c2.id}/evaluations`, { channel: 'COMMENT_BOX', level: 'DISSATISFIED' });
    expect(paper.status).toBe(201);
    expect(paper.body.rectification).toMatchObject({ status: 'OPEN' });
  });

  it('moderation: a scoped, redacted list; only an approved, re-redacted text becomes public', async () => {
    const list = await call('reviewer', 'GET', '/api/v1/evaluations?moderation=PENDING&level=VERY_DISSATISFIED&from=2026-11-06&to=2026-11-06');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const e = list.body.items.find((x: Body) => x.comment?.includes('跑了三趟'));
    expect(e.comment).toBe('**跑了三趟，打[电话]没人接');
    expect(list.raw).not.toMatch(MOBILE);
    expect((await call('agent', 'POST', `/api/v1/evaluations/${e.id}/moderation`, { decision: 'APPROVED' })).status).toBe(403);
    const ok = await call('reviewer', 'POST', `/api/v1/evaluations/${e.id}/moderation`, { decision: 'APPROVED', redacted: '跑了三趟，联系人：欧阳建国 13934567890' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ moderation: 'APPROVED', comment: '跑了三趟，联系人：** [电话]' });
    const [row] = await q('SELECT moderation, comment_redacted, moderated_by_id FROM evaluations WHERE id = $1', [e.id]);
    expect(row).toMatchObject({ moderation: 'APPROVED', comment_redacted: '跑了三趟，联系人：** [电话]' });
    expect(row.moderated_by_id).not.toBeNull();
    // a reviewer of another township neither lists nor moderates it (404, as if it did not exist)
    const [other] = await q(`SELECT code FROM regions WHERE level = 'TOWNSHIP' AND path NOT LIKE '/140500/140522/%' ORDER BY code LIMIT 1`);
    const [me] = await q(`SELECT password_hash FROM users WHERE username = 'reviewer'`);
    await q(`INSERT INTO users (username, password_hash, display_name, role, region_code) VALUES ('reviewer-elsewhere', $1, '外乡镇审核', 'TOWNSHIP_REVIEWER', $2)`, [me.password_hash, other.code]);
    tokens.elsewhere = (await h.login('reviewer-elsewhere', API_TEST_PASSWORD)).accessToken;
    const theirs = await call('elsewhere', 'GET', '/api/v1/evaluations?level=VERY_DISSATISFIED&from=2026-11-06&to=2026-11-06');
    expect(theirs.body.items.map((x: Body) => x.id)).not.toContain(e.id);
    const refused = await call('elsewhere', 'POST', `/api/v1/evaluations/${e.id}/moderation`, { decision: 'REJECTED' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 404, code: 'EVALUATION.NOT_FOUND' });
  });

  it('reminds an unrated case once, after 3 working days (DB1405 8.1.1)', async () => {
    const c = await finishedCase('2026-11-09T02:00:00Z'); // Monday
    const reminders = h.app.get(EvaluationReminders);
    const count = async () => (await q(`SELECT count(*)::int AS n FROM notifications WHERE case_id = $1 AND kind = 'EVALUATION_REMINDER'`, [c.id]))[0].n;
    setNow('2026-11-11T09:00:00Z'); // Wednesday: 2 working days
    expect((await reminders.runOnce()).reminded).not.toContain(c.id);
    expect(await count()).toBe(0);
    setNow('2026-11-12T01:00:00Z'); // Thursday: 3 working days
    expect((await reminders.runOnce()).reminded).toContain(c.id);
    expect(await count()).toBe(1);
    const [t] = await q('SELECT reminded_at FROM evaluation_tokens WHERE case_id = $1', [c.id]);
    expect(t.reminded_at.toISOString()).toBe('2026-11-12T01:00:00.000Z');
    setNow('2026-11-13T01:00:00Z');
    expect((await reminders.runOnce()).reminded).not.toContain(c.id);
    expect(await count()).toBe(1);
    const [n] = await q(`SELECT recipient, body FROM notifications WHERE case_id = $1 AND kind = 'EVALUATION_REMINDER'`, [c.id]);
    expect(n.recipient).toBe('139****7890');
    expect(n.body).not.toContain(tokenOf(c.id));
    // a rated case is never reminded
    const rated = await finishedCase('2026-11-09T03:00:00Z');
    await rate(tokenOf(rated.id), { level: 'SATISFIED' });
    setNow('2026-11-13T02:00:00Z');
    expect((await reminders.runOnce()).reminded).not.toContain(rated.id);
  });

  it('the reply slip carries the outcome and the link + QR code, printable again with the same link', async () => {
    const c = await finishedCase('2026-11-10T02:00:00Z', true);
    setNow('2026-11-10T03:00:00Z');
    const slip = await call('agent', 'GET', `/api/v1/cases/${c.id}/reply-slip`);
    expect(slip.status).toBe(200);
    const token = tokenOf(c.id);
    expect(slip.body).toMatchObject({
      title: '红色代办办结回执', caseNo: c.caseNo, citizen: { name: '欧**国' },
      outcome: { status: 'FAILED', text: '未办成', reason: '不符合办理条件', note: '不符合条件' },
      evaluation: { state: 'OPEN', link: `/public/evaluate/${token}` },
    });
    expect(slip.body.evaluation.url).toMatch(new RegExp(`^https?://[^/]+/public/evaluate/${token}$`));
    expect(slip.body.evaluation.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(slip.raw).not.toMatch(MOBILE);
    expect((await call('agent', 'GET', `/api/v1/cases/${c.id}/reply-slip`)).body.evaluation.link).toBe(slip.body.evaluation.link);
    // the server secret changed since the link was issued: the unused link is re-keyed and works
    await q(`UPDATE evaluation_tokens SET token_hash = repeat('0', 64) WHERE case_id = $1`, [c.id]);
    expect((await call('agent', 'GET', `/api/v1/cases/${c.id}/reply-slip`)).body.evaluation.link).toBe(`/public/evaluate/${token}`);
    expect((await rate(token, { level: 'SATISFIED' })).status).toBe(201);
    const after = await call('agent', 'GET', `/api/v1/cases/${c.id}/reply-slip`);
    expect(after.body.evaluation).toMatchObject({ state: 'EVALUATED', levelText: '满意', link: null, qrSvg: null });
    // a case still being handled has no outcome yet (and no link)
    const [open] = await q(`SELECT id FROM cases WHERE status NOT IN ('COMPLETED', 'FAILED') AND station_id = $1 ORDER BY id DESC LIMIT 1`, [c.station.id]);
    const pending = await call('agent', 'GET', `/api/v1/cases/${open.id}/reply-slip`);
    expect(pending.body).toMatchObject({ outcome: null, evaluation: null });
    expect(await q('SELECT id FROM evaluation_tokens WHERE case_id = $1', [open.id])).toEqual([]);
  });
});
