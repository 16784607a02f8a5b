import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlertsService } from '../../api/src/alerts/alerts.service';
import { Clock } from '../../api/src/cases/clock';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 4.1 (consent), 4.3 (time limits), 4.5 (free), 6.2 (commission, one-time notice),
// 6.3 (supplement, home visits), 6.4 (reply, failure, re-application, fees), 7.2.1 e) (alerts):
// the case lifecycle API end to end on real Postgres. The clock is pinned so that due dates can
// be checked against the official 2026 holidays (National Day 10-01..10-07, make-up Sat 10-10).

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** A resident ID number with a valid GB 11643 check character. */
function residentId(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return first17 + '10X98765432'[w.reduce((s, x, i) => s + x * Number(first17[i]), 0) % 11];
}

describe('case lifecycle (DB1405 4, 6.2-6.4, 7.2.1 e)', () => {
  let h: ApiHarness;
  let uploads: string;
  const tokens: Record<string, string> = {};
  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const call = async (user: string, method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { token: tokens[user], body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const itemId = async (code: string): Promise<number> => (await h.db.pool.query('SELECT id FROM catalogue_items WHERE code = $1', [code])).rows[0].id;
  const eventCount = async (caseId: number): Promise<number> => (await h.db.pool.query('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [caseId])).rows[0].n;
  const caseCount = async (): Promise<number> => (await h.db.pool.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;
  const consent = { given: true, method: 'SIGNED_FORM' };
  const citizen = { name: '王建国', phone: '13934567890', idNumber: residentId('14052219500101123') };

  /** A case of `code` with every material provided, commissioned at `iso`. */
  const acceptedCase = async (code: string, iso: string, extra: Body = {}) => {
    setNow(iso);
    const id = await itemId(code);
    const list = await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${id}`);
    const r = await call('agent', 'POST', '/api/v1/cases', { itemId: id, citizen, consent, providedMaterialIds: list.body.materials.map((m: Body) => m.id), ...extra });
    expect(r.status).toBe(201);
    return r.body;
  };

  beforeAll(async () => {
    uploads = mkdtempSync(path.join(os.tmpdir(), 'rp-uploads-'));
    h = await startApi({ env: { ALERTS_ENABLED: 'false', UPLOAD_DIR: uploads } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
  }, 180_000);

  afterAll(async () => {
    // test-db's pool.end() resolves before its sockets close; DROP … WITH (FORCE) may then hit one.
    h?.db.pool.on('error', () => undefined);
    await h?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  describe('one case from commission to delivery (every change: one event, one version)', () => {
    let id: number;
    let version: number;
    let materials: Body[];
    /** Runs one change and checks it bumped the version by one and appended exactly one event. */
    const change = async (user: string, url: string, body: Body, status = 200) => {
      const before = await eventCount(id);
      const r = await call(user, 'POST', `/api/v1/cases/${id}${url}`, { expectedVersion: version, ...body });
      expect({ url, status: r.status, code: r.body.code }).toEqual({ url, status, code: undefined });
      expect(r.body.version).toBe(version + 1);
      expect(await eventCount(id)).toBe(before + 1);
      version = r.body.version;
      return r.body;
    };

    it('DB1405 6.2.2: missing materials → AWAITING_MATERIALS, no clock, and one notice listing exactly the missing ones', async () => {
      setNow('2026-09-28T02:00:00Z');
      const item = await itemId('JC-NY-002'); // village item, 5 working days, 3 materials
      const list = await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${item}`);
      expect(list.status).toBe(200);
      materials = list.body.materials;
      expect(materials.length).toBe(3);
      const r = await call('agent', 'POST', '/api/v1/cases', { itemId: item, citizen, consent, providedMaterialIds: [materials[0].id] });
      expect(r.status).toBe(201);
      id = r.body.id;
      version = r.body.version;
      expect(r.body).toMatchObject({ status: 'AWAITING_MATERIALS', acceptedAt: null, dueDate: null, version: 1, hasNotice: true });
      expect(r.body.due).toMatchObject({ dueDate: null, acceptanceDate: null, limitDays: 5 });
      expect(r.body.oneTimeNotice.missing.map((m: Body) => m.name)).toEqual([materials[1].name, materials[2].name]);
      expect(r.body.oneTimeNotice.missing[0]).toMatchObject({ howToGet: materials[1].howToGet, copies: materials[1].copies, form: materials[1].form });
      expect(r.body.oneTimeNotice.station.id).toBe(r.body.station.id);
      expect(r.body.consent).toMatchObject({ method: 'SIGNED_FORM' });
      expect(r.body.fee).toEqual({ statutoryFee: null, receiptNo: null, proxyFee: 0 }); // DB1405 4.5
      expect(r.body.events.map((e: Body) => e.type)).toEqual(['CREATED']);
      // personal data: masked in the answer, ciphertext at rest
      expect(r.raw).not.toMatch(MOBILE);
      expect(r.raw).not.toContain(citizen.idNumber);
      expect(r.body.citizen).toEqual({ name: '王*国', phone: '139****7890', idNumber: '140***********' + citizen.idNumber.slice(-4) });
      const row = (await h.db.pool.query('SELECT citizen_phone_enc, due_date, accepted_at FROM cases WHERE id = $1', [id])).rows[0];
      expect(row.citizen_phone_enc).not.toContain('13934567890');
      expect(row).toMatchObject({ due_date: null, accepted_at: null });
      const notice = await call('agent', 'GET', `/api/v1/cases/${id}/notice`);
      expect(notice.status).toBe(200);
      expect(notice.body.missing).toEqual(r.body.oneTimeNotice.missing);
      expect(await eventCount(id)).toBe(1);
    });

    it('DB1405 6.2.1, 4.3: the last material accepts the case; due 2026-10-12 across National Day', async () => {
      setNow('2026-09-29T02:00:00Z');
      const d0 = (await call('agent', 'GET', `/api/v1/cases/${id}`)).body;
      const [, m2, m3] = d0.materials;
      let d = await change('agent', '/materials', { materialIds: [m2.id] });
      expect(d.status).toBe('AWAITING_MATERIALS');
      expect(d.events.at(-1)).toMatchObject({ type: 'MATERIAL_PROVIDED', fromStatus: null, toStatus: null, actor: 'agent' });
      const again = await call('agent', 'POST', `/api/v1/cases/${id}/materials`, { expectedVersion: version, materialIds: [m2.id] });
      expect(again.body.code).toBe('CASE.MATERIAL_ALREADY_PROVIDED');
      d = await change('agent', '/materials', { materialIds: [m3.id] });
      expect(d).toMatchObject({ status: 'ACCEPTED', dueDate: '2026-10-12', acceptedAt: '2026-09-29T02:00:00.000Z', hasNotice: false, remainingWorkingDays: 5 });
      const listed = await call('agent', 'GET', `/api/v1/cases?caseNo=${d.caseNo}`);
      expect(listed.body.items[0]).toMatchObject({ id, remainingWorkingDays: 5, alertLevel: 'NONE', version: d.version });
      expect(d.due).toMatchObject({ dueDate: '2026-10-12', acceptanceDate: '2026-09-29', limitDays: 5, pausedWorkingDays: 0, extensionDays: 0, code: null });
      expect(d.due.explanation).toBe('2026-09-29 受理，承诺办理时限 5 个工作日（自受理次日起算），应于 2026-10-12 前办结。');
      expect(d.events.at(-1)).toMatchObject({ type: 'MATERIALS_COMPLETED', fromStatus: 'AWAITING_MATERIALS', toStatus: 'ACCEPTED' });
      expect(d.events.at(-1).data.after).toMatchObject({ status: 'ACCEPTED', dueDate: '2026-10-12' });
      expect(d.events.at(-1).data.before).toMatchObject({ status: 'AWAITING_MATERIALS', dueDate: null, acceptedAt: null });
      expect((await call('agent', 'GET', `/api/v1/cases/${id}/notice`)).body.code).toBe('CASE.NO_NOTICE');
    });

    it('DB1405 6.3.2: a supplement pause across National Day moves the due date by its 2 working days', async () => {
      await change('agent', '/start', {});
      setNow('2026-09-30T03:00:00Z');
      let d = await change('agent', '/supplement-request', { reason: '土地承包经营权证复印件不清晰' });
      expect(d.status).toBe('SUPPLEMENT_REQUESTED');
      expect(d.due.clockStopped).toBe(true);
      expect(d.pauses).toEqual([expect.objectContaining({ kind: 'SUPPLEMENT', endedAt: null })]);
      setNow('2026-10-09T03:00:00Z');
      d = await change('agent', '/supplement-received', { note: '群众已补交清晰复印件' });
      expect(d).toMatchObject({ status: 'IN_PROGRESS', pausedDays: 2, dueDate: '2026-10-14' });
      expect(d.pauses[0]).toMatchObject({ workingDays: 2 });
      expect(d.due.explanation).toContain('暂停计时 2 个工作日');
      expect(d.events.at(-1).data).toMatchObject({ before: { pausedDays: 0, dueDate: '2026-10-12' }, after: { pausedDays: 2, dueDate: '2026-10-14' }, pausedWorkingDays: 2 });
    });

    it('DB1405 4.3: an extension needs a reason and a leader; approval moves the due date and says why', async () => {
      const d = await change('agent', '/extensions', { days: 3, reason: '需村委会核实种植面积' }, 201);
      const ext = d.extensions[0];
      expect(ext).toMatchObject({ status: 'PENDING', days: 3, requestedBy: 'agent' });
      const second = await call('agent', 'POST', `/api/v1/cases/${id}/extensions`, { expectedVersion: version, days: 1, reason: '再延一天' });
      expect(second).toMatchObject({ status: 409, body: { code: 'CASE.EXTENSION_PENDING' } });
      expect((await call('agent', 'POST', `/api/v1/cases/${id}/extensions/${ext.id}/approve`, {})).status).toBe(403);
      expect((await call('county', 'POST', `/api/v1/cases/${id}/extensions/${ext.id}/reject`, {})).body.code).toBe('CASE.NOTE_REQUIRED');
      const before = await eventCount(id);
      const ok = await call('county', 'POST', `/api/v1/cases/${id}/extensions/${ext.id}/approve`, { note: '同意' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ dueDate: '2026-10-19', extensionDays: 3, version: version + 1 });
      expect(ok.body.due.explanation).toBe('2026-09-29 受理，承诺办理时限 5 个工作日（自受理次日起算），补正或中止期间暂停计时 2 个工作日，相应顺延，经领导批准延期 3 个工作日，应于 2026-10-19 前办结。');
      expect(ok.body.extensions[0]).toMatchObject({ status: 'APPROVED', decidedBy: 'county' });
      expect(ok.body.events.at(-1)).toMatchObject({ type: 'EXTENSION_APPROVED', actor: 'county' });
      expect(await eventCount(id)).toBe(before + 1);
      version = ok.body.version;
      expect((await call('leader', 'POST', `/api/v1/cases/${id}/extensions/${ext.id}/approve`, {})).body.code).toBe('CASE.EXTENSION_DECIDED');
    });

    it('DB1405 6.4.1, 6.4.3, 6.3.3: completion, the result notification, delivery, a fee with its receipt, a home visit', async () => {
      setNow('2026-10-15T06:00:00Z');
      await change('agent', '/complete', { note: '补贴已核定' });
      const n = await change('agent', '/notify', { channel: 'PHONE' });
      expect(n.notification).toMatchObject({ notifiedAt: '2026-10-15T06:00:00.000Z', channel: 'PHONE', channelText: '电话' });
      expect((await call('agent', 'POST', `/api/v1/cases/${id}/notify`, { expectedVersion: version, channel: 'SMS' })).body.code).toBe('CASE.INVALID_TRANSITION');
      expect((await call('agent', 'POST', `/api/v1/cases/${id}/notify`, { expectedVersion: version, channel: 'EMAIL' })).body.code).toBe('VALIDATION.FAILED');
      await change('agent', '/deliver', {});
      const noReceipt = await call('agent', 'POST', `/api/v1/cases/${id}/fee`, { expectedVersion: version, amount: 20 });
      expect(noReceipt).toMatchObject({ status: 422, body: { code: 'CASE.RECEIPT_REQUIRED' } });
      const proxyFee = await call('agent', 'POST', `/api/v1/cases/${id}/fee`, { expectedVersion: version, amount: 5, receiptNo: 'X1', proxyFee: 5 });
      expect(proxyFee.body.code).toBe('VALIDATION.FAILED'); // DB1405 4.5: there is no proxy fee to record
      const fee = await change('agent', '/fee', { amount: 20, receiptNo: 'SX2026-0012345' });
      expect(fee.fee).toEqual({ statutoryFee: 20, receiptNo: 'SX2026-0012345', proxyFee: 0 });
      // home visits: a real date, not in the future
      for (const visitDate of ['2026-02-30', '2026/10/09', '']) {
        expect((await call('agent', 'POST', `/api/v1/cases/${id}/home-visits`, { visitDate })).body.code).toBe('VALIDATION.FAILED');
      }
      expect((await call('agent', 'POST', `/api/v1/cases/${id}/home-visits`, { visitDate: '2026-10-16' })).body.code).toBe('CASE.INVALID_DATE');
      const before = await eventCount(id);
      const v = await call('agent', 'POST', `/api/v1/cases/${id}/home-visits`, { visitDate: '2026-10-15', note: '上门送达补贴核定通知' });
      expect(v.status).toBe(201);
      expect(v.body).toMatchObject({ homeVisit: true, version: version + 1 });
      expect(v.body.homeVisits[0]).toMatchObject({ visitDate: '2026-10-15', agentName: expect.stringContaining('*') });
      expect(await eventCount(id)).toBe(before + 1);
      version = v.body.version;
    });

    it('every change appended exactly one event with its actor and before/after, and the version counts them', async () => {
      const d = (await call('agent', 'GET', `/api/v1/cases/${id}`)).body;
      expect(d.events.map((e: Body) => e.type)).toEqual([
        'CREATED', 'MATERIAL_PROVIDED', 'MATERIALS_COMPLETED', 'STARTED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED',
        'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'COMPLETED', 'NOTIFIED', 'DELIVERED', 'FEE_RECORDED', 'HOME_VISIT',
      ]);
      expect(d.version).toBe(d.events.length);
      for (const e of d.events.slice(1)) expect(e.data).toHaveProperty('before');
      expect(d.events.every((e: Body) => e.actor)).toBe(true);
      const audit = (await h.db.pool.query(`SELECT action FROM audit_log WHERE resource_type = 'case' AND resource_id = $1 AND outcome = 'SUCCESS' ORDER BY id`, [String(id)])).rows.map((r) => r.action);
      expect(audit).toEqual(expect.arrayContaining(['case.materials.provide', 'case.supplement.request', 'case.extension.approve', 'case.notify', 'case.deliver', 'case.fee.record']));
    });

    it('an invalid transition answers 409 CASE.INVALID_TRANSITION and changes nothing', async () => {
      const before = await eventCount(id);
      for (const [url, extra] of [['/start', {}], ['/complete', {}], ['/supplement-request', { reason: '无' }], ['/deliver', {}]] as const) {
        const r = await call('agent', 'POST', `/api/v1/cases/${id}${url}`, { expectedVersion: version, ...extra });
        expect({ url, status: r.status, code: r.body.code }).toEqual({ url, status: 409, code: 'CASE.INVALID_TRANSITION' });
      }
      const d = (await call('agent', 'GET', `/api/v1/cases/${id}`)).body;
      expect(d.version).toBe(version);
      expect(await eventCount(id)).toBe(before);
    });
  });

  it('DB1405 6.4.2: a failed case carries its reason code and note, and the citizen re-applies in one step', async () => {
    let c = await acceptedCase('JC-NY-002', '2026-10-12T02:00:00Z');
    c = (await call('agent', 'POST', `/api/v1/cases/${c.id}/start`, { expectedVersion: c.version })).body;
    expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/fail`, { expectedVersion: c.version, reasonCode: 'BAD_LUCK', note: 'x' })).body.code).toBe('VALIDATION.FAILED');
    expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/fail`, { expectedVersion: c.version, reasonCode: 'NOT_ELIGIBLE' })).body.code).toBe('VALIDATION.FAILED');
    const reapplyEarly = await call('agent', 'POST', `/api/v1/cases/${c.id}/reapply`, { expectedVersion: c.version, consent, providedMaterialIds: [] });
    expect(reapplyEarly.body.code).toBe('CASE.INVALID_TRANSITION');
    const f = await call('agent', 'POST', `/api/v1/cases/${c.id}/fail`, { expectedVersion: c.version, reasonCode: 'NOT_ELIGIBLE', note: '承包地不在本村，请到承包地所在村申报' });
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({ status: 'FAILED', failureReason: 'NOT_ELIGIBLE', failureReasonText: '不符合办理条件', failureNote: '承包地不在本村，请到承包地所在村申报' });
    expect(f.body.allowedActions).toEqual(expect.arrayContaining(['REAPPLY', 'NOTIFY']));
    const notified = await call('agent', 'POST', `/api/v1/cases/${c.id}/notify`, { expectedVersion: f.body.version, channel: 'SMS' });
    expect(notified.status).toBe(200);
    expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/reapply`, { expectedVersion: notified.body.version, providedMaterialIds: [] })).body.code).toBe('CASE.CONSENT_REQUIRED');
    const again = await call('agent', 'POST', `/api/v1/cases/${c.id}/reapply`, { expectedVersion: notified.body.version, consent, providedMaterialIds: [] });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ reapplicationOfId: c.id, status: 'AWAITING_MATERIALS', item: { id: c.item.id }, citizen: c.citizen, version: 1 });
    expect(again.body.oneTimeNotice.missing).toHaveLength(3);
    const old = (await call('agent', 'GET', `/api/v1/cases/${c.id}`)).body;
    expect(old.reapplications).toEqual([{ id: again.body.id, caseNo: again.body.caseNo }]);
    expect(old.events.at(-1)).toMatchObject({ type: 'REAPPLIED', data: { reapplicationId: again.body.id } });
    expect(old.version).toBe(old.events.length);
  });

  describe('bad input: a clear 4xx with a stable code, and nothing half-written', () => {
    let item: number;
    let all: number[];
    beforeAll(async () => {
      item = await itemId('JC-NY-002');
      all = (await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${item}`)).body.materials.map((m: Body) => m.id);
    });
    const commission = (body: Body) => call('agent', 'POST', '/api/v1/cases', { itemId: item, citizen, consent, providedMaterialIds: all, ...body });

    it.each([
      ['DB1405 4.1 no consent', 422, 'CASE.CONSENT_REQUIRED', { consent: undefined }],
      ['DB1405 4.1 consent refused', 422, 'CASE.CONSENT_REQUIRED', { consent: { given: false, method: 'SIGNED_FORM' } }],
      ['DB1405 4.1 consent without its method', 422, 'CASE.CONSENT_REQUIRED', { consent: { given: true } }],
      ['DB1405 4.1 private matter', 422, 'CASE.PRIVATE_MATTER', { privateMatter: true }],
      ['DB1405 4.1 declined by the citizen', 422, 'CASE.PRIVATE_MATTER', { declined: true }],
      ['unknown item', 422, 'CASE.UNKNOWN_ITEM', { itemId: 999999 }],
      ['material of another item', 422, 'CASE.UNKNOWN_MATERIAL', { providedMaterialIds: [999999] }],
      ['malformed phone', 400, 'VALIDATION.FAILED', { citizen: { ...citizen, phone: '12345' } }],
      ['ID number with a wrong check digit', 400, 'VALIDATION.FAILED', { citizen: { ...citizen, idNumber: '140522195001011230' } }],
      ['unknown consent method', 400, 'VALIDATION.FAILED', { consent: { given: true, method: 'TELEPATHY' } }],
      ['a proxy fee field (DB1405 4.5)', 400, 'VALIDATION.FAILED', { proxyFee: 10 }],
      ['item id beyond int4', 400, 'VALIDATION.FAILED', { itemId: 99999999999 }],
    ] as const)('%s → %i %s', async (_name, status, code, body) => {
      const before = await caseCount();
      const r = await commission(body);
      expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
      expect(typeof r.body.message).toBe('string');
      expect(r.body.requestId).toBeTruthy();
      expect(await caseCount()).toBe(before);
    });

    it('other roles cannot commission; unknown and malformed case ids answer 404', async () => {
      expect((await call('reviewer', 'POST', '/api/v1/cases', { itemId: item, citizen, consent, providedMaterialIds: all })).status).toBe(403);
      for (const bad of ['999999999', 'abc', '0', '99999999999']) {
        expect((await call('agent', 'GET', `/api/v1/cases/${bad}`)).body.code).toBe('CASE.NOT_FOUND');
        expect((await call('agent', 'POST', `/api/v1/cases/${bad}/start`, { expectedVersion: 1 })).body.code).toBe('CASE.NOT_FOUND');
      }
    });

    it('a stale version answers 409 CASE.VERSION_CONFLICT and writes nothing', async () => {
      const c = await acceptedCase('JC-NY-002', '2026-10-12T02:00:00Z');
      const r = await call('agent', 'POST', `/api/v1/cases/${c.id}/start`, { expectedVersion: c.version + 5 });
      expect(r).toMatchObject({ status: 409, body: { code: 'CASE.VERSION_CONFLICT', details: { currentVersion: c.version } } });
      expect(await eventCount(c.id)).toBe(1);
      expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/start`, { expectedVersion: 'one' })).body.code).toBe('VALIDATION.FAILED');
    });

    it('a village item is never handed up (DB1405 7.2.2)', async () => {
      const c = await acceptedCase('JC-NY-002', '2026-10-12T02:00:00Z');
      const s = (await call('agent', 'POST', `/api/v1/cases/${c.id}/start`, { expectedVersion: c.version })).body;
      const r = await call('agent', 'POST', `/api/v1/cases/${c.id}/handoffs`, { expectedVersion: s.version });
      expect(r).toMatchObject({ status: 409, body: { code: 'CASE.INVALID_TRANSITION', message: '村级事项由服务站直接办理，无需上报' } });
    });
  });

  it('DB1405 6.2.1: a case registered before checklists were kept is accepted when the agent confirms its materials', async () => {
    setNow('2026-11-20T02:00:00Z');
    // as the demo seed writes one: waiting for materials, no checklist rows
    const legacy = (await h.db.pool.query(
      `INSERT INTO cases (case_no, station_id, agent_id, item_id, item_version, citizen_name, citizen_phone_enc, citizen_phone_masked,
                          consent_at, status, level, created_at)
       SELECT 'JC202611-LEGACY01', c.station_id, c.agent_id, c.item_id, c.item_version, c.citizen_name, c.citizen_phone_enc, c.citizen_phone_masked,
              '2026-11-18T02:00:00Z', 'AWAITING_MATERIALS', c.level, '2026-11-18T02:00:00Z'
         FROM cases c JOIN users u ON u.station_id = c.station_id WHERE u.username = 'agent' ORDER BY c.id LIMIT 1
       RETURNING id, version`,
    )).rows[0];
    expect((await call('agent', 'GET', `/api/v1/cases/${legacy.id}/notice`)).body.code).toBe('CASE.NO_NOTICE');
    expect((await call('agent', 'POST', `/api/v1/cases/${legacy.id}/materials`, { expectedVersion: legacy.version, materialIds: [1] })).body.code).toBe('CASE.UNKNOWN_MATERIAL');
    const r = await call('agent', 'POST', `/api/v1/cases/${legacy.id}/materials`, { expectedVersion: legacy.version, materialIds: [] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ACCEPTED', acceptedAt: '2026-11-20T02:00:00.000Z', version: legacy.version + 1 });
    expect(r.body.dueDate).toBe(r.body.due.dueDate);
    // a case with a checklist must name what arrived
    const c = await call('agent', 'POST', '/api/v1/cases', { itemId: await itemId('JC-NY-002'), citizen, consent, providedMaterialIds: [] });
    expect((await call('agent', 'POST', `/api/v1/cases/${c.body.id}/materials`, { expectedVersion: 1, materialIds: [] })).body.code).toBe('CASE.NO_MATERIALS');
  });

  it('racing transitions on one case: exactly one wins, the other gets 409, one event is written', async () => {
    const c = await acceptedCase('JC-NY-002', '2026-10-12T02:00:00Z');
    const race = await Promise.all([1, 2].map(() => call('agent', 'POST', `/api/v1/cases/${c.id}/start`, { expectedVersion: c.version })));
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(['CASE.INVALID_TRANSITION', 'CASE.VERSION_CONFLICT']).toContain(race.find((r) => r.status === 409)!.body.code);
    expect(await eventCount(c.id)).toBe(2);
    // two different transitions from IN_PROGRESS with the same version
    const v = race.find((r) => r.status === 200)!.body.version;
    const mixed = await Promise.all([
      call('agent', 'POST', `/api/v1/cases/${c.id}/complete`, { expectedVersion: v }),
      call('agent', 'POST', `/api/v1/cases/${c.id}/supplement-request`, { expectedVersion: v, reason: '补正' }),
    ]);
    expect(mixed.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await eventCount(c.id)).toBe(3);
    const pauses = (await h.db.pool.query('SELECT count(*)::int AS n FROM case_pauses WHERE case_id = $1', [c.id])).rows[0].n;
    const status = (await call('agent', 'GET', `/api/v1/cases/${c.id}`)).body.status;
    expect(pauses).toBe(status === 'SUPPLEMENT_REQUESTED' ? 1 : 0); // the loser's pause row rolled back
  });

  it('DB1405 4.3: a due date past the loaded calendar is null with CALENDAR.NOT_COVERED, never a guess', async () => {
    const c = await acceptedCase('JC-MZ-001', '2026-12-28T02:00:00Z'); // 20 working days from 12-28
    expect(c).toMatchObject({ status: 'ACCEPTED', dueDate: null, acceptedAt: '2026-12-28T02:00:00.000Z' });
    expect(c.due).toMatchObject({ dueDate: null, acceptanceDate: '2026-12-28', code: 'CALENDAR.NOT_COVERED', limitDays: 20 });
    expect(c.due.explanation.startsWith('工作日历未覆盖')).toBe(true);
  });

  it('DB1405 4.3: a leader suspends the clock and resumes it; the due date moves by the suspended working days', async () => {
    const c = await acceptedCase('JC-NY-002', '2026-10-12T02:00:00Z'); // due 10-19
    expect(c.dueDate).toBe('2026-10-19');
    expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/suspend`, { expectedVersion: c.version, reason: '等待法院判决' })).status).toBe(403);
    setNow('2026-10-13T02:00:00Z');
    const s = await call('county', 'POST', `/api/v1/cases/${c.id}/suspend`, { expectedVersion: c.version, reason: '等待法院判决' });
    expect(s.status).toBe(200);
    expect(s.body.allowedActions).toContain('RESUME');
    expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/start`, { expectedVersion: s.body.version })).body.message).toBe('案件已中止计时，请先恢复计时');
    setNow('2026-10-16T02:00:00Z');
    const r = await call('county', 'POST', `/api/v1/cases/${c.id}/resume`, { expectedVersion: s.body.version });
    expect(r.body).toMatchObject({ pausedDays: 3, dueDate: '2026-10-22' }); // 10-13, 10-14, 10-15 stood still
    expect(r.body.events.map((e: Body) => e.type)).toEqual(['CREATED', 'SUSPENDED', 'RESUMED']);
  });

  describe('time-limit alerts job (DB1405 7.2.1 e)', () => {
    it('raises WARN_50, WARN_80, OVERDUE and FLAGGED on the days they are due, each once, in the same transaction as an event', async () => {
      const c = await acceptedCase('JC-NY-002', '2026-09-29T02:00:00Z'); // due 10-12: 5 working days
      const paused = await acceptedCase('JC-NY-002', '2026-09-29T02:00:00Z');
      const p1 = (await call('agent', 'POST', `/api/v1/cases/${paused.id}/start`, { expectedVersion: 1 })).body;
      await call('agent', 'POST', `/api/v1/cases/${paused.id}/supplement-request`, { expectedVersion: p1.version, reason: '补正' });
      const alerts = h.app.get(AlertsService);
      const levelOf = async (id: number) => (await call('agent', 'GET', `/api/v1/cases/${id}`)).body;
      const expectations: [string, string][] = [
        ['2026-09-30', 'NONE'], // 1 of 5
        ['2026-10-09', 'WARN_50'], // 3 of 5
        ['2026-10-09', 'WARN_50'], // same day again: nothing new
        ['2026-10-10', 'WARN_80'], // 4 of 5 (make-up Saturday)
        ['2026-10-12', 'WARN_80'], // the due date itself
        ['2026-10-13', 'OVERDUE'], // 催办
        ['2026-10-19', 'OVERDUE'], // 5 working days overdue
        ['2026-10-20', 'FLAGGED'], // 6: 通报
        ['2026-10-09', 'FLAGGED'], // an earlier day never lowers it
      ];
      for (const [today, want] of expectations) {
        await alerts.runOnce(today);
        expect([today, (await levelOf(c.id)).alertLevel]).toEqual([today, want]);
      }
      const d = await levelOf(c.id);
      const raised = d.events.filter((e: Body) => e.type === 'ALERT_RAISED');
      expect(raised.map((e: Body) => e.data.after.alertLevel)).toEqual(['WARN_50', 'WARN_80', 'OVERDUE', 'FLAGGED']);
      expect(raised[0]).toMatchObject({ actor: null, data: { before: { alertLevel: 'NONE' }, level: 'WARN_50', elapsedWorkingDays: 3, allowedWorkingDays: 5 } });
      expect(d.version).toBe(d.events.length);
      // a case whose clock is stopped (supplement awaited) is left alone
      expect((await levelOf(paused.id)).alertLevel).toBe('NONE');
      const listed = await call('agent', 'GET', '/api/v1/cases?alert=FLAGGED&open=true&pageSize=200');
      expect(listed.body.items.some((i: Body) => i.id === c.id)).toBe(true);
    });
  });
});
