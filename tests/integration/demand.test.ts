import type { PoolClient } from 'pg';
import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { Clock } from '../../api/src/cases/clock';
import { readSheet } from '../../api/src/excel/read-sheet';
import { CLICKHOUSE } from '../../api/src/infra/tokens';
import { groupTopics } from '../../api/src/demand/normalise-topic';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 7.1.2-7.1.3: demand frequency for catalogue adjustment, read from ClickHouse. Demand is
// written into Postgres by SQL, moved by the ETL, and every figure the API returns is compared with
// the same figure computed independently on Postgres (the truth) for the same period and region.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FROM = '2026-09';
const TO = '2026-10';
const PREV = { fromDate: '2026-07-01', fromCur: '2026-09-01', toExclusive: '2026-11-01' };
const COUNTY = '140522'; // 阳城县, the demo user "county"
const TOPIC = ['宅基地审批', '咨询 宅基地审批的问题', '关于宅基地审批？'] as const;
const LOCAL = `AT TIME ZONE 'Asia/Shanghai'`;

interface Spot { station: number; agent: number; township: string; county: string }

describe('demand statistics (DB1405 7.1.2-7.1.3)', () => {
  let h: ApiHarness;
  let ch: ClickHouse;
  const tokens: Record<string, string> = {};
  const q = async <T = Body>(sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows as T[];
  const get = async (user: string, url: string) => {
    const r = await h.call('GET', url, { token: tokens[user] });
    return { status: r.status, body: r.body as Body };
  };
  const post = async (user: string, body: unknown) => {
    const r = await h.call('POST', '/api/v1/demand/suggestions/proposal', { token: tokens[user], body });
    return { status: r.status, body: r.body as Body };
  };
  const period = (region?: string) => `from=${FROM}&to=${TO}${region ? `&region=${region}` : ''}`;
  let inCounty: Spot[] = [];
  let elsewhere: Spot[] = [];
  let moveItem: number; // a county-level item asked for all over the county
  let retireItem: number; // in the catalogue since 2024, nobody asked in the last 12 months
  let newItem: number; // idle, but added within the window

  const pathOf = async (code: string) => (await q<{ path: string }>('SELECT path FROM regions WHERE code = $1', [code]))[0].path;

  async function consult(c: PoolClient, s: Spot, itemId: number | null, topic: string, at: string) {
    await c.query(
      `INSERT INTO consultations (station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, item_id, topic, content,
         answer, status, answered_at, created_at, updated_at)
       VALUES ($1, $2, 'VISIT', '测试群众', 'not-encrypted-test', '138****0000', $3, $4, '需求分析测试', '已答复', 'ANSWERED', $5, $5, $5)`,
      [s.station, s.agent, itemId, topic, at],
    );
  }

  /** A case the way the ETL sees one: the row and its first event in the same transaction. */
  async function commission(c: PoolClient, s: Spot, itemId: number, at: string) {
    const { rows } = await c.query(
      `INSERT INTO cases (case_no, station_id, agent_id, item_id, item_version, citizen_name, citizen_phone_enc, citizen_phone_masked,
         consent_at, status, level, created_at, updated_at)
       SELECT 'DM' || substr(md5(random()::text), 1, 14), $1, $2, i.id, i.version, '测试群众', 'not-encrypted-test', '138****0000',
         $4, 'ACCEPTED', i.level, $4, $4
       FROM catalogue_items i WHERE i.id = $3 RETURNING id`,
      [s.station, s.agent, itemId, at],
    );
    await c.query(`INSERT INTO case_events (case_id, type, to_status, data) VALUES ($1, 'CREATED', 'ACCEPTED', '{}')`, [rows[0].id]);
  }

  /** Runs the ETL until ClickHouse holds what Postgres holds (the horizon may hold a run back). */
  async function syncAll() {
    const chCount = async (table: string) =>
      Number((await (await ch.client.query({ query: `SELECT count() AS n FROM ${table} FINAL`, format: 'JSONEachRow' })).json<{ n: string }>())[0].n);
    const deadline = Date.now() + 60_000;
    for (;;) {
      await h.sync();
      const pg = await q<{ c: string; k: string; i: string }>('SELECT (SELECT count(*) FROM consultations) c, (SELECT count(*) FROM cases) k, (SELECT count(*) FROM catalogue_items) i');
      const same = Number(pg[0].c) === (await chCount('consultations')) && Number(pg[0].k) === (await chCount('cases')) && Number(pg[0].i) === (await chCount('catalogue_items'));
      if (same) return;
      if (Date.now() > deadline) throw new Error('ClickHouse did not catch up with Postgres');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  // ---- the independent computations on Postgres ----
  const DEMAND = `
    SELECT x.item_id, (x.created_at ${LOCAL})::date AS day, 0 AS src, split_part(r.path, '/', 4) AS township
      FROM consultations x JOIN stations s ON s.id = x.station_id JOIN regions r ON r.code = s.region_code
     WHERE x.item_id IS NOT NULL AND r.path LIKE $1 || '%'
    UNION ALL
    SELECT c.item_id, (c.created_at ${LOCAL})::date, 1, split_part(r.path, '/', 4)
      FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
     WHERE r.path LIKE $1 || '%'`;

  async function pgTop(path: string) {
    const rows = await q(`
      WITH d AS (${DEMAND})
      SELECT item_id,
             count(*) FILTER (WHERE src = 0 AND day >= $3 AND day < $4)::int AS consultations,
             count(*) FILTER (WHERE src = 1 AND day >= $3 AND day < $4)::int AS cases,
             count(*) FILTER (WHERE src = 0 AND day >= $2 AND day < $3)::int AS prev_consultations,
             count(*) FILTER (WHERE src = 1 AND day >= $2 AND day < $3)::int AS prev_cases,
             count(DISTINCT township) FILTER (WHERE day >= $3 AND day < $4)::int AS townships
        FROM d GROUP BY item_id HAVING count(*) FILTER (WHERE day >= $3 AND day < $4) > 0
       ORDER BY count(*) FILTER (WHERE day >= $3 AND day < $4) DESC, item_id`, [path, PREV.fromDate, PREV.fromCur, PREV.toExclusive]);
    return rows.map((r) => {
      const demand = r.consultations + r.cases;
      const prev = r.prev_consultations + r.prev_cases;
      return {
        itemId: r.item_id, consultations: r.consultations, cases: r.cases, demand, townships: r.townships,
        previous: { consultations: r.prev_consultations, cases: r.prev_cases, demand: prev },
        growthPct: prev > 0 ? Math.round(((demand - prev) / prev) * 1000) / 10 : null,
      };
    });
  }

  async function pgOffCatalogue(path: string) {
    const rows = await q(`
      SELECT x.topic, count(*)::int AS n, array_agg(DISTINCT split_part(r.path, '/', 4)) AS townships
        FROM consultations x JOIN stations s ON s.id = x.station_id JOIN regions r ON r.code = s.region_code
       WHERE x.item_id IS NULL AND r.path LIKE $1 || '%' AND (x.created_at ${LOCAL})::date >= $2 AND (x.created_at ${LOCAL})::date < $3
       GROUP BY x.topic`, [path, PREV.fromCur, PREV.toExclusive]);
    return groupTopics(rows.map((r) => ({ topic: r.topic, count: r.n, townships: r.townships })));
  }

  async function pgIdle(path: string, since: string, asOf: string) {
    const rows = await q<{ id: number }>(`
      SELECT i.id FROM catalogue_items i
       WHERE i.active AND NOT EXISTS (SELECT 1 FROM (${DEMAND}) d WHERE d.item_id = i.id AND d.day >= $2::date AND d.day <= $3::date)
       ORDER BY i.code COLLATE "C"`, [path, since, asOf]);
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    h = await startApi({ env: { ALERTS_ENABLED: 'false' } });
    ch = h.app.get<ClickHouse>(CLICKHOUSE);
    h.app.get(Clock).now = () => new Date('2026-11-15T04:00:00Z');
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;

    const spots = async (where: string, by: string) => q<Spot>(`
      SELECT DISTINCT ON (split_part(r.path, '/', ${by})) s.id AS station, split_part(r.path, '/', 4) AS township, split_part(r.path, '/', 3) AS county,
             (SELECT a.id FROM agents a WHERE a.station_id = s.id ORDER BY a.id LIMIT 1) AS agent
        FROM stations s JOIN regions r ON r.code = s.region_code WHERE ${where}
       ORDER BY split_part(r.path, '/', ${by}), s.id`);
    inCounty = await spots(`r.path LIKE '/140500/${COUNTY}/%'`, '4'); // one station per township of the county
    elsewhere = (await spots(`r.path NOT LIKE '/140500/${COUNTY}/%'`, '3')).slice(0, 3); // one per other county
    expect(inCounty.length).toBeGreaterThanOrEqual(4);
    expect(new Set(elsewhere.map((s) => s.county)).size).toBe(3);
    moveItem = (await q<{ id: number }>(`SELECT id FROM catalogue_items WHERE code = 'JC-ZR-003' AND level = 'COUNTY' AND active`))[0].id;
    const addItem = async (code: string, created: string) => (await q<{ id: number }>(
      `INSERT INTO catalogue_items (code, name, category, source, level, department, legal_basis, time_limit_days, created_at)
       VALUES ($1, $2, '民政', 'VILLAGE_GUIDE', 'VILLAGE', '村民委员会', '《中华人民共和国村民委员会组织法》', 5, $3) RETURNING id`,
      [code, `需求分析测试事项${code}`, created]))[0].id;
    retireItem = await addItem('JC-DM-901', '2024-01-01T00:00:00+08');
    newItem = await addItem('JC-DM-902', '2026-10-01T00:00:00+08');

    const c = await h.db.pool.connect();
    try {
      await c.query('BEGIN');
      // ADD: one need in three wordings from three townships of the county, 12 asks (DB1405 7.1.2)
      for (let i = 0; i < 12; i++) await consult(c, inCounty[i % 3], null, TOPIC[i % 3], `2026-09-${String(3 + i).padStart(2, '0')}T02:00:00Z`);
      // asked as often, but in two townships only: no ADD
      for (let i = 0; i < 12; i++) await consult(c, inCounty[i % 2], null, '村道路灯维修', `2026-10-${String(3 + i).padStart(2, '0')}T02:00:00Z`);
      // a need of three other counties: the city sees it, the county does not
      for (let i = 0; i < 12; i++) await consult(c, elsewhere[i % 3], null, '农村饮水安全', `2026-10-${String(3 + i).padStart(2, '0')}T03:00:00Z`);
      // MOVE_NEARER: two cases and one consultation in every township of the county, plus last period's demand
      for (const [i, s] of inCounty.entries()) {
        await commission(c, s, moveItem, `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T02:00:00Z`);
        await commission(c, s, moveItem, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T02:00:00Z`);
        await consult(c, s, moveItem, '农村宅基地使用权及房屋所有权首次登记', `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T05:00:00Z`);
      }
      for (let i = 0; i < 5; i++) await commission(c, inCounty[0], moveItem, `2026-08-${String(10 + i)}T02:00:00Z`);
      // local-date edges: 2026-09-01 00:30 in Jincheng is in the period, 2026-11-01 00:30 is not,
      // 2026-07-01 01:00 is in the previous period
      await consult(c, inCounty[0], moveItem, '边界', '2026-08-31T16:30:00Z');
      await commission(c, inCounty[0], moveItem, '2026-10-31T16:30:00Z');
      await commission(c, inCounty[0], moveItem, '2026-06-30T17:00:00Z');
      // RETIRE: the old item was last asked for in June 2025, outside the 12-month window
      await commission(c, inCounty[1], retireItem, '2025-06-10T02:00:00Z');
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    await syncAll();
  }, 240_000);

  afterAll(async () => {
    h?.db.pool.on('error', () => undefined);
    await h?.close();
  });

  it('top items: consultations, cases, previous period and growth equal Postgres, for the city and for the county', async () => {
    for (const [user, code] of [['leader', '140500'], ['county', COUNTY]] as const) {
      const r = await get(user, `/api/v1/demand/top?${period()}&limit=100`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ region: { code }, from: FROM, to: TO, previous: { from: '2026-07', to: '2026-08' }, limit: 100 });
      const expected = await pgTop(await pathOf(code));
      expect(expected.length).toBeLessThanOrEqual(100);
      expect(r.body.items.map(({ itemId, consultations, cases, demand, townships, previous, growthPct }: Body) =>
        ({ itemId, consultations, cases, demand, townships, previous, growthPct }))).toEqual(expected);
    }
    const county = (await get('county', `/api/v1/demand/top?${period()}&limit=3`)).body;
    expect(county.items).toHaveLength(3);
    const x = county.items[0];
    expect(x).toMatchObject({ rank: 1, itemId: moveItem, code: 'JC-ZR-003', level: 'COUNTY', active: true, townships: inCounty.length });
    expect(x.growthPct).not.toBeNull();
    // the same county through the leader's region filter reads the same
    expect((await get('leader', `/api/v1/demand/top?${period(COUNTY)}&limit=3`)).body.items).toEqual(county.items);
  });

  it('off-catalogue demand: variants grouped by normalised text, counts and townships equal Postgres; scope applies', async () => {
    const county = (await get('county', `/api/v1/demand/off-catalogue?${period()}`)).body;
    const expected = await pgOffCatalogue(await pathOf(COUNTY));
    expect(county.topics.map(({ key, text, count, townships, variants }: Body) => ({ key, text, count, townships, variants })))
      .toEqual(expected.map(({ key, text, count, townships, variants }) => ({ key, text, count, townships, variants })));
    expect(county.total).toBe(expected.reduce((s, g) => s + g.count, 0));
    const zjd = county.topics.find((t: Body) => t.key === '宅基地审批');
    expect(zjd).toMatchObject({ text: '宅基地审批', count: 12, townships: 3, inCatalogue: false });
    expect(zjd.variants.map((v: Body) => v.text).sort()).toEqual([...TOPIC].sort());
    expect(county.topics.some((t: Body) => t.key === '农村饮水安全')).toBe(false);
    const city = (await get('leader', `/api/v1/demand/off-catalogue?${period()}`)).body;
    expect(city.topics.find((t: Body) => t.key === '农村饮水安全')).toMatchObject({ count: 12, townships: 3 });
    expect(city.topics.map((t: Body) => [t.key, t.count])).toEqual((await pgOffCatalogue('/140500/')).map((g) => [g.key, g.count]));
  });

  it('idle items: active items without consultation or case in the 12 months before asOf equal Postgres', async () => {
    const r = (await get('county', '/api/v1/demand/idle')).body; // asOf defaults to today (pinned 2026-11-15)
    expect(r).toMatchObject({ asOf: '2026-11-15', since: '2025-11-16', months: 12, region: { code: COUNTY } });
    expect(r.items.map((i: Body) => i.itemId)).toEqual(await pgIdle(await pathOf(COUNTY), '2025-11-16', '2026-11-15'));
    expect(r.items.find((i: Body) => i.itemId === retireItem)).toMatchObject({ lastDemand: '2025-06-10', inCatalogueSince: '2024-01-01', wholeWindow: true });
    expect(r.items.find((i: Body) => i.itemId === newItem)).toMatchObject({ lastDemand: null, inCatalogueSince: '2026-10-01', wholeWindow: false });
    expect(r.items.some((i: Body) => i.itemId === moveItem)).toBe(false);
    // a year earlier the old item was still asked for
    const before = (await get('county', '/api/v1/demand/idle?asOf=2025-12-31')).body;
    expect(before.items.some((i: Body) => i.itemId === retireItem)).toBe(false);
    expect(before.items.map((i: Body) => i.itemId)).toEqual(await pgIdle(await pathOf(COUNTY), '2025-01-01', '2025-12-31'));
    expect((await get('county', '/api/v1/demand/idle?asOf=2026-02-30')).body.code).toBe('DEMAND.INVALID_DATE');
  });

  it('suggestions: ADD, MOVE_NEARER and RETIRE fire with the figures behind them; the rest do not', async () => {
    const r = (await get('county', `/api/v1/demand/suggestions?${period()}`)).body;
    const townships = Number((await q(`SELECT count(*) AS n FROM regions WHERE level = 'TOWNSHIP' AND path LIKE $1 || '%'`, [await pathOf(COUNTY)]))[0].n);
    expect(r).toMatchObject({ region: { code: COUNTY, townships }, asOf: '2026-10-31', since: '2025-11-01' });
    const by = (key: string) => r.suggestions.find((s: Body) => s.key === key);
    expect(by('ADD:宅基地审批')).toMatchObject({
      type: 'ADD', topic: '宅基地审批', rule: { id: 'ADD_FREQUENT_OFF_CATALOGUE', clause: 'DB1405 7.1.2' },
      figures: { asks: 12, townships: 3 }, pendingProposalId: null,
    });
    expect(by('ADD:村道路灯维修')).toBeUndefined(); // 12 asks, 2 townships
    const top = (await pgTop(await pathOf(COUNTY))).find((i) => i.itemId === moveItem)!;
    expect(by(`MOVE_NEARER:${moveItem}`)).toMatchObject({
      type: 'MOVE_NEARER', targetLevel: 'TOWNSHIP', item: { id: moveItem, level: 'COUNTY' }, rule: { id: 'MOVE_NEARER_SPREAD_DEMAND' },
      figures: { consultations: top.consultations, cases: top.cases, demand: top.demand, townships: inCounty.length, regionTownships: townships },
    });
    expect(by(`RETIRE:${retireItem}`)).toMatchObject({
      type: 'RETIRE', rule: { id: 'RETIRE_IDLE', clause: 'DB1405 7.1.3' },
      figures: { since: '2025-11-01', asOf: '2026-10-31', consultations: 0, cases: 0, lastDemand: '2025-06-10', inCatalogueSince: '2024-01-01' },
    });
    expect(by(`RETIRE:${newItem}`)).toBeUndefined(); // idle, but too new
    // every RETIRE is an item idle by Postgres' count, every MOVE_NEARER a county item
    const idle = new Set(await pgIdle(await pathOf(COUNTY), '2025-11-01', '2026-10-31'));
    for (const s of r.suggestions) {
      if (s.type === 'RETIRE') expect(idle.has(s.item.id)).toBe(true);
      if (s.type === 'MOVE_NEARER') expect(s.item.level).toBe('COUNTY');
      expect(s.summary).toBeTruthy();
    }
  });

  it('turns suggestions into proposals carrying server-computed evidence; a second request is 409', async () => {
    const base = { from: FROM, to: TO, region: COUNTY };
    // client-sent figures are not even accepted
    expect((await post('county', { ...base, type: 'ADD', topic: '宅基地审批', figures: { asks: 999 } })).body.code).toBe('VALIDATION.FAILED');
    const add = await post('county', { ...base, type: 'ADD', topic: '咨询 宅基地审批的问题', reason: '多个乡镇群众反映' });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ changeType: 'ADD', status: 'PROPOSED', mine: true, item: { name: '宅基地审批' } });
    expect(add.body.reason).toContain('被咨询 12 次，来自 3 个乡镇');
    const row = (await q('SELECT evidence, content, proposed_by_id FROM catalogue_item_versions WHERE id = $1', [add.body.id]))[0];
    expect(row.evidence).toMatchObject({
      source: 'demand-stats', suggestion: 'ADD', rule: 'ADD_FREQUENT_OFF_CATALOGUE', topicKey: '宅基地审批',
      region: { code: COUNTY }, period: { from: FROM, to: TO }, figures: { asks: 12, townships: 3 },
    });
    expect(row.content).toMatchObject({ name: '宅基地审批', source: 'LOCAL_DEMAND', statutoryFee: 0 });
    expect(row.proposed_by_id).toBe((await q(`SELECT id FROM users WHERE username = 'county'`))[0].id);
    for (const topic of ['宅基地审批', '关于宅基地审批？']) {
      expect((await post('county', { ...base, type: 'ADD', topic })).body.code).toBe('CATALOGUE.PROPOSAL_PENDING');
    }
    const pending = (await get('county', `/api/v1/demand/suggestions?${period()}`)).body.suggestions.find((s: Body) => s.key === 'ADD:宅基地审批');
    expect(pending.pendingProposalId).toBe(add.body.id);

    // ADD with the content completed by the leader: the content is theirs, the evidence still the server's
    const content = {
      name: '农村饮水安全问题受理', category: '水利', source: 'LOCAL_DEMAND', level: 'TOWNSHIP', department: '乡镇水利站',
      legalBasis: '《农村供水工程管理办法》', timeLimitDays: 10, statutoryFee: 0, procedure: ['受理', '办结告知'],
      materials: [{ name: '申请人居民身份证', form: 'ORIGINAL', copies: 1, howToGet: '本人携带' }],
    };
    expect((await post('county', { from: FROM, to: TO, type: 'ADD', topic: '农村饮水安全', content })).body.code).toBe('DEMAND.NOT_SUGGESTED'); // not in the county
    const water = await post('leader', { from: FROM, to: TO, type: 'ADD', topic: '农村饮水安全', content });
    expect(water.status).toBe(201);
    expect(water.body.item.name).toBe('农村饮水安全问题受理');
    expect((await q('SELECT evidence FROM catalogue_item_versions WHERE id = $1', [water.body.id]))[0].evidence)
      .toMatchObject({ region: { code: '140500' }, figures: { asks: 12, townships: 3 } });

    const move = await post('county', { ...base, type: 'MOVE_NEARER', itemId: moveItem });
    expect(move.status).toBe(201);
    expect(move.body).toMatchObject({ changeType: 'MOVE_LEVEL', item: { id: moveItem } });
    const top = (await pgTop(await pathOf(COUNTY))).find((i) => i.itemId === moveItem)!;
    const moveRow = (await q('SELECT evidence, content FROM catalogue_item_versions WHERE id = $1', [move.body.id]))[0];
    expect(moveRow.content.level).toBe('TOWNSHIP');
    expect(moveRow.evidence).toMatchObject({ rule: 'MOVE_NEARER_SPREAD_DEMAND', figures: { demand: top.demand, cases: top.cases, townships: inCounty.length } });
    expect((await post('county', { ...base, type: 'MOVE_NEARER', itemId: moveItem })).body.code).toBe('CATALOGUE.PROPOSAL_PENDING');

    const retire = await post('admin', { ...base, type: 'RETIRE', itemId: retireItem });
    expect(retire.status).toBe(201);
    expect(retire.body).toMatchObject({ changeType: 'RETIRE', item: { id: retireItem } });
    expect((await post('admin', { ...base, type: 'RETIRE', itemId: retireItem })).body.code).toBe('CATALOGUE.PROPOSAL_PENDING');

    // the figures do not support these: an item in demand or too new cannot be retired, a narrow need not added
    expect((await post('county', { ...base, type: 'RETIRE', itemId: moveItem })).body.code).toBe('DEMAND.NOT_SUGGESTED');
    expect((await post('county', { ...base, type: 'RETIRE', itemId: newItem })).body.code).toBe('DEMAND.NOT_SUGGESTED');
    expect((await post('county', { ...base, type: 'ADD', topic: '村道路灯维修' })).body.code).toBe('DEMAND.NOT_SUGGESTED');
    expect((await post('county', { ...base, type: 'RETIRE', itemId: 999_999 })).body.code).toBe('CATALOGUE.NOT_FOUND');
    expect((await post('county', { ...base, type: 'MOVE_NEARER', topic: 'x' })).body.code).toBe('DEMAND.INVALID_REQUEST');
    expect((await post('reviewer', { ...base, type: 'ADD', topic: '宅基地审批' })).status).toBe(403);
  });

  it('scope: a region outside the caller’s subtree is 404 on every demand route (REGION.NOT_FOUND, as the indicators answer)', async () => {
    const other = elsewhere[0].county;
    for (const url of [
      `/api/v1/demand/top?${period(other)}`,
      `/api/v1/demand/off-catalogue?${period(other)}`,
      `/api/v1/demand/idle?region=${other}`,
      `/api/v1/demand/suggestions?${period(other)}`,
      `/api/v1/demand/top.xlsx?${period(other)}`,
    ]) {
      const r = await get('county', url);
      expect([url, r.status, r.body.code]).toEqual([url, 404, 'REGION.NOT_FOUND']);
    }
    expect((await post('county', { from: FROM, to: TO, region: other, type: 'ADD', topic: '农村饮水安全' })).body.code).toBe('REGION.NOT_FOUND');
    expect((await get('leader', `/api/v1/demand/top?${period(other)}`)).status).toBe(200);
    expect((await get('county', '/api/v1/demand/top?from=2026-10&to=2026-09')).body.code).toBe('INDICATOR.INVALID_PERIOD');
    expect((await get('county', `/api/v1/demand/top?${period()}&limit=0`)).body.code).toBe('VALIDATION.FAILED');
  });

  it('exports a table as .xlsx with the figures of the screen', async () => {
    const json = (await get('leader', `/api/v1/demand/top?${period(COUNTY)}&limit=10`)).body;
    const res = await h.app.getHttpAdapter().getInstance().inject({
      method: 'GET', url: `/api/v1/demand/top.xlsx?${period(COUNTY)}&limit=10`, headers: { authorization: `Bearer ${tokens.leader}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSheet(res.rawPayload, { maxRows: 1000 });
    expect(sheet.rows).toHaveLength(json.items.length);
    expect(sheet.rows.map((r) => [r.values['事项编码'], Number(r.values['需求合计']), Number(r.values['咨询量']), Number(r.values['办件量'])]))
      .toEqual(json.items.map((i: Body) => [i.code, i.demand, i.consultations, i.cases]));
    const sugg = await h.app.getHttpAdapter().getInstance().inject({
      method: 'GET', url: `/api/v1/demand/suggestions.xlsx?${period()}`, headers: { authorization: `Bearer ${tokens.county}` },
    });
    const rows = (await readSheet(sugg.rawPayload, { maxRows: 1000 })).rows;
    expect(rows.some((r) => r.values['建议类型'] === '新增事项' && r.values['事项或需求'] === '宅基地审批')).toBe(true);
  });
});
