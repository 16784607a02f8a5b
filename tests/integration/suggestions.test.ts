import { Clock } from '../../api/src/cases/clock';
import { TEST_PII } from '../support/test-pii';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 8.2.3 听取和收集各方面的意见建议: anyone submits a suggestion without login and reads the
// answer with the tracking code it gets; staff answer the suggestions of their region subtree.
// The contact is optional, stored encrypted, shown to staff masked and never in a public response.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const PHONE = '13987654321';

describe('suggestions (DB1405 8.2.3)', () => {
  let h: ApiHarness;
  const tokens: Record<string, string> = {};
  let township: string; // 凤城镇, the reviewer's
  let otherCounty: string;

  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const pub = async (method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const staff = async (user: string, method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { token: tokens[user], body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;
  const idOf = async (code: string): Promise<number> => (await q('SELECT id FROM suggestions WHERE tracking_code = $1', [code]))[0].id;

  beforeAll(async () => {
    h = await startApi({ env: { ALERTS_ENABLED: 'false' } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
    township = (await q(`SELECT region_code FROM users WHERE username = 'reviewer'`))[0].region_code;
    otherCounty = (await q(`SELECT code FROM regions WHERE level = 'COUNTY' AND code <> '140522' ORDER BY code LIMIT 1`))[0].code;
  }, 180_000);

  afterAll(async () => {
    h?.db.pool.on('error', () => undefined);
    await h?.close();
  });

  it('submits publicly with a contact, tracks by code, is answered by the township, and never shows the contact publicly', async () => {
    setNow('2026-11-16T02:00:00Z');
    const content = '建议服务站周六上午也安排代办员值班，方便外出务工人员办事';
    const s = await pub('POST', '/api/v1/public/suggestions', { content: `  ${content}  `, regionCode: township, contact: PHONE });
    expect(s.status).toBe(201);
    expect(s.body).toEqual({ trackingCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{12}$/), status: 'OPEN', createdAt: '2026-11-16T02:00:00.000Z' });
    const code: string = s.body.trackingCode;

    // stored encrypted and masked, content trimmed
    const [row] = await q('SELECT content, contact_enc, contact_masked, region_code FROM suggestions WHERE tracking_code = $1', [code]);
    expect(row).toMatchObject({ content, contact_masked: '139****4321', region_code: township });
    expect(row.contact_enc).not.toContain(PHONE);
    expect(TEST_PII.decrypt(row.contact_enc)).toBe(PHONE);

    const t = await pub('GET', `/api/v1/public/suggestions/${code}`);
    expect(t.status).toBe(200);
    expect(t.body).toEqual({ trackingCode: code, status: 'OPEN', statusText: '待答复', content, answer: null, createdAt: '2026-11-16T02:00:00.000Z', answeredAt: null });
    // what a person types works too
    expect((await pub('GET', `/api/v1/public/suggestions/${code.toLowerCase()}`)).body.trackingCode).toBe(code);

    // Staff: inside the township's subtree for the reviewer, the county and the city; not for another agent's village.
    const list = await staff('reviewer', 'GET', '/api/v1/suggestions?status=OPEN&pageSize=200');
    const mine = list.body.items.find((i: Body) => i.content === content);
    expect(mine).toMatchObject({ status: 'OPEN', region: { code: township, name: '凤城镇' }, contact: '139****4321', answer: null });
    expect(mine.trackingCode).toBeUndefined();
    expect(list.raw).not.toContain(PHONE);
    expect((await staff('county', 'GET', '/api/v1/suggestions?pageSize=200')).body.items.some((i: Body) => i.id === mine.id)).toBe(true);
    expect((await staff('leader', 'GET', '/api/v1/suggestions?pageSize=200')).body.items.some((i: Body) => i.id === mine.id)).toBe(true);
    // the agent's scope is one village: a township-wide suggestion is not theirs
    expect((await staff('agent', 'GET', '/api/v1/suggestions?pageSize=200')).body.items.some((i: Body) => i.id === mine.id)).toBe(false);

    // Answer: suggestion:answer only (agents may read, not answer); once only.
    expect(await staff('agent', 'POST', `/api/v1/suggestions/${mine.id}/answer`, { answer: '代办员答复' })).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
    expect((await staff('reviewer', 'POST', `/api/v1/suggestions/${mine.id}/answer`, { answer: '  ' })).body.code).toBe('VALIDATION.FAILED');
    setNow('2026-11-18T06:00:00Z');
    const a = await staff('reviewer', 'POST', `/api/v1/suggestions/${mine.id}/answer`, { answer: '已协调各服务站自下月起周六上午轮流值班' });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ id: mine.id, status: 'ANSWERED', answeredBy: 'reviewer', answeredAt: '2026-11-18T06:00:00.000Z', contact: '139****4321' });
    expect(await staff('county', 'POST', `/api/v1/suggestions/${mine.id}/answer`, { answer: '再答一次' })).toMatchObject({ status: 409, body: { code: 'SUGGESTION.ALREADY_ANSWERED' } });

    const after = await pub('GET', `/api/v1/public/suggestions/${code}`);
    expect(after.body).toMatchObject({ status: 'ANSWERED', statusText: '已答复', answer: '已协调各服务站自下月起周六上午轮流值班', answeredAt: '2026-11-18T06:00:00.000Z' });
    // The contact, in any form, is in no public response.
    for (const raw of [s.raw, t.raw, after.raw]) {
      expect(raw).not.toContain(PHONE);
      expect(raw).not.toContain('4321');
      expect(raw).not.toMatch(/contact/i);
    }
    const audit = await q(`SELECT actor_name FROM audit_log WHERE action = 'suggestion.answer' AND resource_id = $1 AND outcome = 'SUCCESS'`, [String(mine.id)]);
    expect(audit).toEqual([{ actor_name: 'reviewer' }]);
  });

  it('region scope: another county’s suggestion is out of the county leader’s reach (404); one without a region is the city’s', async () => {
    const other = (await pub('POST', '/api/v1/public/suggestions', { content: '建议在县城增设自助服务终端', regionCode: otherCounty })).body.trackingCode;
    const none = (await pub('POST', '/api/v1/public/suggestions', { content: '建议公开各服务站的值班电话' })).body.trackingCode;
    const [otherId, noneId] = [await idOf(other), await idOf(none)];
    const ids = async (user: string) => (await staff(user, 'GET', '/api/v1/suggestions?pageSize=200')).body.items.map((i: Body) => i.id);
    expect(await ids('county')).not.toContain(otherId);
    expect(await ids('county')).not.toContain(noneId);
    expect(await ids('leader')).toEqual(expect.arrayContaining([otherId, noneId]));
    expect(await staff('county', 'POST', `/api/v1/suggestions/${otherId}/answer`, { answer: '越权答复' })).toMatchObject({ status: 404, body: { code: 'SUGGESTION.NOT_FOUND' } });
    expect(await staff('reviewer', 'POST', `/api/v1/suggestions/${noneId}/answer`, { answer: '越权答复' })).toMatchObject({ status: 404, body: { code: 'SUGGESTION.NOT_FOUND' } });
    expect((await staff('leader', 'POST', `/api/v1/suggestions/${noneId}/answer`, { answer: '已在各服务站门口公示值班电话' })).body.status).toBe('ANSWERED');
    // the public answer is redacted like every public text
    expect((await pub('GET', `/api/v1/public/suggestions/${none}`)).body.answer).toBe('已在各服务站门口公示值班电话');
  });

  it('validation errors answer 400 / 422 / 404 in the error shape', async () => {
    const cases: [unknown, number, string][] = [
      [{ content: '太短' }, 400, 'VALIDATION.FAILED'],
      [{ content: '      好      ' }, 400, 'VALIDATION.FAILED'],
      [{ content: '长'.repeat(1001) }, 400, 'VALIDATION.FAILED'],
      [{}, 400, 'VALIDATION.FAILED'],
      [{ content: '建议增加夜间服务', contact: '12345' }, 400, 'VALIDATION.FAILED'],
      [{ content: '建议增加夜间服务', regionCode: 'abc' }, 400, 'VALIDATION.FAILED'],
      [{ content: '建议增加夜间服务', trackingCode: 'AAAAAAAAAAAA' }, 400, 'VALIDATION.FAILED'],
      [{ content: '建议增加夜间服务', regionCode: '149999' }, 422, 'SUGGESTION.UNKNOWN_REGION'],
    ];
    for (const [body, status, code] of cases) {
      const r = await pub('POST', '/api/v1/public/suggestions', body);
      expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
      expect(r.body).toEqual({ code, message: expect.any(String), requestId: expect.any(String), ...(r.body.details ? { details: r.body.details } : {}) });
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await pub('POST', '/api/v1/public/suggestions', { content: '长'.repeat(1000) })).status).toBe(201);
    for (const bad of ['000000000000', 'not-a-code', 'ZZZZ']) {
      const r = await pub('GET', `/api/v1/public/suggestions/${bad}`);
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 404, code: 'SUGGESTION.NOT_FOUND' });
    }
    expect((await staff('reviewer', 'POST', '/api/v1/suggestions/999999999/answer', { answer: '答复' })).body.code).toBe('SUGGESTION.NOT_FOUND');
    expect((await staff('reviewer', 'GET', '/api/v1/suggestions?status=LOST')).body.code).toBe('VALIDATION.FAILED');
    expect((await h.call('GET', '/api/v1/suggestions')).status).toBe(401);
  });
});
