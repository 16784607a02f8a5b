import { TEST_PII } from '../support/test-pii';
import { startApi, type ApiHarness } from '../support/api-app';

// PIPL / GB/T 35273: citizens' ID and phone numbers are ciphertext at rest, masked in lists, and
// shown in full only on an explicit, audited request. 等保 2.0: the audit log is append-only in
// Postgres itself.

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const ID18 = /(?<![\dA-Z])\d{17}[\dX](?![\dA-Z])/;

describe('personal data and audit', () => {
  let h: ApiHarness;
  beforeAll(async () => { h = await startApi(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it('stores phone and ID numbers as AES-256-GCM ciphertext, with only masked copies in clear', async () => {
    const { rows } = await h.db.pool.query(`SELECT citizen_phone_enc, citizen_phone_masked, citizen_id_enc, citizen_id_masked FROM cases ORDER BY id LIMIT 200`);
    for (const r of rows) {
      expect(r.citizen_phone_enc).toMatch(/^t1\.[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(r.citizen_phone_enc).not.toMatch(MOBILE);
      expect(r.citizen_id_enc).not.toMatch(ID18);
      expect(r.citizen_phone_masked).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(r.citizen_id_masked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
      const phone = TEST_PII.decrypt(r.citizen_phone_enc);
      expect(phone).toMatch(MOBILE);
      expect(r.citizen_phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    }
    const { rows: consult } = await h.db.pool.query(`SELECT citizen_phone_enc FROM consultations LIMIT 50`);
    for (const r of consult) expect(r.citizen_phone_enc).not.toMatch(MOBILE);
  });

  it('lists and details show masked values only', async () => {
    const { accessToken } = await h.login('agent');
    const list = await h.call('GET', '/api/v1/cases?pageSize=100', { token: accessToken });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.raw).not.toMatch(MOBILE);
    expect(list.raw).not.toMatch(ID18);
    for (const c of list.body.items) expect(c.citizen.name).toContain('*');
    const detail = await h.call('GET', `/api/v1/cases/${list.body.items[0].id}`, { token: accessToken });
    expect(detail.raw).not.toMatch(MOBILE);
    expect(detail.body.events.length).toBeGreaterThan(0);
  });

  it('shows the full values on explicit request, and audits who saw whose data', async () => {
    const { accessToken } = await h.login('agent');
    const id = (await h.call('GET', '/api/v1/cases?pageSize=1', { token: accessToken })).body.items[0].id;
    const r = await h.call('GET', `/api/v1/cases/${id}/citizen`, { token: accessToken, headers: { 'x-request-id': 'pii-view-test-01' } });
    expect(r.status).toBe(200);
    expect(r.body.phone).toMatch(MOBILE);
    expect(r.body.idNumber).toMatch(ID18);
    const { rows } = await h.db.pool.query(`SELECT actor_name, actor_role, resource_type, resource_id, outcome, ip FROM audit_log WHERE request_id = 'pii-view-test-01'`);
    expect(rows).toEqual([{ actor_name: 'agent', actor_role: 'STATION_AGENT', resource_type: 'case', resource_id: String(id), outcome: 'SUCCESS', ip: expect.any(String) }]);
    const leader = await h.login('leader');
    expect((await h.call('GET', `/api/v1/cases/${id}/citizen`, { token: leader.accessToken, headers: { 'x-request-id': 'pii-denied-test-01' } })).status).toBe(403);
    // The refused attempt is on record as well (the guard stops it before the interceptor).
    const { rows: denied } = await h.db.pool.query(`SELECT action, actor_name, outcome, resource_id FROM audit_log WHERE request_id = 'pii-denied-test-01'`);
    expect(denied).toEqual([{ action: 'case.pii.view', actor_name: 'leader', outcome: 'DENIED', resource_id: String(id) }]);
  });

  it('audits mutations with who, what and the outcome', async () => {
    const s = await h.login('reviewer');
    await h.call('POST', '/api/v1/auth/logout', { token: s.accessToken, headers: { 'x-request-id': 'logout-audit-test' } });
    const { rows } = await h.db.pool.query(`SELECT action, actor_name, outcome FROM audit_log WHERE request_id = 'logout-audit-test'`);
    expect(rows).toEqual([{ action: 'auth.logout', actor_name: 'reviewer', outcome: 'SUCCESS' }]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows to the application role, in Postgres', async () => {
    const before = (await h.db.pool.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n;
    expect(before).toBeGreaterThan(0);
    await expect(h.db.pool.query(`UPDATE audit_log SET actor_name = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(h.db.pool.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(h.db.pool.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect((await h.db.pool.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n).toBe(before);
  });

  it('lets administrators search the log, and no one else', async () => {
    const admin = await h.login('admin');
    const r = await h.call('GET', '/api/v1/audit?action=case.pii&outcome=SUCCESS&pageSize=10', { token: admin.accessToken });
    expect(r.status).toBe(200);
    expect(r.body.items[0]).toMatchObject({ action: 'case.pii.view', actorName: 'agent', resourceType: 'case' });
    const leader = await h.login('leader');
    expect((await h.call('GET', '/api/v1/audit', { token: leader.accessToken })).status).toBe(403);
  });
});
