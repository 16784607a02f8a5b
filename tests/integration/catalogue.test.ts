import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CataloguePublisher } from '../../api/src/catalogue/publication.service';
import { addDays, shanghaiToday } from '../../api/src/catalogue/publication';
import { loadConfig } from '../../api/src/config/config';
import { createApp } from '../../api/src/main';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestClickHouse } from '../support/test-clickhouse';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { TEST_PII } from '../support/test-pii';

// DB1405 7.1 (catalogue, dynamic adjustment), 4.4 (openness), 4.5 (free), 4.6 (legal basis):
// the catalogue API on real Postgres — propose, decide (four eyes), publish, apply on the date.

const PASSWORD = 'Catalogue-Test-Password-2026';
type Method = 'GET' | 'POST';
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('DB1405 7.1 service catalogue with versions', () => {
  let db: TestDatabase;
  let ch: Awaited<ReturnType<typeof createTestClickHouse>>;
  let app: NestFastifyApplication;
  const tokens: Record<string, string> = {};
  const today = shanghaiToday();

  const call = async (method: Method, url: string, user?: string, body?: unknown): Promise<{ status: number; body: Body }> => {
    const res = await app.getHttpAdapter().getInstance().inject({
      method, url, payload: body as object, headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
    });
    return { status: res.statusCode, body: res.json() };
  };
  const item = async (id: number) => (await call('GET', `/api/v1/catalogue/items/${id}`, 'admin')).body;
  const itemByCode = async (code: string) => (await call('GET', `/api/v1/catalogue/items?q=${code}&active=all`, 'admin')).body.items[0];
  /** The proposal form's starting point: the item's current content. */
  const contentOf = (detail: Body) => ({
    name: detail.name, category: detail.category, source: detail.source, level: detail.level, department: detail.department,
    legalBasis: detail.legalBasis, timeLimitDays: detail.timeLimitDays, statutoryFee: detail.statutoryFee,
    procedure: detail.procedure, materials: detail.materials,
  });
  const versionRow = async (id: number) => (await db.pool.query('SELECT status, decided_by_id, applied_at FROM catalogue_item_versions WHERE id = $1', [id])).rows[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 1500, seed: 11, today: '2026-11-15', demoPassword: PASSWORD, pii: TEST_PII });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, ETL_ENABLED: 'false' });
    app = await createApp({ config, pool: db.pool, clickhouse: ch, pii: TEST_PII }, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) {
      tokens[u] = (await call('POST', '/api/v1/auth/login', undefined, { username: u, password: PASSWORD })).body.accessToken;
    }
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await ch?.drop();
    await db?.drop();
  });

  it('DB1405 4.4: every role reads the catalogue with time limits, levels, material counts and versions', async () => {
    const all = await call('GET', '/api/v1/catalogue/items', 'agent');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(50);
    for (const i of all.body.items) {
      expect(i).toMatchObject({ version: 1, active: true });
      expect(i.materialCount).toBeGreaterThan(0);
      expect(i.timeLimitDays).toBeGreaterThanOrEqual(1);
    }
    const village = await call('GET', '/api/v1/catalogue/items?level=VILLAGE', 'reviewer');
    expect(village.body.items.length).toBeGreaterThan(0);
    expect(village.body.items.every((i: Body) => i.level === 'VILLAGE')).toBe(true);
    const search = await call('GET', `/api/v1/catalogue/items?q=${encodeURIComponent('养老')}&category=${encodeURIComponent('人社')}`, 'county');
    expect(search.body.items.length).toBeGreaterThan(0);
    expect(search.body.items.every((i: Body) => i.name.includes('养老') && i.category === '人社')).toBe(true);
    expect((await call('GET', '/api/v1/catalogue/items?level=CITY', 'admin')).body.code).toBe('VALIDATION.FAILED');
    expect((await call('GET', '/api/v1/catalogue/items')).status).toBe(401);
  });

  it('DB1405 4.4 / 4.6 / 6.2: an item shows its materials, procedure, legal basis and its seeded version 1', async () => {
    const i = await itemByCode('JC-GA-003');
    const d = await item(i.id);
    expect(d).toMatchObject({ code: 'JC-GA-003', statutoryFee: 20, version: 1, pending: [] });
    expect(d.legalBasis).toContain('居民身份证法');
    expect(d.procedure.length).toBeGreaterThanOrEqual(3);
    expect(d.materials[0]).toEqual(expect.objectContaining({ name: expect.any(String), form: expect.stringMatching(/ORIGINAL|COPY/), copies: expect.any(Number), howToGet: expect.any(String) }));
    const h = await call('GET', `/api/v1/catalogue/items/${i.id}/versions`, 'agent');
    expect(h.body.items).toHaveLength(1);
    expect(h.body.items[0]).toMatchObject({ version: 1, changeType: 'ADD', status: 'PUBLISHED', reason: '初始目录', current: true, comparedTo: null, proposedBy: null });
    expect(h.body.items[0].content.procedure).toEqual(d.procedure);
    expect((await call('GET', '/api/v1/catalogue/items/999999', 'admin')).body.code).toBe('CATALOGUE.NOT_FOUND');
    expect((await call('GET', '/api/v1/catalogue/items/abc', 'admin')).status).toBe(400);
  });

  it('propose (county) → approve (leader) → publish today: the item reads the new content and version, old cases keep theirs', async () => {
    // the busiest item, so that it has old cases
    const { rows: [busy] } = await db.pool.query(`SELECT item_id, count(*)::int AS n FROM cases GROUP BY item_id ORDER BY 2 DESC, 1 LIMIT 1`);
    expect(busy.n).toBeGreaterThan(0);
    const before = await item(busy.item_id);
    const content = contentOf(before);
    content.timeLimitDays = before.timeLimitDays > 1 ? before.timeLimitDays - 1 : 2; // a shorter promise where possible
    content.materials = [...before.materials, { name: '委托代办授权书', form: 'ORIGINAL', copies: 1, howToGet: '服务站现场签署' }];

    const p = await call('POST', '/api/v1/catalogue/proposals', 'county', { itemId: busy.item_id, changeType: 'UPDATE', content, reason: '精简时限，补充委托书' });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ itemId: busy.item_id, version: 2, status: 'PROPOSED', changeType: 'UPDATE', mine: true, comparedTo: 1 });
    expect(p.body.proposedBy.role).toBe('COUNTY_LEADER');
    expect(p.body.diff).toEqual(expect.arrayContaining([
      { field: 'timeLimitDays', op: 'set', before: before.timeLimitDays, after: content.timeLimitDays },
      expect.objectContaining({ field: 'materials', op: 'added', name: '委托代办授权书' }),
    ]));
    expect((await item(busy.item_id)).pending).toEqual([expect.objectContaining({ id: p.body.id, status: 'PROPOSED' })]);

    // one open proposal per item
    const again = await call('POST', '/api/v1/catalogue/proposals', 'admin', { itemId: busy.item_id, changeType: 'UPDATE', content, reason: '重复提出' });
    expect([again.status, again.body.code]).toEqual([409, 'CATALOGUE.PROPOSAL_PENDING']);
    // a county leader proposes but does not decide
    expect((await call('POST', `/api/v1/catalogue/proposals/${p.body.id}/approve`, 'county', {})).status).toBe(403);
    // publishing before approval is an invalid transition and changes nothing
    const early = await call('POST', `/api/v1/catalogue/proposals/${p.body.id}/publish`, 'leader', { effectiveFrom: today });
    expect([early.status, early.body.code]).toEqual([409, 'CATALOGUE.INVALID_TRANSITION']);
    expect(await versionRow(p.body.id)).toMatchObject({ status: 'PROPOSED', decided_by_id: null, applied_at: null });

    const ok = await call('POST', `/api/v1/catalogue/proposals/${p.body.id}/approve`, 'leader', { note: '同意' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'APPROVED', decisionNote: '同意', mine: false });
    expect(ok.body.decidedBy.role).toBe('CITY_LEADER');
    const twice = await call('POST', `/api/v1/catalogue/proposals/${p.body.id}/approve`, 'admin', {});
    expect([twice.status, twice.body.code]).toEqual([409, 'CATALOGUE.INVALID_TRANSITION']);

    const past = await call('POST', `/api/v1/catalogue/proposals/${p.body.id}/publish`, 'leader', { effectiveFrom: addDays(today, -1) });
    expect([past.status, past.body.code]).toEqual([400, 'CATALOGUE.EFFECTIVE_DATE_PAST']);
    const materialIds = async () => (await db.pool.query(`SELECT id, name FROM catalogue_materials WHERE item_id = $1 ORDER BY sort_order`, [busy.item_id])).rows;
    const idsBefore = await materialIds();
    const pub = await call('POST', `/api/v1/catalogue/proposals/${p.body.id}/publish`, 'leader', { effectiveFrom: today });
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ status: 'PUBLISHED', effectiveFrom: today, current: true });
    expect(pub.body.appliedAt).toBeTruthy();

    const after = await item(busy.item_id);
    expect(after).toMatchObject({ version: 2, timeLimitDays: content.timeLimitDays, materialCount: before.materialCount + 1, pending: [] });
    expect(after.materials.at(-1)).toEqual({ name: '委托代办授权书', form: 'ORIGINAL', copies: 1, howToGet: '服务站现场签署' });
    // materials that stay keep their rows (cases' copied checklists still point at them)
    expect((await materialIds()).slice(0, idsBefore.length)).toEqual(idsBefore);
    const { rows: [cases] } = await db.pool.query(`SELECT count(*)::int AS n, min(item_version) AS lo, max(item_version) AS hi FROM cases WHERE item_id = $1`, [busy.item_id]);
    expect(cases).toEqual({ n: busy.n, lo: 1, hi: 1 });

    const h = (await call('GET', `/api/v1/catalogue/items/${busy.item_id}/versions`, 'reviewer')).body.items;
    expect(h.map((v: Body) => [v.version, v.status, v.current])).toEqual([[2, 'PUBLISHED', true], [1, 'PUBLISHED', false]]);
    expect(h[0].comparedTo).toBe(1);
    expect(h[0].diff.map((c: Body) => `${c.field}:${c.op}`)).toEqual(['timeLimitDays:set', 'materials:added']);
  });

  it('refuses self-approval, requires a note to reject, and leaves a rejected proposal alone', async () => {
    const target = await itemByCode('JC-MZ-008');
    const content = { ...contentOf(await item(target.id)), timeLimitDays: 3 };
    const p = (await call('POST', '/api/v1/catalogue/proposals', 'admin', { itemId: target.id, changeType: 'UPDATE', content, reason: '缩短时限' })).body;
    const self = await call('POST', `/api/v1/catalogue/proposals/${p.id}/approve`, 'admin', {});
    expect([self.status, self.body.code]).toEqual([403, 'CATALOGUE.SELF_APPROVAL']);
    const selfReject = await call('POST', `/api/v1/catalogue/proposals/${p.id}/reject`, 'admin', { note: '撤回' });
    expect(selfReject.body.code).toBe('CATALOGUE.SELF_APPROVAL');
    const noNote = await call('POST', `/api/v1/catalogue/proposals/${p.id}/reject`, 'leader', { note: '  ' });
    expect([noNote.status, noNote.body.code]).toEqual([400, 'CATALOGUE.NOTE_REQUIRED']);
    expect(await versionRow(p.id)).toMatchObject({ status: 'PROPOSED', decided_by_id: null });

    const rejected = await call('POST', `/api/v1/catalogue/proposals/${p.id}/reject`, 'leader', { note: '时限依据不足' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', decisionNote: '时限依据不足' });
    for (const action of ['approve', 'reject', 'publish']) {
      const r = await call('POST', `/api/v1/catalogue/proposals/${p.id}/${action}`, 'leader', action === 'publish' ? { effectiveFrom: today } : { note: 'x' });
      expect([action, r.status, r.body.code]).toEqual([action, 409, 'CATALOGUE.INVALID_TRANSITION']);
    }
    expect(await versionRow(p.id)).toMatchObject({ status: 'REJECTED', applied_at: null });
    expect(await item(target.id)).toMatchObject({ version: 1, timeLimitDays: target.timeLimitDays });
    // the item is free again for a new proposal, which takes the next version number
    const next = await call('POST', '/api/v1/catalogue/proposals', 'county', { itemId: target.id, changeType: 'UPDATE', content, reason: '补充依据后再次提出' });
    expect(next.body).toMatchObject({ version: 3, status: 'PROPOSED', comparedTo: 1 });
    const list = (await call('GET', '/api/v1/catalogue/proposals?status=REJECTED', 'agent')).body.items;
    expect(list.map((v: Body) => v.id)).toContain(p.id);
    expect(list.every((v: Body) => v.status === 'REJECTED')).toBe(true);
  });

  it('applies a publication with a future date only when applyDuePublications runs on that date', async () => {
    const target = await itemByCode('JC-RS-005');
    const content = { ...contentOf(await item(target.id)), level: 'VILLAGE' };
    const p = (await call('POST', '/api/v1/catalogue/proposals', 'county', { itemId: target.id, changeType: 'MOVE_LEVEL', content, reason: '社保卡申领下沉到村办理', effectiveFrom: addDays(today, 3) })).body;
    expect(p).toMatchObject({ status: 'PROPOSED', effectiveFrom: addDays(today, 3) });
    await call('POST', `/api/v1/catalogue/proposals/${p.id}/approve`, 'leader', {});
    const later = addDays(today, 3);
    const pub = await call('POST', `/api/v1/catalogue/proposals/${p.id}/publish`, 'admin', { effectiveFrom: later });
    expect(pub.body).toMatchObject({ status: 'PUBLISHED', effectiveFrom: later, appliedAt: null, current: false });
    expect((await item(target.id)).pending).toEqual([expect.objectContaining({ id: p.id, status: 'PUBLISHED', effectiveFrom: later })]);

    const publisher = app.get(CataloguePublisher);
    expect(await publisher.applyDuePublications(today)).toEqual([]);
    expect(await publisher.applyDuePublications(addDays(today, 2))).toEqual([]);
    expect(await item(target.id)).toMatchObject({ level: 'TOWNSHIP', version: 1 });
    expect(await publisher.applyDuePublications(later)).toEqual([p.id]);
    expect(await item(target.id)).toMatchObject({ level: 'VILLAGE', version: 2, pending: [] });
    expect(await publisher.applyDuePublications(later)).toEqual([]); // idempotent
  });

  it('adds a new item (inactive until published) and retires one (DB1405 7.1.2-7.1.3)', async () => {
    const content = {
      name: '农村养老服务补贴申请', category: '民政', source: 'LOCAL_DEMAND', level: 'TOWNSHIP', department: '县民政局',
      legalBasis: '《中华人民共和国老年人权益保障法》', timeLimitDays: 10, statutoryFee: 0,
      procedure: ['提交申请材料', '村便民服务站代办员初审', '乡镇审核办结'],
      materials: [{ name: '申请人居民身份证', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' }],
    };
    const add = await call('POST', '/api/v1/catalogue/proposals', 'county', { changeType: 'ADD', content, reason: '调研发现高频需求' });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ version: 1, status: 'PROPOSED', changeType: 'ADD', comparedTo: null });
    expect(add.body.item.code).toMatch(/^JC-MZ-\d{3}$/);
    expect(await item(add.body.itemId)).toMatchObject({ active: false, version: 0, materialCount: 0 });
    const listed = async () => (await call('GET', '/api/v1/catalogue/items', 'admin')).body.items.map((i: Body) => i.id);
    expect(await listed()).not.toContain(add.body.itemId);
    await call('POST', `/api/v1/catalogue/proposals/${add.body.id}/approve`, 'leader', {});
    await call('POST', `/api/v1/catalogue/proposals/${add.body.id}/publish`, 'leader', { effectiveFrom: today });
    expect(await item(add.body.itemId)).toMatchObject({ active: true, version: 1, materialCount: 1, name: '农村养老服务补贴申请' });
    expect(await listed()).toContain(add.body.itemId);

    const retire = await call('POST', '/api/v1/catalogue/proposals', 'admin', { itemId: add.body.itemId, changeType: 'RETIRE', reason: '并入其他事项' });
    expect(retire.body).toMatchObject({ version: 2, diff: [] });
    await call('POST', `/api/v1/catalogue/proposals/${retire.body.id}/approve`, 'leader', {});
    await call('POST', `/api/v1/catalogue/proposals/${retire.body.id}/publish`, 'leader', { effectiveFrom: today });
    expect(await item(add.body.itemId)).toMatchObject({ active: false, version: 2 });
    expect(await listed()).not.toContain(add.body.itemId);
    const again = await call('POST', '/api/v1/catalogue/proposals', 'county', { itemId: add.body.itemId, changeType: 'UPDATE', content, reason: '已停用事项' });
    expect(again.body.code).toBe('CATALOGUE.ITEM_INACTIVE');
  });

  it('validates proposals fully and refuses any proxy fee (DB1405 4.5)', async () => {
    const target = await itemByCode('JC-WJ-001');
    const content = contentOf(await item(target.id));
    const post = (body: Body, user = 'county') => call('POST', '/api/v1/catalogue/proposals', user, body);
    const fee = await post({ itemId: target.id, changeType: 'UPDATE', content: { ...content, proxyFee: 10 }, reason: '收取代办费' });
    expect([fee.status, fee.body.code]).toEqual([400, 'CATALOGUE.PROXY_FEE_FORBIDDEN']);
    const feeText = await post({ itemId: target.id, changeType: 'UPDATE', content: { ...content, procedure: ['提交材料', '缴纳代办费'] }, reason: '流程' });
    expect(feeText.body.code).toBe('CATALOGUE.PROXY_FEE_FORBIDDEN');
    const bad = await post({ itemId: target.id, changeType: 'UPDATE', content: { ...content, timeLimitDays: 61, materials: [], procedure: [] }, reason: '错误内容' });
    expect([bad.status, bad.body.code]).toEqual([400, 'CATALOGUE.INVALID_CONTENT']);
    expect(bad.body.details.map((d: Body) => d.field)).toEqual(['content.timeLimitDays', 'content.procedure', 'content.materials']);
    expect((await post({ itemId: target.id, changeType: 'UPDATE', content, reason: '没有变化' })).body.code).toBe('CATALOGUE.NO_CHANGE');
    expect((await post({ itemId: target.id, changeType: 'MOVE_LEVEL', content, reason: '层级未变' })).body.code).toBe('CATALOGUE.LEVEL_UNCHANGED');
    expect((await post({ changeType: 'UPDATE', content, reason: '缺少事项' })).body.code).toBe('CATALOGUE.INVALID_PROPOSAL');
    expect((await post({ itemId: 999999, changeType: 'UPDATE', content, reason: '不存在' })).body.code).toBe('CATALOGUE.NOT_FOUND');
    expect((await post({ itemId: target.id, changeType: 'UPDATE', content, reason: '未知字段', extra: 1 })).body.code).toBe('VALIDATION.FAILED');
    const agent = await post({ itemId: target.id, changeType: 'UPDATE', content: { ...content, timeLimitDays: 2 }, reason: '代办员提出' }, 'agent');
    expect([agent.status, agent.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    expect((await post({ changeType: 'ADD', content, reason: '审核员提出' }, 'reviewer')).status).toBe(403);
    const { rows: [n] } = await db.pool.query(`SELECT count(*)::int AS n FROM catalogue_item_versions WHERE item_id = $1`, [target.id]);
    expect(n.n).toBe(1); // none of these wrote anything
  });

  // Refusals inside the route (self-approval: DENIED; invalid transitions, bad content: FAILURE) are
  // audited here; a missing permission is refused by the guard before the audit interceptor runs.
  it('audits every proposal, decision and publication, refused ones included', async () => {
    const { rows } = await db.pool.query(`SELECT action, outcome, actor_name, resource_type FROM audit_log WHERE action LIKE 'catalogue.%'`);
    const seen = new Set(rows.map((r) => `${r.action} ${r.outcome} ${r.actor_name}`));
    for (const expected of [
      'catalogue.propose SUCCESS county', 'catalogue.propose SUCCESS admin', 'catalogue.propose FAILURE county',
      'catalogue.approve SUCCESS leader', 'catalogue.approve DENIED admin', 'catalogue.approve FAILURE leader',
      'catalogue.reject SUCCESS leader', 'catalogue.reject FAILURE leader',
      'catalogue.publish SUCCESS leader', 'catalogue.publish SUCCESS admin', 'catalogue.publish FAILURE leader',
    ]) expect([...seen]).toContain(expected);
    expect(rows.every((r) => r.resource_type === 'catalogue_version')).toBe(true);
    const { rows: [approve] } = await db.pool.query(`SELECT resource_id FROM audit_log WHERE action = 'catalogue.approve' AND outcome = 'SUCCESS' ORDER BY id LIMIT 1`);
    expect(Number(approve.resource_id)).toBeGreaterThan(0);
  });
});
