import { Clock } from '../../api/src/cases/clock';
import { SurveyScheduler } from '../../api/src/surveys/survey-scheduler';
import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 8.1.2 satisfaction survey (回访): a reproducible monthly sample per township, follow-up
// calls recorded by staff other than the handling agent, response rate and satisfaction with
// Wilson intervals; 8.2: a bad rating or a finding opens a rectification.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const PER_TOWNSHIP = 3;

describe('surveys (DB1405 8.1.2)', () => {
  let h: ApiHarness;
  const tokens: Record<string, string> = {};
  let township: string; // the demo reviewer's township (凤城镇)
  const setNow = (iso: string) => { h.app.get(Clock).now = () => new Date(iso); };
  const q = async (sql: string, params: unknown[] = []) => (await h.db.pool.query(sql, params)).rows;
  const call = async (user: string, method: string, url: string, body?: unknown) => {
    const r = await h.call(method, url, { token: tokens[user], body });
    return { status: r.status, body: r.body as Body, raw: r.raw };
  };
  const sampleOf = async (batchId: number) => (await q('SELECT case_id, township_code FROM survey_calls WHERE batch_id = $1 ORDER BY case_id', [batchId]));

  /** A case of the demo agent's station finished at `iso` (so 凤城镇 has October candidates). */
  const finishedCase = async (iso: string) => {
    setNow(iso);
    const item = (await q(`SELECT id FROM catalogue_items WHERE code = 'JC-NY-002'`))[0].id;
    const list = await call('agent', 'GET', `/api/v1/cases/checklist?itemId=${item}`);
    const c = await call('agent', 'POST', '/api/v1/cases', {
      itemId: item, citizen: { name: '回访测试', phone: '13812345678' }, consent: { given: true, method: 'SIGNED_FORM' },
      providedMaterialIds: list.body.materials.map((m: Body) => m.id),
    });
    const s = await call('agent', 'POST', `/api/v1/cases/${c.body.id}/start`, { expectedVersion: c.body.version });
    const d = await call('agent', 'POST', `/api/v1/cases/${c.body.id}/complete`, { expectedVersion: s.body.version });
    expect(d.body.status).toBe('COMPLETED');
  };

  beforeAll(async () => {
    h = await startApi({ env: { ALERTS_ENABLED: 'false' } });
    for (const u of ['admin', 'leader', 'county', 'reviewer', 'agent']) tokens[u] = (await h.login(u)).accessToken;
    township = (await q(`SELECT region_code FROM users WHERE username = 'reviewer'`))[0].region_code;
    for (let d = 12; d <= 16; d++) await finishedCase(`2026-10-${d}T02:00:00Z`);
    setNow('2026-11-20T02:00:00Z');
  }, 180_000);

  /** Removes a month's batch with its calls and the rectifications they opened (the demo data has past months). */
  const dropMonth = async (month: string) => {
    const calls = `SELECT sc.id FROM survey_calls sc JOIN survey_batches b ON b.id = sc.batch_id WHERE b.month = $1::date`;
    await q(`DELETE FROM rectification_events WHERE rectification_id IN (SELECT id FROM rectifications WHERE survey_call_id IN (${calls}))`, [`${month}-01`]);
    await q(`DELETE FROM rectifications WHERE survey_call_id IN (${calls})`, [`${month}-01`]);
    await q(`DELETE FROM survey_calls WHERE batch_id IN (SELECT id FROM survey_batches WHERE month = $1::date)`, [`${month}-01`]);
    await q('DELETE FROM survey_batches WHERE month = $1::date', [`${month}-01`]);
  };

  afterAll(async () => {
    h?.db.pool.on('error', () => undefined);
    await h?.close();
  });

  let batch: Body;

  it('draws up to perTownship closed cases of the month per township (city-wide roles only)', async () => {
    const notYet = await call('leader', 'POST', '/api/v1/surveys/batches', { month: '2026-11' });
    expect({ status: notYet.status, code: notYet.body.code }).toEqual({ status: 422, code: 'SURVEY.MONTH_NOT_CLOSED' });
    const county = await call('county', 'POST', '/api/v1/surveys/batches', { month: '2026-10' });
    expect({ status: county.status, code: county.body.code }).toEqual({ status: 403, code: 'SURVEY.CITY_WIDE_ONLY' });
    expect((await call('agent', 'POST', '/api/v1/surveys/batches', { month: '2026-10' })).status).toBe(403);

    // the demo data carries October's batch already: one batch per month
    const seeded = await call('leader', 'POST', '/api/v1/surveys/batches', { month: '2026-10' });
    expect({ status: seeded.status, code: seeded.body.code }).toEqual({ status: 409, code: 'SURVEY.BATCH_EXISTS' });
    await dropMonth('2026-10');
    const r = await call('leader', 'POST', '/api/v1/surveys/batches', { month: '2026-10', perTownship: PER_TOWNSHIP });
    expect(r.status).toBe(201);
    batch = r.body;
    expect(batch).toMatchObject({ month: '2026-10', perTownship: PER_TOWNSHIP, automatic: false, pending: batch.sampled });
    expect(Number.isInteger(batch.seed)).toBe(true);

    // exactly min(perTownship, closed cases of that township in October, China time)
    const expected = await q(`SELECT v.parent_code AS township, least(count(*), $1)::int AS n
      FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions v ON v.code = s.region_code
      WHERE c.status IN ('COMPLETED', 'FAILED') AND c.completed_at >= '2026-10-01T00:00:00+08' AND c.completed_at < '2026-11-01T00:00:00+08'
      GROUP BY 1 ORDER BY 1`, [PER_TOWNSHIP]);
    const got = await q('SELECT township_code AS township, count(*)::int AS n FROM survey_calls WHERE batch_id = $1 GROUP BY 1 ORDER BY 1', [batch.id]);
    expect(got).toEqual(expected);
    expect(expected.find((e: Body) => e.township === township)?.n).toBe(PER_TOWNSHIP);
    const outside = await q(`SELECT count(*)::int AS n FROM survey_calls sc JOIN cases c ON c.id = sc.case_id
      WHERE sc.batch_id = $1 AND (c.status NOT IN ('COMPLETED', 'FAILED') OR c.completed_at < '2026-10-01T00:00:00+08' OR c.completed_at >= '2026-11-01T00:00:00+08')`, [batch.id]);
    expect(outside[0].n).toBe(0);
    // the draw must actually choose somewhere (more candidates than places), else reproducibility proves nothing
    const candidates = (await q(`SELECT count(*)::int AS n FROM cases WHERE status IN ('COMPLETED', 'FAILED')
      AND completed_at >= '2026-10-01T00:00:00+08' AND completed_at < '2026-11-01T00:00:00+08'`))[0].n;
    expect(candidates).toBeGreaterThan(batch.sampled);

    const dup = await call('admin', 'POST', '/api/v1/surveys/batches', { month: '2026-10' });
    expect({ status: dup.status, code: dup.body.code }).toEqual({ status: 409, code: 'SURVEY.BATCH_EXISTS' });
  });

  it('is reproducible: deleted and redrawn with the stored seed, the same cases; another seed, another sample', async () => {
    const before = await sampleOf(batch.id);
    expect(before.length).toBe(batch.sampled);
    await dropMonth('2026-10');
    const redrawn = await call('admin', 'POST', '/api/v1/surveys/batches', { month: '2026-10', perTownship: PER_TOWNSHIP, seed: batch.seed });
    expect(redrawn.status).toBe(201);
    expect(await sampleOf(redrawn.body.id)).toEqual(before);

    await dropMonth('2026-10');
    const other = await call('admin', 'POST', '/api/v1/surveys/batches', { month: '2026-10', perTownship: PER_TOWNSHIP, seed: (batch.seed + 1) % 2_147_483_647 });
    expect((await sampleOf(other.body.id)).map((r: Body) => r.case_id)).not.toEqual(before.map((r: Body) => r.case_id));

    await dropMonth('2026-10');
    batch = (await call('leader', 'POST', '/api/v1/surveys/batches', { month: '2026-10', perTownship: PER_TOWNSHIP, seed: batch.seed })).body;
    expect(await sampleOf(batch.id)).toEqual(before);
  });

  it('lists the calls of the caller\'s scope only, personal data masked', async () => {
    const mine = await call('reviewer', 'GET', `/api/v1/surveys/batches/${batch.id}/calls?pageSize=200`);
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(PER_TOWNSHIP);
    expect(mine.body.items.every((c: Body) => c.townshipCode === township && c.outcome === 'PENDING')).toBe(true);
    expect(mine.raw).not.toMatch(MOBILE);
    const all = await call('leader', 'GET', `/api/v1/surveys/batches/${batch.id}/calls?pageSize=200`);
    expect(all.body.total).toBe(batch.sampled);
    const list = await call('reviewer', 'GET', '/api/v1/surveys/batches');
    expect(list.body.items.find((b: Body) => b.id === batch.id)).toMatchObject({ sampled: PER_TOWNSHIP, pending: PER_TOWNSHIP });
    expect((await call('reviewer', 'GET', '/api/v1/surveys/batches/999999999/calls')).body.code).toBe('SURVEY.BATCH_NOT_FOUND');
    // a call of another township does not exist for the reviewer
    const foreign = all.body.items.find((c: Body) => c.townshipCode !== township);
    const r = await call('reviewer', 'POST', `/api/v1/surveys/calls/${foreign.id}`, { outcome: 'REFUSED' });
    expect({ status: r.status, code: r.body.code }).toEqual({ status: 404, code: 'SURVEY.CALL_NOT_FOUND' });
  });

  it('the agent who handled the case never records its call: 403 SURVEY.SELF_CALL', async () => {
    const [c] = await q(`SELECT sc.id, c.agent_id FROM survey_calls sc JOIN cases c ON c.id = sc.case_id WHERE sc.batch_id = $1 AND sc.township_code = $2 ORDER BY sc.id LIMIT 1`, [batch.id, township]);
    // give the reviewer's login the handling agent (who may be the demo agent's: free it meanwhile)
    const [holder] = await q('SELECT id FROM users WHERE agent_id = $1', [c.agent_id]);
    if (holder) await q('UPDATE users SET agent_id = NULL WHERE id = $1', [holder.id]);
    await q(`UPDATE users SET agent_id = $1 WHERE username = 'reviewer'`, [c.agent_id]);
    try {
      const r = await call('reviewer', 'POST', `/api/v1/surveys/calls/${c.id}`, { outcome: 'REACHED', level: 'VERY_SATISFIED' });
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'SURVEY.SELF_CALL' });
      expect((await q('SELECT outcome FROM survey_calls WHERE id = $1', [c.id]))[0].outcome).toBe('PENDING');
    } finally {
      await q(`UPDATE users SET agent_id = NULL WHERE username = 'reviewer'`);
      if (holder) await q('UPDATE users SET agent_id = $1 WHERE id = $2', [c.agent_id, holder.id]);
    }
  });

  it('records outcomes; a bad rating or a finding opens a rectification (DB1405 8.2); response-rate stats', async () => {
    setNow('2026-11-20T02:00:00Z'); // Friday
    const calls = (await call('reviewer', 'GET', `/api/v1/surveys/batches/${batch.id}/calls`)).body.items;
    const [a, b, c] = calls;
    const badLevel = await call('reviewer', 'POST', `/api/v1/surveys/calls/${a.id}`, { outcome: 'NOT_REACHED', level: 'SATISFIED' });
    expect({ status: badLevel.status, code: badLevel.body.code }).toEqual({ status: 422, code: 'SURVEY.LEVEL_NEEDS_REACHED' });
    // not reached first, reached on the second try
    expect((await call('reviewer', 'POST', `/api/v1/surveys/calls/${a.id}`, { outcome: 'NOT_REACHED' })).body.outcome).toBe('NOT_REACHED');
    const ok = await call('reviewer', 'POST', `/api/v1/surveys/calls/${a.id}`, { outcome: 'REACHED', level: 'SATISFIED', comment: '满意' });
    expect(ok.body).toMatchObject({ outcome: 'REACHED', outcomeText: '回访成功', levelText: '满意', rectification: null });
    const twice = await call('admin', 'POST', `/api/v1/surveys/calls/${a.id}`, { outcome: 'REFUSED' });
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'SURVEY.CALL_RECORDED' });

    const bad = await call('reviewer', 'POST', `/api/v1/surveys/calls/${b.id}`, { outcome: 'REACHED', level: 'VERY_DISSATISFIED', comment: '来回跑了好几趟' });
    expect(bad.status).toBe(200);
    const finding = await call('county', 'POST', `/api/v1/surveys/calls/${c.id}`, { outcome: 'NOT_REACHED', finding: '登记的联系电话13812345678为空号' });
    expect(finding.status).toBe(200);
    expect(finding.raw).not.toMatch(MOBILE);
    const rects = await q(`SELECT r.survey_call_id, r.source, r.status, to_char(r.due_date, 'YYYY-MM-DD') AS due, r.summary
      FROM rectifications r WHERE r.survey_call_id = ANY($1) ORDER BY r.survey_call_id`, [[a.id, b.id, c.id]]);
    expect(rects.map((r: Body) => r.survey_call_id).sort()).toEqual([b.id, c.id].sort());
    // Fri 11-20 + 5 working days → Fri 11-27
    for (const r of rects) expect(r).toMatchObject({ source: 'SURVEY', status: 'OPEN', due: '2026-11-27' });
    expect(rects.find((r: Body) => r.survey_call_id === c.id).summary).not.toMatch(MOBILE);

    const stats = await call('reviewer', 'GET', `/api/v1/surveys/stats?month=2026-10&region=${township}`);
    expect(stats.status).toBe(200);
    const row = stats.body.rows.find((x: Body) => x.townshipCode === township);
    expect(row).toMatchObject({ sampled: 3, reached: 2, notReached: 1, refused: 0, pending: 0, rated: 2 });
    expect(row.response).toMatchObject({ suppressed: false, n: 3, successes: 2 });
    expect(row.response.rate).toBeCloseTo(2 / 3, 10);
    expect(row.response.interval.low).toBeLessThan(2 / 3);
    expect(row.response.interval.high).toBeGreaterThan(2 / 3);
    expect(row.satisfaction).toEqual({ suppressed: true, n: 2, label: '样本不足' });
    expect(stats.body.definitions.response).toContain('回访率');
    // the county's view covers its townships; the township's figures are the same there
    const countyStats = await call('county', 'GET', '/api/v1/surveys/stats?month=2026-10');
    expect(countyStats.body.rows.find((x: Body) => x.townshipCode === township)).toMatchObject({ sampled: 3, reached: 2 });
    expect((await call('reviewer', 'GET', '/api/v1/surveys/stats?month=2026-10&region=140581')).body.code).toBe('REGION.NOT_FOUND');
  });

  it('the monthly job draws last month once the month is over, and only once', async () => {
    const scheduler = h.app.get(SurveyScheduler);
    setNow('2026-11-30T15:00:00Z'); // 23:00 on 11-30 in China: October exists, November not over
    expect(await scheduler.runOnce()).toBeNull();
    setNow('2026-11-30T16:30:00Z'); // 00:30 on 12-01 in China
    const made = await scheduler.runOnce();
    expect(made).toMatchObject({ month: '2026-11' });
    expect(await scheduler.runOnce()).toBeNull();
    const list = await call('leader', 'GET', '/api/v1/surveys/batches');
    expect(list.body.items.filter((b: Body) => b.month === '2026-11')).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ month: '2026-11', automatic: true, perTownship: 5 }); // SURVEY_PER_TOWNSHIP default
    expect((await q(`SELECT count(*)::int AS n FROM survey_calls WHERE batch_id = $1`, [made!.batchId]))[0].n).toBeGreaterThan(0);
  });
});
