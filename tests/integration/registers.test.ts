/**
 * The station and agent registers (DB1405 5.1, 5.2) on real Postgres: scope, the naming rule,
 * masking, Excel export and import (all-or-nothing), and their audit rows.
 */
import { Workbook } from 'exceljs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '../../api/src/config/config';
import { createApp } from '../../api/src/main';
import { maskName, maskPhone } from '../../api/src/privacy/masking';
import { FACILITIES } from '../../api/src/stations/facilities';
import { seedDatabase } from '../../prisma/seed/seed';
import { createTestClickHouse } from '../support/test-clickhouse';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { TEST_PII } from '../support/test-pii';

const PASSWORD = 'Registers-Test-Password-2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COUNTY = '/140500/140522/';
/** An 11-digit mobile number standing alone (region codes are 12 digits and do not count). */
const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

type Call = { status: number; body: any; raw: Buffer; headers: Record<string, unknown> };

describe('registers (DB1405 5.1 stations, 5.2 agents)', () => {
  let db: TestDatabase;
  let ch: Awaited<ReturnType<typeof createTestClickHouse>>;
  let app: NestFastifyApplication;
  const tokens: Record<string, string> = {};
  let townshipPath: string;
  let agentStationId: number;

  const call = async (method: string, url: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Call> => {
    const res = await app.getHttpAdapter().getInstance().inject({
      method: method as 'GET', url, payload: opts.body as object,
      headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
    });
    const json = String(res.headers['content-type'] ?? '').includes('json');
    return { status: res.statusCode, body: json ? res.json() : res.body, raw: res.rawPayload, headers: res.headers };
  };
  const upload = (url: string, token: string, file: Buffer) => call('POST', url, { token, body: file, headers: { 'content-type': XLSX } });
  const q = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.pool.query(sql, params)).rows as T[];

  async function readXlsx(file: Buffer): Promise<{ headers: string[]; rows: Record<string, unknown>[]; wb: Workbook }> {
    const wb = new Workbook();
    await wb.xlsx.load(file as never);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, unknown>[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
    });
    return { headers, rows, wb };
  }
  const toBuffer = async (wb: Workbook) => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  /** A fingerprint of every station and agent: an import that fails must leave it unchanged. */
  const registersFingerprint = async () => (await q<{ h: string }>(
    `SELECT md5(coalesce((SELECT string_agg((to_jsonb(s))::text, '|' ORDER BY id) FROM stations s), '')
      || coalesce((SELECT string_agg((to_jsonb(a))::text, '|' ORDER BY id) FROM agents a), '')) AS h`))[0].h;

  beforeAll(async () => {
    db = await createTestDatabase();
    ch = await createTestClickHouse();
    await seedDatabase(db.pool, { cases: 300, seed: 11, today: '2026-11-15', demoPassword: PASSWORD, pii: TEST_PII });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, ETL_ENABLED: 'false' });
    app = await createApp({ config, pool: db.pool, clickhouse: ch, pii: TEST_PII }, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) {
      const r = await call('POST', '/api/v1/auth/login', { body: { username: u, password: PASSWORD } });
      tokens[u] = r.body.accessToken;
    }
    townshipPath = (await q(`SELECT r.path FROM users u JOIN regions r ON r.code = u.region_code WHERE username = 'reviewer'`))[0].path;
    agentStationId = (await q(`SELECT station_id FROM users WHERE username = 'agent'`))[0].station_id;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await ch?.drop();
    // pool.end() resolves before its sockets close; DROP … WITH (FORCE) may then hit one
    db?.pool.on('error', () => undefined);
    await db?.drop();
  });

  describe('stations', () => {
    it('DB1405 5.1: a county leader lists only the stations of its county, with names, zones and what each lacks', async () => {
      const r = await call('GET', '/api/v1/stations?pageSize=200', { token: tokens.county });
      expect(r.status).toBe(200);
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%'`, [COUNTY]);
      expect(r.body.total).toBe(n);
      expect(r.body.items).toHaveLength(Math.min(200, n));
      expect(r.body.items.every((s: any) => s.countyCode === '140522' && s.countyName === '阳城县' && s.townshipName && s.villageName)).toBe(true);
      const s = r.body.items[0];
      const [row] = await q(`SELECT facilities, zones FROM stations WHERE id = $1`, [s.id]);
      expect(s.facilities).toEqual(row.facilities);
      expect(s.zones).toEqual(row.zones);
      expect(s.missingFacilities).toEqual(FACILITIES.map((f) => f.key).filter((k) => !row.facilities.includes(k)));
      expect(s.latitude).toBeGreaterThan(35.2);
      expect(s.longitude).toBeGreaterThan(112);
      // the leader sees the whole city
      const city = await call('GET', '/api/v1/stations?pageSize=1', { token: tokens.leader });
      expect(city.body.total).toBeGreaterThan(n);
    });

    it('DB1405 5.1.5: filters the stations that lack a facility; the agent sees only its own station', async () => {
      const r = await call('GET', '/api/v1/stations?missingFacility=FIRST_AID_KIT&pageSize=200', { token: tokens.county });
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM stations s JOIN regions r ON r.code = s.region_code
        WHERE r.path LIKE $1 || '%' AND NOT ('FIRST_AID_KIT' = ANY(s.facilities))`, [COUNTY]);
      expect(r.body.total).toBe(n);
      expect(r.body.items.every((s: any) => s.missingFacilities.includes('FIRST_AID_KIT'))).toBe(true);
      const any = await call('GET', '/api/v1/stations?missingFacility=ANY&pageSize=200', { token: tokens.county });
      expect(any.body.items.every((s: any) => s.missingFacilities.length > 0)).toBe(true);
      expect(any.body.total).toBeGreaterThanOrEqual(n);

      const mine = await call('GET', '/api/v1/stations', { token: tokens.agent });
      expect(mine.body.items.map((s: any) => s.id)).toEqual([agentStationId]);
      const other = await call('GET', '/api/v1/stations?region=140525', { token: tokens.county });
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('REGION.NOT_FOUND');
    });

    it('answers 404 STATION.NOT_FOUND for a station outside the scope, for reading and writing alike', async () => {
      const [outside] = await q(`SELECT s.id FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path NOT LIKE $1 || '%' ORDER BY s.id LIMIT 1`, [COUNTY]);
      for (const r of [
        await call('GET', `/api/v1/stations/${outside.id}`, { token: tokens.county }),
        await call('PATCH', `/api/v1/stations/${outside.id}`, { token: tokens.county, body: { openingHours: '全天' } }),
        await call('GET', '/api/v1/stations/999999999', { token: tokens.county }),
        await call('GET', '/api/v1/stations/not-an-id', { token: tokens.county }),
      ]) {
        expect(r.status).toBe(404);
        expect(r.body).toMatchObject({ code: 'STATION.NOT_FOUND', message: '服务站不存在或不在您的管辖范围内' });
      }
      const mine = await call('GET', `/api/v1/stations/${agentStationId}`, { token: tokens.agent });
      expect(mine.status).toBe(200);
      expect(mine.body.agents.length).toBeGreaterThan(0);
      expect(mine.raw.toString()).not.toMatch(FULL_MOBILE);
      // the agent may read but not write (403 from the guard, before any lookup)
      expect((await call('PATCH', `/api/v1/stations/${agentStationId}`, { token: tokens.agent, body: { openingHours: '全天' } })).status).toBe(403);
    });

    it('DB1405 5.1.1: refuses a name that is not "XX村便民服务站"; one station per village', async () => {
      const [township] = await q(`SELECT code, path FROM regions WHERE path = $1`, [townshipPath]);
      const code = `${township.code}999`;
      await q(`INSERT INTO regions (code, name, level, parent_code, path) VALUES ($1, '新建村', 'VILLAGE', $2, $3)`, [code, township.code, `${township.path}${code}/`]);
      const body = { regionCode: code, name: '新建便民服务站', address: '新建村村委会', openingHours: '周一至周五 8:30-17:30', facilities: ['SEATS', 'PHONE'], zones: ['OFFICE'] };
      const bad = await call('POST', '/api/v1/stations', { token: tokens.reviewer, body });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'STATION.INVALID_NAME', message: '站点名称应为“XX村便民服务站”' });
      const ok = await call('POST', '/api/v1/stations', { token: tokens.reviewer, body: { ...body, name: '新建村便民服务站', latitude: 35.49, longitude: 112.41 } });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ regionCode: code, name: '新建村便民服务站', facilities: ['SEATS', 'PHONE'], agentCount: 0, latitude: 35.49 });
      expect(ok.body.missingFacilities).toHaveLength(9);
      const again = await call('POST', '/api/v1/stations', { token: tokens.reviewer, body: { ...body, name: '新建村便民服务站' } });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('STATION.EXISTS');
      // a station belongs to a village, not to a township
      const onTownship = await call('POST', '/api/v1/stations', { token: tokens.county, body: { ...body, regionCode: township.code, name: '新建村便民服务站' } });
      expect(onTownship.status).toBe(422);
      expect(onTownship.body.code).toBe('STATION.REGION_NOT_VILLAGE');
      const rename = await call('PATCH', `/api/v1/stations/${ok.body.id}`, { token: tokens.reviewer, body: { name: '新建村服务站' } });
      expect(rename.status).toBe(400);
      expect(rename.body.code).toBe('STATION.INVALID_NAME');
      const swapped = await call('PATCH', `/api/v1/stations/${ok.body.id}`, { token: tokens.reviewer, body: { latitude: 112.41, longitude: 35.49 } });
      expect(swapped.status).toBe(400);
      expect(swapped.body.code).toBe('STATION.INVALID_COORDINATES');
      const unknown = await call('PATCH', `/api/v1/stations/${ok.body.id}`, { token: tokens.reviewer, body: { facilities: ['HELIPAD'] } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('VALIDATION.FAILED');
      // outside the reviewer's township: as if the village did not exist
      const [far] = await q(`SELECT code FROM regions WHERE level = 'VILLAGE' AND path NOT LIKE $1 || '%' LIMIT 1`, [COUNTY]);
      const outside = await call('POST', '/api/v1/stations', { token: tokens.reviewer, body: { ...body, regionCode: far.code, name: '远方村便民服务站' } });
      expect(outside.status).toBe(404);
    });

    it('ticks a facility off the missing list (DB1405 5.1.5)', async () => {
      const [s] = await q(`SELECT s.id, s.facilities FROM stations s JOIN regions r ON r.code = s.region_code
        WHERE r.path LIKE $1 || '%' AND cardinality(s.facilities) < 11 ORDER BY s.id LIMIT 1`, [townshipPath]);
      const before = await call('GET', `/api/v1/stations/${s.id}`, { token: tokens.reviewer });
      const lacking = before.body.missingFacilities[0];
      const r = await call('PATCH', `/api/v1/stations/${s.id}`, { token: tokens.reviewer, body: { facilities: [...s.facilities, lacking] } });
      expect(r.status).toBe(200);
      expect(r.body.missingFacilities).not.toContain(lacking);
      expect((await q(`SELECT facilities FROM stations WHERE id = $1`, [s.id]))[0].facilities).toContain(lacking);
    });
  });

  describe('agents', () => {
    it('DB1405 5.2: lists agents with names and phones masked — no full mobile number in the body', async () => {
      const r = await call('GET', '/api/v1/agents?pageSize=200', { token: tokens.county });
      expect(r.status).toBe(200);
      expect(r.raw.toString()).not.toMatch(FULL_MOBILE);
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM agents a JOIN stations s ON s.id = a.station_id JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%'`, [COUNTY]);
      expect(r.body.total).toBe(n);
      const ids = r.body.items.map((a: any) => a.id);
      const rows = await q(`SELECT id, name, phone FROM agents WHERE id = ANY($1::int[])`, [ids]);
      const byId = new Map(rows.map((a) => [a.id, a]));
      for (const a of r.body.items) {
        expect(a.name).toBe(maskName(byId.get(a.id).name));
        expect(a.phone).toBe(maskPhone(byId.get(a.id).phone));
        expect(a.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(r.raw.toString()).not.toContain(byId.get(a.id).phone);
      }
      expect(r.body.items[0]).toEqual(expect.objectContaining({ category: expect.any(String), stationName: expect.stringMatching(/村便民服务站$/), skills: expect.any(Array) }));
      const mine = await call('GET', '/api/v1/agents', { token: tokens.agent });
      expect(new Set(mine.body.items.map((a: any) => a.stationId))).toEqual(new Set([agentStationId]));
    });

    it('DB1405 5.2.4: counts this year\'s training hours, shows the records, records a new one', async () => {
      const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
      const [agent] = await q(`SELECT a.id, a.name, a.phone, coalesce(sum(t.hours) FILTER (WHERE extract(year FROM t.date) = $2), 0)::float AS hours
        FROM agents a JOIN stations s ON s.id = a.station_id JOIN regions r ON r.code = s.region_code
        LEFT JOIN agent_trainings t ON t.agent_id = a.id
        WHERE r.path LIKE $1 || '%' GROUP BY a.id HAVING count(t.id) >= 2 ORDER BY a.id LIMIT 1`, [townshipPath, year]);
      const list = await call('GET', `/api/v1/agents?q=${encodeURIComponent(agent.name)}&pageSize=200`, { token: tokens.reviewer });
      expect(list.body.items.find((a: any) => a.id === agent.id).trainingHoursThisYear).toBe(agent.hours);
      const detail = await call('GET', `/api/v1/agents/${agent.id}`, { token: tokens.reviewer });
      expect(detail.status).toBe(200);
      expect(detail.body.name).toBe(agent.name);
      expect(detail.body.phone).toBe(maskPhone(agent.phone));
      expect(detail.raw.toString()).not.toContain(agent.phone);
      expect(detail.body.trainings.length).toBeGreaterThanOrEqual(2);
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const add = await call('POST', `/api/v1/agents/${agent.id}/trainings`, { token: tokens.reviewer, body: { course: '医保政策解读', provider: '县医疗保障局', date: today, hours: 2.5 } });
      expect(add.status).toBe(201);
      expect(add.body).toMatchObject({ course: '医保政策解读', date: today, hours: 2.5 });
      const after = await call('GET', `/api/v1/agents/${agent.id}`, { token: tokens.reviewer });
      expect(after.body.trainingHoursThisYear).toBeCloseTo(agent.hours + 2.5, 5);
      const future = await call('POST', `/api/v1/agents/${agent.id}/trainings`, { token: tokens.reviewer, body: { course: '未来培训', date: '2999-01-01', hours: 2 } });
      expect(future.status).toBe(400);
      expect(future.body.code).toBe('AGENT.INVALID_TRAINING_DATE');
    });

    it('creates and edits agents within the scope only; a duplicate is 409', async () => {
      const [[inside], [outside]] = [
        await q(`SELECT s.id FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%' ORDER BY s.id LIMIT 1`, [townshipPath]),
        await q(`SELECT s.id FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path NOT LIKE $1 || '%' ORDER BY s.id LIMIT 1`, [COUNTY]),
      ];
      const body = { stationId: inside.id, name: '王登记', category: 'GRID_LEADER', phone: '13911112222', skills: ['社保'] };
      const created = await call('POST', '/api/v1/agents', { token: tokens.reviewer, body });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: '王登记', phone: '139****2222', category: 'GRID_LEADER', active: true, trainingHoursThisYear: 0 });
      expect((await call('POST', '/api/v1/agents', { token: tokens.reviewer, body })).body.code).toBe('AGENT.EXISTS');
      const badPhone = await call('POST', '/api/v1/agents', { token: tokens.reviewer, body: { ...body, phone: '12345' } });
      expect(badPhone.status).toBe(400);
      const far = await call('POST', '/api/v1/agents', { token: tokens.reviewer, body: { ...body, stationId: outside.id } });
      expect(far.status).toBe(404);
      expect(far.body.code).toBe('STATION.NOT_FOUND');
      const edit = await call('PATCH', `/api/v1/agents/${created.body.id}`, { token: tokens.reviewer, body: { active: false, skills: ['社保', '医保'] } });
      expect(edit.body).toMatchObject({ active: false, skills: ['社保', '医保'] });
      const [outAgent] = await q(`SELECT id FROM agents WHERE station_id = $1 LIMIT 1`, [outside.id]);
      const foreign = await call('PATCH', `/api/v1/agents/${outAgent.id}`, { token: tokens.reviewer, body: { active: false } });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('AGENT.NOT_FOUND');
      expect((await call('GET', `/api/v1/agents/${outAgent.id}`, { token: tokens.agent })).status).toBe(404);
    });
  });

  describe('Excel export and import', () => {
    it('exports the scoped station register as .xlsx equal to the database (facilities ✓/✗, 缺少设施)', async () => {
      const r = await call('GET', '/api/v1/stations/export.xlsx', { token: tokens.reviewer });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe(XLSX);
      expect(String(r.headers['content-disposition'])).toMatch(/^attachment; filename="stations-\d{8}\.xlsx"; filename\*=UTF-8''/);
      const { headers, rows, wb } = await readXlsx(r.raw);
      expect(headers.slice(0, 10)).toEqual(['区域代码', '县（市、区）', '乡镇（街道）', '村（社区）', '站点名称', '地址', '开放时间', '纬度', '经度', '功能分区']);
      expect(headers.slice(10, 21)).toEqual(FACILITIES.map((f) => f.label));
      expect(headers.slice(21)).toEqual(['缺少设施', '代办员人数']);
      const dbRows = await q(`SELECT s.region_code, s.name, s.address, s.facilities, s.latitude::float AS lat,
          (SELECT count(*)::int FROM agents a WHERE a.station_id = s.id AND a.active) AS agents
        FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%' ORDER BY s.region_code`, [townshipPath]);
      expect(rows.map((x) => x['区域代码'])).toEqual(dbRows.map((d) => d.region_code));
      rows.forEach((x, i) => {
        const d = dbRows[i];
        expect([x['站点名称'], x['地址'], x['纬度'], x['代办员人数']]).toEqual([d.name, d.address, d.lat, d.agents]);
        for (const f of FACILITIES) expect(x[f.label]).toBe(d.facilities.includes(f.key) ? '✓' : '✗');
        expect(x['缺少设施']).toBe(FACILITIES.filter((f) => !d.facilities.includes(f.key)).map((f) => f.label).join('、'));
      });
      // a missing facility is printed in red
      const ws = wb.worksheets[0];
      const i = rows.findIndex((x) => x['缺少设施']);
      expect(i).toBeGreaterThanOrEqual(0);
      const col = headers.indexOf(FACILITIES.find((f) => rows[i][f.label] === '✗')!.label) + 1;
      expect(ws.getRow(i + 2).getCell(col).font?.color?.argb).toBe('FFC00000');
    });

    it('exports agents masked, equal to the database', async () => {
      const r = await call('GET', '/api/v1/agents/export.xlsx', { token: tokens.reviewer });
      expect(r.status).toBe(200);
      const { headers, rows } = await readXlsx(r.raw);
      expect(headers).toEqual(['区域代码', '服务站', '姓名', '类别', '联系电话', '业务专长', '在岗', '本年培训学时']);
      const dbRows = await q(`SELECT a.name, a.phone, s.region_code FROM agents a JOIN stations s ON s.id = a.station_id JOIN regions r ON r.code = s.region_code
        WHERE r.path LIKE $1 || '%' ORDER BY s.region_code, a.id`, [townshipPath]);
      expect(rows.map((x) => [x['区域代码'], x['姓名'], x['联系电话']])).toEqual(dbRows.map((d) => [d.region_code, maskName(d.name), maskPhone(d.phone)]));
      expect(rows.some((x) => FULL_MOBILE.test(String(x['联系电话'])))).toBe(false);
    });

    it('imports nothing when one row is bad: 422 IMPORT.INVALID_ROWS names its Excel row and column', async () => {
      const exported = await call('GET', '/api/v1/stations/export.xlsx', { token: tokens.reviewer });
      const { wb, headers } = await readXlsx(exported.raw);
      const ws = wb.worksheets[0];
      const nameCol = headers.indexOf('站点名称') + 1;
      const addressCol = headers.indexOf('地址') + 1;
      ws.getRow(2).getCell(addressCol).value = '这一行是好的，但也不应写入';
      ws.getRow(4).getCell(nameCol).value = '第四行服务站';
      const before = await registersFingerprint();
      const [{ n: stationsBefore }] = await q(`SELECT count(*)::int AS n FROM stations`);
      const r = await upload('/api/v1/stations/import', tokens.reviewer, await toBuffer(wb));
      expect(r.status).toBe(422);
      expect(r.body.code).toBe('IMPORT.INVALID_ROWS');
      expect(r.body.message).toMatch(/未导入任何数据/);
      expect(r.body.details).toEqual([{ row: 4, column: '站点名称', message: '站点名称应为“XX村便民服务站”' }]);
      expect(await registersFingerprint()).toBe(before);
      expect((await q(`SELECT count(*)::int AS n FROM stations`))[0].n).toBe(stationsBefore);
    });

    it('updates every row of a good import in one go, and creates the new ones', async () => {
      const exported = await call('GET', '/api/v1/stations/export.xlsx', { token: tokens.reviewer });
      const { wb, headers, rows } = await readXlsx(exported.raw);
      const ws = wb.worksheets[0];
      const col = (h: string) => headers.indexOf(h) + 1;
      ws.getRow(2).getCell(col('地址')).value = '导入修改的地址一';
      ws.getRow(3).getCell(col('地址')).value = '导入修改的地址二';
      const lacking = FACILITIES.find((f) => rows[1][f.label] === '✗');
      if (lacking) ws.getRow(3).getCell(col(lacking.label)).value = '是';
      // a village of the township without a station: created by the import
      const [township] = await q(`SELECT code, path FROM regions WHERE path = $1`, [townshipPath]);
      const code = `${township.code}998`;
      await q(`INSERT INTO regions (code, name, level, parent_code, path) VALUES ($1, '导入村', 'VILLAGE', $2, $3)`, [code, township.code, `${township.path}${code}/`]);
      const added = ws.addRow([]);
      added.getCell(col('区域代码')).value = code;
      added.getCell(col('站点名称')).value = '导入村便民服务站';
      added.getCell(col('地址')).value = '导入村村委会';
      added.getCell(col('开放时间')).value = '工作日 9:00-17:00';
      added.getCell(col('功能分区')).value = '日常办公区、办事等候区';
      for (const f of FACILITIES) added.getCell(col(f.label)).value = f.key === 'PRINTER' ? '✗' : '✓';
      const r = await upload('/api/v1/stations/import', tokens.reviewer, await toBuffer(wb));
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ created: 1, updated: rows.length });
      const [one, two] = await q(`SELECT address, facilities FROM stations WHERE region_code = ANY($1::text[]) ORDER BY region_code`, [[rows[0]['区域代码'], rows[1]['区域代码']]]);
      expect(one.address).toBe('导入修改的地址一');
      expect(two.address).toBe('导入修改的地址二');
      if (lacking) expect(two.facilities).toContain(lacking.key);
      const [created] = await q(`SELECT name, zones, facilities FROM stations WHERE region_code = $1`, [code]);
      expect(created).toEqual({ name: '导入村便民服务站', zones: ['OFFICE', 'WAITING'], facilities: FACILITIES.map((f) => f.key).filter((k) => k !== 'PRINTER') });
    });

    it('refuses rows outside the caller\'s scope, masked agent values, and files that are not workbooks', async () => {
      const [far] = await q(`SELECT region_code FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path NOT LIKE $1 || '%' LIMIT 1`, [COUNTY]);
      const [mine] = await q(`SELECT a.name, a.phone, s.region_code FROM agents a JOIN stations s ON s.id = a.station_id WHERE s.id = $1 ORDER BY a.id LIMIT 1`, [agentStationId]);
      const wb = new Workbook();
      const ws = wb.addWorksheet('代办员');
      ws.addRow(['区域代码', '服务站', '姓名', '类别', '联系电话', '业务专长', '在岗']);
      ws.addRow([mine.region_code, '', mine.name, '网格长', mine.phone, '社保、医保', '是']); // update
      ws.addRow([mine.region_code, '', '赵新人', '大学生村干部', '15512345678', '', '']); // create
      const good = await toBuffer(wb);
      ws.addRow([far.region_code, '', '钱远方', '党员', '13512345678', '', '']);
      ws.addRow([mine.region_code, '', maskName(mine.name), '党员', maskPhone(mine.phone), '', '']);
      const before = await registersFingerprint();
      const bad = await upload('/api/v1/agents/import', tokens.county, await toBuffer(wb));
      expect(bad.status).toBe(422);
      expect(bad.body.details).toEqual([
        { row: 4, column: '区域代码', message: '该区域没有服务站，或不在您的管辖范围内' },
        { row: 5, column: '姓名', message: '姓名为脱敏显示，请填写完整姓名' },
        { row: 5, column: '联系电话', message: '联系电话为脱敏显示，请填写完整的手机号码' },
      ]);
      expect(await registersFingerprint()).toBe(before);

      const ok = await upload('/api/v1/agents/import', tokens.county, good);
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ created: 1, updated: 1 });
      const changed = await q(`SELECT name, category, skills FROM agents WHERE station_id = $1 AND name = ANY($2::text[]) ORDER BY id`, [agentStationId, [mine.name, '赵新人']]);
      expect(changed).toEqual([
        { name: mine.name, category: 'GRID_LEADER', skills: ['社保', '医保'] },
        { name: '赵新人', category: 'GRADUATE_VILLAGE_OFFICIAL', skills: [] },
      ]);

      const notZip = await call('POST', '/api/v1/stations/import', { token: tokens.reviewer, body: Buffer.from('区域代码,站点名称\n'), headers: { 'content-type': XLSX } });
      expect(notZip.status).toBe(400);
      expect(notZip.body.code).toBe('IMPORT.NOT_XLSX');
      const json = await call('POST', '/api/v1/stations/import', { token: tokens.reviewer, body: { file: 'x' } });
      expect(json.body.code).toBe('IMPORT.NOT_XLSX');
      const huge = await upload('/api/v1/stations/import', tokens.reviewer, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(5 * 1024 * 1024 + 1)]));
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('REQUEST.TOO_LARGE');
      expect((await upload('/api/v1/stations/import', tokens.agent, good)).status).toBe(403);
      expect((await call('GET', '/api/v1/stations/export.xlsx', { token: tokens.agent })).status).toBe(403);
    });

    it('audits every export and import with its outcome', async () => {
      const rows = await q(`SELECT action, outcome, actor_name FROM audit_log WHERE action LIKE '%.export' OR action LIKE '%.import' ORDER BY id`);
      const has = (action: string, outcome: string, actor: string) => rows.some((r) => r.action === action && r.outcome === outcome && r.actor_name === actor);
      expect(has('station.export', 'SUCCESS', 'reviewer')).toBe(true);
      expect(has('agent.export', 'SUCCESS', 'reviewer')).toBe(true);
      expect(has('station.import', 'FAILURE', 'reviewer')).toBe(true);
      expect(has('station.import', 'SUCCESS', 'reviewer')).toBe(true);
      expect(has('agent.import', 'FAILURE', 'county')).toBe(true);
      expect(has('agent.import', 'SUCCESS', 'county')).toBe(true);
    });
  });
});
