import { Clock } from '../../api/src/cases/clock';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 6.1 (consultation register: name, contact, content, result; answer at once or promptly)
// and 7.2.1 a) (首问负责: the agent who receives it owns it), and the one-step conversion into a
// case (6.2). The clock is pinned to days around National Day 2026.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

describe('consultations (DB1405 6.1, 7.2.1 a)', () => {
  let h: ApiHarness;
  const tokens: Record<string, string> = {};
  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const call = async (user: string, method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { token: tokens[user], body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const itemId = async (code: string): Promise<number> => (await h.db.pool.query('SELECT id FROM catalogue_items WHERE code = $1', [code])).rows[0].id;
  const agentId = async (): Promise<number> => (await h.db.pool.query(`SELECT agent_id FROM users WHERE username = 'agent'`)).rows[0].agent_id;
  const base = { channel: 'PHONE', citizen: { name: '刘桂兰', phone: '13712345678' }, topic: '耕地地力保护补贴', content: '今年的补贴什么时候申报，要带什么材料？' };

  beforeAll(async () => {
    h = await startApi({ env: { ALERTS_ENABLED: 'false' } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
  }, 180_000);

  afterAll(async () => {
    // test-db's pool.end() resolves before its sockets close; DROP … WITH (FORCE) may then hit one.
    h?.db.pool.on('error', () => undefined);
    await h?.close();
  });

  it('DB1405 6.1.2: answered at once → ANSWERED, registered with name, contact, content and answer; owned by the receiving agent', async () => {
    setNow('2026-09-29T02:00:00Z');
    const r = await call('agent', 'POST', '/api/v1/consultations', { ...base, itemId: await itemId('JC-NY-002'), answer: '3 月至 5 月申报，带身份证、承包经营权证和一卡通' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'ANSWERED', channel: 'PHONE', dueDate: null, overdue: false, answeredAt: '2026-09-29T02:00:00.000Z',
      citizen: { name: '刘*兰', phone: '137****5678' }, topic: '耕地地力保护补贴', answer: expect.stringContaining('身份证'),
      owner: { agentId: await agentId() },
    });
    expect(r.raw).not.toMatch(MOBILE);
    const row = (await h.db.pool.query('SELECT citizen_phone_enc, agent_id FROM consultations WHERE id = $1', [r.body.id])).rows[0];
    expect(row.citizen_phone_enc).not.toContain('13712345678');
  });

  it('DB1405 6.1.3: not answerable at once → OPEN, due 2 working days later (across National Day), then answered', async () => {
    setNow('2026-09-30T02:00:00Z');
    const r = await call('agent', 'POST', '/api/v1/consultations', { ...base, channel: 'VISIT', topic: '宅基地上能否翻建', content: '老房子想原址翻建，需要哪些手续' });
    expect(r.body).toMatchObject({ status: 'OPEN', dueDate: '2026-10-09', answer: null, answeredAt: null, item: null }); // 10-08, 10-09
    setNow('2026-10-12T02:00:00Z');
    expect((await call('agent', 'GET', `/api/v1/consultations/${r.body.id}`)).body.overdue).toBe(true);
    const open = await call('agent', 'GET', '/api/v1/consultations?status=OPEN');
    expect(open.body.items.some((i: Body) => i.id === r.body.id)).toBe(true);
    expect(open.raw).not.toMatch(MOBILE);
    const a = await call('agent', 'POST', `/api/v1/consultations/${r.body.id}/answer`, { answer: '已向镇规划所确认：需提交建房申请并经村民代表会议讨论' });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ status: 'ANSWERED', overdue: false, answeredAt: '2026-10-12T02:00:00.000Z' });
    expect((await call('agent', 'POST', `/api/v1/consultations/${r.body.id}/answer`, { answer: '再答一次' })).body.code).toBe('CONSULTATION.ALREADY_ANSWERED');
  });

  it('turns a consultation into a case in one step: same citizen, consent recorded, consultation CONVERTED and linked', async () => {
    setNow('2026-09-29T02:00:00Z');
    const item = await itemId('JC-NY-002');
    const c = await call('agent', 'POST', '/api/v1/consultations', { ...base, itemId: item });
    expect(c.body.status).toBe('OPEN');
    expect((await call('agent', 'POST', `/api/v1/consultations/${c.body.id}/convert`, { providedMaterialIds: [] })).body.code).toBe('CASE.CONSENT_REQUIRED');
    expect((await call('agent', 'POST', `/api/v1/consultations/${c.body.id}/convert`, { providedMaterialIds: [], consent: { given: true, method: 'ONLINE' }, privateMatter: true })).body.code).toBe('CASE.PRIVATE_MATTER');
    const first = (await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${item}`)).body.materials[0].id;
    const r = await call('agent', 'POST', `/api/v1/consultations/${c.body.id}/convert`, { consent: { given: true, method: 'VERBAL_RECORDED' }, providedMaterialIds: [first] });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'AWAITING_MATERIALS', consultationId: c.body.id, item: { id: item }, citizen: { name: '刘*兰', phone: '137****5678', idNumber: null },
      consent: { method: 'VERBAL_RECORDED' },
    });
    expect(r.body.oneTimeNotice.missing).toHaveLength(2);
    const after = (await call('agent', 'GET', `/api/v1/consultations/${c.body.id}`)).body;
    expect(after).toMatchObject({ status: 'CONVERTED', cases: [{ id: r.body.id, caseNo: r.body.caseNo }] });
    // the same phone number, without ever decrypting it into the case
    const rows = (await h.db.pool.query(
      'SELECT c.citizen_phone_enc = k.citizen_phone_enc AS same FROM cases c JOIN consultations k ON k.id = c.consultation_id WHERE c.id = $1', [r.body.id],
    )).rows;
    expect(rows).toEqual([{ same: true }]);
    const again = await call('agent', 'POST', `/api/v1/consultations/${c.body.id}/convert`, { consent: { given: true, method: 'ONLINE' }, providedMaterialIds: [] });
    expect(again).toMatchObject({ status: 409, body: { code: 'CONSULTATION.ALREADY_CONVERTED' } });
    expect((await call('agent', 'POST', `/api/v1/consultations/${c.body.id}/answer`, { answer: 'x' })).body.code).toBe('CONSULTATION.ALREADY_CONVERTED');
  });

  it('converting twice at once creates one case', async () => {
    const c = await call('agent', 'POST', '/api/v1/consultations', { ...base, itemId: await itemId('JC-NY-002') });
    const body = { consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: [] };
    const race = await Promise.all([1, 2].map(() => call('agent', 'POST', `/api/v1/consultations/${c.body.id}/convert`, body)));
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    const n = (await h.db.pool.query('SELECT count(*)::int AS n FROM cases WHERE consultation_id = $1', [c.body.id])).rows[0].n;
    expect(n).toBe(1);
  });

  it('bad input and access: 4xx with stable codes; other roles read, only agents register', async () => {
    const bad: [Body, number, string][] = [
      [{ ...base, channel: 'EMAIL' }, 400, 'VALIDATION.FAILED'],
      [{ ...base, citizen: { name: '刘桂兰', phone: 'abc' } }, 400, 'VALIDATION.FAILED'],
      [{ ...base, topic: '' }, 400, 'VALIDATION.FAILED'],
      [{ ...base, itemId: 999999 }, 422, 'CONSULTATION.UNKNOWN_ITEM'],
    ];
    for (const [body, status, code] of bad) {
      const r = await call('agent', 'POST', '/api/v1/consultations', body);
      expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
    }
    expect((await call('reviewer', 'POST', '/api/v1/consultations', base)).status).toBe(403);
    const list = await call('reviewer', 'GET', '/api/v1/consultations?pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    for (const i of list.body.items) expect(i.owner.name).toContain('*');
    expect((await call('agent', 'GET', '/api/v1/consultations/999999999')).body.code).toBe('CONSULTATION.NOT_FOUND');
    expect((await call('agent', 'GET', '/api/v1/consultations?status=LOST')).body.code).toBe('VALIDATION.FAILED');
    // a consultation of another station is outside the agent's scope: 404, like a missing one
    const other = (await h.db.pool.query(
      `SELECT k.id FROM consultations k WHERE k.station_id <> (SELECT station_id FROM users WHERE username = 'agent') ORDER BY k.id LIMIT 1`,
    )).rows[0].id;
    expect((await call('agent', 'GET', `/api/v1/consultations/${other}`)).body.code).toBe('CONSULTATION.NOT_FOUND');
    expect((await call('admin', 'GET', `/api/v1/consultations/${other}`)).status).toBe(200);
  });
});
