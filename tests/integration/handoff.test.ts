import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { Clock } from '../../api/src/cases/clock';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 7.2.2-7.2.3: a township item taken at the village station, scanned (b), handed up, worked
// by the township window — confirm materials (a), review, sign, stamp, issue (c) — returned (d)
// and delivered to the citizen (e). Uploads are typed by their bytes and stored by SHA-256.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MAX_BYTES = 64 * 1024;

/** A real one-page PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A real 2×2 grey PNG (signature, IHDR, IDAT, IEND with their CRCs). */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.from([0, 0x80, 0x80, 0, 0x80, 0x80]); // filter byte + 2 pixels per row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const PNG = png();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('cross-level hand-off with uploads (DB1405 7.2.2-7.2.3)', () => {
  let h: ApiHarness;
  let uploads: string;
  const tokens: Record<string, string> = {};
  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const call = async (user: string, method: string, url: string, body?: unknown, headers?: Record<string, string>) => {
    const r = await h.call(method, url, { token: tokens[user], body, headers });
    return { status: r.status, body: r.body as Body, raw: r.raw, headers: r.headers };
  };
  const upload = (caseId: number, bytes: Buffer, type: string, q: string) =>
    call('agent', 'POST', `/api/v1/cases/${caseId}/files?${q}`, bytes, { 'content-type': type });
  const fileRows = async (caseId: number): Promise<number> => (await h.db.pool.query('SELECT count(*)::int AS n FROM case_files WHERE case_id = $1', [caseId])).rows[0].n;
  const itemId = async (code: string): Promise<number> => (await h.db.pool.query('SELECT id FROM catalogue_items WHERE code = $1', [code])).rows[0].id;
  const accepted = async (code: string) => {
    const item = await itemId(code);
    const list = await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${item}`);
    expect(list.body.crossLevel).toBe(true);
    const c = await call('agent', 'POST', '/api/v1/cases', {
      itemId: item, citizen: { name: '赵小红', phone: '13512345678' }, consent: { given: true, method: 'VERBAL_RECORDED' },
      providedMaterialIds: list.body.materials.map((m: Body) => m.id),
    });
    expect(c.body.status).toBe('ACCEPTED');
    return (await call('agent', 'POST', `/api/v1/cases/${c.body.id}/start`, { expectedVersion: c.body.version })).body;
  };

  beforeAll(async () => {
    uploads = mkdtempSync(path.join(os.tmpdir(), 'rp-uploads-'));
    h = await startApi({ env: { ALERTS_ENABLED: 'false', UPLOAD_DIR: uploads, UPLOAD_MAX_BYTES: String(MAX_BYTES) } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
  }, 180_000);

  afterAll(async () => {
    // test-db's pool.end() resolves before its sockets close; DROP … WITH (FORCE) may then hit one.
    h?.db.pool.on('error', () => undefined);
    await h?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  it('a full township case: scans, hand-up, the five upper steps in order, return, completion, delivery, and the timeline', async () => {
    setNow('2026-10-12T01:00:00Z'); // Monday 09:00 Beijing time
    let c = await accepted('JC-RS-007'); // 就业失业登记: township, 5 working days → due 10-19
    expect(c).toMatchObject({ status: 'IN_PROGRESS', dueDate: '2026-10-19', level: 'TOWNSHIP' });

    // DB1405 7.2.3 b): no hand-up without the scans
    expect((await call('agent', 'POST', `/api/v1/cases/${c.id}/handoffs`, { expectedVersion: c.version })).body.code).toBe('CASE.NO_FILES');

    const pdf = await upload(c.id, PDF, 'application/pdf', `materialName=${encodeURIComponent('居民身份证')}&fileName=${encodeURIComponent('身份证.pdf')}`);
    expect(pdf.status).toBe(201);
    const png = await upload(c.id, PNG, 'image/png', `materialName=${encodeURIComponent('户口簿')}`);
    expect(png.status).toBe(201);
    c = png.body;
    expect(c.files).toEqual([
      expect.objectContaining({ materialName: '居民身份证', fileName: '身份证.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, sha256: sha(PDF), uploadedBy: 'agent' }),
      expect.objectContaining({ materialName: '户口簿', fileName: '户口簿.png', mimeType: 'image/png', sizeBytes: PNG.length, sha256: sha(PNG), handoffId: null }),
    ]);
    // stored by checksum, byte for byte
    for (const b of [PDF, PNG]) expect(readFileSync(path.join(uploads, sha(b).slice(0, 2), sha(b)))).toEqual(b);
    const dbSha = (await h.db.pool.query('SELECT sha256 FROM case_files WHERE case_id = $1 ORDER BY id', [c.id])).rows.map((r) => r.sha256);
    expect(dbSha).toEqual([sha(PDF), sha(PNG)]);

    setNow('2026-10-12T02:00:00Z');
    const up = await call('agent', 'POST', `/api/v1/cases/${c.id}/handoffs`, { expectedVersion: c.version, note: '已与镇便民服务中心在线确认材料与时限' });
    expect(up.status).toBe(201);
    const township = (await h.db.pool.query(
      `SELECT split_part(r.path, '/', 4) AS code FROM users u JOIN stations s ON s.id = u.station_id JOIN regions r ON r.code = s.region_code WHERE u.username = 'agent'`,
    )).rows[0].code;
    expect(up.body.status).toBe('HANDED_UP');
    const hop = up.body.handoffs[0];
    expect(hop).toMatchObject({
      level: 'TOWNSHIP', toRegion: { code: township }, status: 'HANDED_UP', nextStep: 'confirm-materials', handedUpBy: 'agent',
      dueDate: '2026-10-16', note: '已与镇便民服务中心在线确认材料与时限', // the working day before the case is due
    });
    expect(hop.files.map((f: Body) => f.sha256)).toEqual([sha(PDF), sha(PNG)]);

    // the township window sees it waiting; the station cannot act for it
    const waiting = await call('reviewer', 'GET', '/api/v1/handoffs');
    expect(waiting.status).toBe(200);
    expect(waiting.body.items.find((i: Body) => i.id === hop.id)).toMatchObject({ status: 'HANDED_UP', files: 2, case: { id: c.id, citizenName: '赵*红' } });
    expect((await call('county', 'GET', '/api/v1/handoffs?status=HANDED_UP')).body.items.some((i: Body) => i.id === hop.id)).toBe(true);
    expect((await call('agent', 'GET', '/api/v1/handoffs')).status).toBe(403);
    expect((await call('agent', 'POST', `/api/v1/handoffs/${hop.id}/confirm-materials`, {})).status).toBe(403);

    // the reviewer reads the scans (audited as a personal-data view)
    const file = await h.app.getHttpAdapter().getInstance().inject({
      method: 'GET', url: `/api/v1/cases/${c.id}/files/${up.body.files[0].id}`,
      headers: { authorization: `Bearer ${tokens.reviewer}`, 'x-request-id': 'scan-view-test-1' },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(String(file.headers['content-disposition'])).toContain("filename*=UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81.pdf");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audit = (await h.db.pool.query(`SELECT action, actor_name, resource_id FROM audit_log WHERE request_id = 'scan-view-test-1'`)).rows;
    expect(audit).toEqual([{ action: 'case.file.view', actor_name: 'reviewer', resource_id: String(c.id) }]);

    // DB1405 7.2.3 a)-d), strictly in order
    const outOfOrder = await call('reviewer', 'POST', `/api/v1/handoffs/${hop.id}/sign`, {});
    expect(outOfOrder).toMatchObject({ status: 409, body: { code: 'HANDOFF.OUT_OF_ORDER', message: '上报件当前为“待确认材料”，应先确认材料，不能签字' } });
    const steps: [string, string, Body][] = [
      ['confirm-materials', '2026-10-12T03:00:00Z', { note: '材料齐全' }],
      ['review', '2026-10-13T01:30:00Z', {}],
      ['sign', '2026-10-13T02:00:00Z', {}],
      ['stamp', '2026-10-13T02:10:00Z', {}],
      ['issue', '2026-10-14T01:00:00Z', { certificateNo: 'YC-JY-2026-000123' }],
      ['return', '2026-10-14T02:00:00Z', { resultNote: '已办结，《就业创业证》随件回传' }],
    ];
    for (const [step, at, body] of steps) {
      setNow(at);
      if (step === 'issue') expect((await call('reviewer', 'POST', `/api/v1/handoffs/${hop.id}/issue`, {})).body.code).toBe('VALIDATION.FAILED');
      const r = await call('reviewer', 'POST', `/api/v1/handoffs/${hop.id}/${step}`, body);
      expect([step, r.status]).toEqual([step, 200]);
      c = r.body;
    }
    expect((await call('reviewer', 'POST', `/api/v1/handoffs/${hop.id}/return`, { resultNote: '再回传一次' })).body.code).toBe('HANDOFF.OUT_OF_ORDER');
    expect(c.status).toBe('IN_PROGRESS');
    const done = c.handoffs[0];
    expect(done).toMatchObject({ status: 'RETURNED', nextStep: null, certificateNo: 'YC-JY-2026-000123', resultNote: '已办结，《就业创业证》随件回传', reviewer: 'reviewer', overdue: false });
    expect(done.steps.map((s: Body) => [s.step, s.minutesSincePrevious])).toEqual([
      ['HANDED_UP', null], ['MATERIALS_CONFIRMED', 60], ['REVIEWED', 1350], ['SIGNED', 30], ['STAMPED', 10], ['ISSUED', 1370], ['RETURNED', 60],
    ]);
    expect(done.elapsedMinutes).toBe(2880);
    expect(done.elapsedWorkingDays).toBe(2);
    expect((await call('reviewer', 'GET', '/api/v1/handoffs')).body.items.some((i: Body) => i.id === hop.id)).toBe(false);

    // the station completes, notifies and delivers (DB1405 6.4.1, 7.2.3 e)
    setNow('2026-10-14T06:00:00Z');
    c = (await call('agent', 'POST', `/api/v1/cases/${c.id}/complete`, { expectedVersion: c.version })).body;
    c = (await call('agent', 'POST', `/api/v1/cases/${c.id}/notify`, { expectedVersion: c.version, channel: 'WECHAT' })).body;
    setNow('2026-10-15T01:00:00Z');
    const delivered = await call('agent', 'POST', `/api/v1/cases/${c.id}/deliver`, { expectedVersion: c.version, note: '证件已交本人' });
    expect(delivered.status).toBe(200);
    c = delivered.body;
    expect(c).toMatchObject({ status: 'COMPLETED', deliveredAt: '2026-10-15T01:00:00.000Z', notification: { channel: 'WECHAT' } });

    // the timeline lists every step, each by who did it
    expect(c.events.map((e: Body) => [e.type, e.actor])).toEqual([
      ['CREATED', 'agent'], ['STARTED', 'agent'], ['FILE_UPLOADED', 'agent'], ['FILE_UPLOADED', 'agent'], ['HANDED_UP', 'agent'],
      ['HANDOFF_MATERIALS_CONFIRMED', 'reviewer'], ['HANDOFF_REVIEWED', 'reviewer'], ['HANDOFF_SIGNED', 'reviewer'], ['HANDOFF_STAMPED', 'reviewer'],
      ['CERTIFICATE_ISSUED', 'reviewer'], ['RESULT_RETURNED', 'reviewer'], ['COMPLETED', 'agent'], ['NOTIFIED', 'agent'], ['DELIVERED', 'agent'],
    ]);
    expect(c.events.find((e: Body) => e.type === 'RESULT_RETURNED')).toMatchObject({ fromStatus: 'HANDED_UP', toStatus: 'IN_PROGRESS' });
    expect(c.version).toBe(c.events.length);
  });

  it('uploads are refused by content: 415 for a PNG sent as PDF or named .pdf, 413 when too large; nothing is stored', async () => {
    setNow('2026-10-12T01:00:00Z');
    const c = await accepted('JC-RS-007');
    const before = await fileRows(c.id);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
    const cases: [Buffer, string, string, number, string][] = [
      [PNG, 'application/pdf', 'materialName=scan', 415, 'UPLOAD.TYPE_MISMATCH'],
      [PNG, 'image/png', 'materialName=scan&fileName=scan.pdf', 415, 'UPLOAD.TYPE_MISMATCH'],
      [PDF, 'image/jpeg', 'materialName=scan', 415, 'UPLOAD.TYPE_MISMATCH'],
      [Buffer.from('MZ\x90\x00 not a document'), 'application/pdf', 'materialName=scan', 415, 'UPLOAD.TYPE_MISMATCH'],
      [Buffer.from('hello'), 'text/plain', 'materialName=scan', 415, 'UPLOAD.TYPE_MISMATCH'],
      [big, 'application/pdf', 'materialName=big', 413, 'UPLOAD.TOO_LARGE'],
      [PDF, 'application/pdf', 'fileName=a.pdf', 400, 'VALIDATION.FAILED'],
    ];
    for (const [bytes, type, q, status, code] of cases) {
      const r = await upload(c.id, bytes, type, q);
      expect({ type, q, status: r.status, code: r.body.code }).toEqual({ type, q, status, code });
      expect(r.body.requestId).toBeTruthy();
      expect(typeof r.body.message).toBe('string');
    }
    // a body without Content-Length (streamed) is counted as it arrives
    const streamed = await h.app.getHttpAdapter().getInstance().inject({
      method: 'POST', url: `/api/v1/cases/${c.id}/files?materialName=big`, payload: Readable.from([PDF, Buffer.alloc(MAX_BYTES)]),
      headers: { authorization: `Bearer ${tokens.agent}`, 'content-type': 'application/pdf' },
    });
    expect({ status: streamed.statusCode, code: streamed.json().code }).toEqual({ status: 413, code: 'UPLOAD.TOO_LARGE' });
    expect(await fileRows(c.id)).toBe(before);
    expect(existsSync(path.join(uploads, sha(big).slice(0, 2), sha(big)))).toBe(false);
    const unknown = await call('agent', 'GET', `/api/v1/cases/${c.id}/files/999999`);
    expect(unknown.body.code).toBe('CASE.FILE_NOT_FOUND');
  });

  it('a county item goes to the county window: the township reviewer cannot see or act on the hop, the county leader can', async () => {
    setNow('2026-10-12T01:00:00Z');
    let c = await accepted('JC-GA-002'); // 户口迁移: county level
    c = (await upload(c.id, PDF, 'application/pdf', 'materialName=%E5%87%86%E8%BF%81%E8%AF%81')).body;
    c = (await call('agent', 'POST', `/api/v1/cases/${c.id}/handoffs`, { expectedVersion: c.version })).body;
    const hop = c.handoffs[0];
    expect(hop).toMatchObject({ level: 'COUNTY', toRegion: { code: '140522' } });
    expect((await call('reviewer', 'GET', '/api/v1/handoffs')).body.items.some((i: Body) => i.id === hop.id)).toBe(false);
    expect((await call('reviewer', 'POST', `/api/v1/handoffs/${hop.id}/confirm-materials`, {})).body.code).toBe('HANDOFF.NOT_FOUND');
    expect((await call('leader', 'POST', `/api/v1/handoffs/${hop.id}/confirm-materials`, {})).status).toBe(403);
    const ok = await call('county', 'POST', `/api/v1/handoffs/${hop.id}/confirm-materials`, {});
    expect(ok.status).toBe(200);
    expect(ok.body.handoffs[0].status).toBe('MATERIALS_CONFIRMED');
    // two reviewers racing on the same step: one wins
    const race = await Promise.all([1, 2].map(() => call('county', 'POST', `/api/v1/handoffs/${hop.id}/review`, {})));
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const types = (await call('agent', 'GET', `/api/v1/cases/${c.id}`)).body.events.map((e: Body) => e.type);
    expect(types.filter((t: string) => t === 'HANDOFF_REVIEWED')).toHaveLength(1);
  });
});
