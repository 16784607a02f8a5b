import { CLICKHOUSE } from '../../api/src/infra/tokens';
import { INDICATOR_LIST, type Indicator } from '../../api/src/indicators/registry';
import type { ClickHouse } from '../../etl/src/clickhouse/client';
import { startApi, type ApiHarness } from '../support/api-app';
import { fillMissingFacts, syncUntilEqual } from '../support/indicator-facts';
import { Clock } from '../../api/src/cases/clock';
import { PG_TWINS, pgIndicator, type TwinGroup, type TwinQuery, type TwinRow } from '../../scripts/bench/pg-twins';

// Issue 6 item 3 (DB1405 4.3, 6.2.2, 7.2.3, 8.1, 8.2): every indicator the API serves from
// ClickHouse equals the same figure computed independently by SQL on Postgres from the seeded
// data (scripts/bench/pg-twins.ts): numerators and denominators exactly, values to 4
// decimals (averages to the 2 the API shows), for the whole city by month, a county by township,
// one more dimension, other grains and drill-through filters; plus scope, errors, intervals,
// 样本不足 and the period-over-period comparison. The list is the registry itself, so an
// indicator added without a Postgres twin fails here.

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Params = Record<string, string | number | boolean | undefined>;

const CITY = '/140500/';
const COUNTY = { code: '140522', path: '/140500/140522/' }; // 阳城县, the demo county leader's scope
const Z = 1.959963984540054;

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const todayInShanghai = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** [fromDate, toExclusive) of a period given as whole months or inclusive days. */
function dates(from: string, to: string): { fromDate: string; toExclusive: string } {
  if (from.length === 7) {
    const [y, m] = to.split('-').map(Number);
    return { fromDate: `${from}-01`, toExclusive: m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01` };
  }
  return { fromDate: from, toExclusive: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) };
}

/** Wilson 95 % score interval, written out again here rather than imported from the API. */
function wilson(k: number, n: number): { low: number; high: number } {
  const p = k / n;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** What the API must show for a cell with these Postgres sums. */
function expected(ind: Indicator, num: number, den: number) {
  const m = ind.measure;
  if (m.kind === 'count') return { value: num, suppressed: false, interval: null };
  if (m.kind === 'average') return { value: den > 0 ? num / den : null, suppressed: false, interval: null };
  if (den === 0) return { value: null, suppressed: false, interval: null };
  if (den < (m.minSample ?? 1)) return { value: null, suppressed: true, interval: null };
  return { value: num / den, suppressed: false, interval: wilson(num, den) };
}

/** The dimension besides period and region to check an indicator by, if it has one. */
function otherDimension(ind: Indicator): TwinGroup | null {
  if (ind.steps) return 'step';
  return (['channel', 'item', 'agent'] as const).find((d) => ind.dimensions.includes(d)) ?? null;
}

const defaultGroup = (ind: Indicator): TwinGroup => (ind.steps ? 'step' : 'none');
/** What a figure has to be about for the comparison to mean anything. */
const weight = (ind: Indicator, rows: TwinRow[]) => rows.reduce((s, r) => s + (ind.measure.kind === 'count' ? r.numerator : r.denominator), 0);

describe('indicators: ClickHouse figures equal SQL on Postgres (issue 6 item 3)', () => {
  let h: ApiHarness;
  let filled: string[];
  const tokens: Record<string, string> = {};
  let today: string;

  const ask = async (who: string, key: string, params: Params) => {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]): [string, string] => [k, String(v)]));
    const r = await h.call('GET', `/api/v1/indicators/${key}?${qs}`, { token: tokens[who] });
    return { status: r.status, body: r.body as Body };
  };

  /**
   * Asks the API (as the city leader unless told) and Postgres the same question and compares every
   * row: period, group, numerator, denominator, value, interval and suppression. Returns the twin rows.
   */
  async function compare(ind: Indicator, params: Params, twin: Omit<TwinQuery, 'today' | 'fromDate' | 'toExclusive'>, who = 'leader') {
    const r = await ask(who, ind.key, params);
    expect({ status: r.status, code: r.body.code, message: r.body.message }).toEqual({ status: 200, code: undefined, message: undefined });
    const pg = await pgIndicator(h.db.pool, ind.key, { ...twin, today, ...dates(String(params.from), String(params.to)) });
    const api: TwinRow[] = (r.body.rows as Body[]).map((x) => ({
      period: x.period as string, group: x.group ? (x.group.key as string) : null, numerator: x.numerator, denominator: x.denominator,
    })).sort((a, b) => (a.period === b.period ? String(a.group) < String(b.group) ? -1 : 1 : a.period < b.period ? -1 : 1));
    // Counts exactly; sums of hours (floats added in another order, ms vs numeric) to a millionth of an hour.
    const exact = (rows: TwinRow[]) => rows.map((x) => ({ ...x, numerator: Number.isInteger(x.numerator) ? x.numerator : 'hours' }));
    expect(exact(api)).toEqual(exact(pg));
    pg.forEach((x, i) => expect(Math.abs(api[i].numerator - x.numerator)).toBeLessThanOrEqual(1e-6));

    const byCell = new Map((r.body.rows as Body[]).map((x) => [`${x.period}|${x.group?.key ?? ''}`, x]));
    for (const p of pg) {
      const row = byCell.get(`${p.period}|${p.group ?? ''}`)!;
      const want = expected(ind, p.numerator, p.denominator);
      expect(row.suppressed).toBe(want.suppressed);
      if (want.value === null) expect(row.value).toBeNull();
      else if (ind.measure.kind === 'average') expect(Math.abs(row.value - want.value)).toBeLessThanOrEqual(0.005 + 1e-9);
      else expect(row.value).toBeCloseTo(want.value, 4);
      if (want.interval) {
        expect(row.interval.low).toBeCloseTo(want.interval.low, 4);
        expect(row.interval.high).toBeCloseTo(want.interval.high, 4);
      } else expect(row.interval).toBeNull();
    }
    // the total is the sum of the cells (a volume-weighted rate, never a mean of rates)
    expect(Math.abs(r.body.total.numerator - pg.reduce((s, x) => s + x.numerator, 0))).toBeLessThanOrEqual(1e-5);
    expect(r.body.total.denominator).toBe(pg.reduce((s, x) => s + x.denominator, 0));
    expect(r.body.indicator).toMatchObject({ key: ind.key, name: ind.name, unit: ind.unit, formula: ind.formula });
    return { pg, body: r.body };
  }

  beforeAll(async () => {
    h = await startApi({ cases: 4000 });
    filled = await fillMissingFacts(h.db.pool);
    await syncUntilEqual(h.db.pool, h.app.get<ClickHouse>(CLICKHOUSE), () => h.sync());
    for (const u of ['leader', 'county']) tokens[u] = (await h.login(u)).accessToken;
    today = todayInShanghai();
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it('lists every declared indicator, and every one has a Postgres twin', async () => {
    const r = await h.call('GET', '/api/v1/indicators', { token: tokens.leader });
    expect(r.status).toBe(200);
    expect((r.body.indicators as Body[]).map((i) => i.key)).toEqual(INDICATOR_LIST.map((i) => i.key));
    for (const i of r.body.indicators as Body[]) expect(i.name).toMatch(/[\u4e00-\u9fa5]/);
    const missing = INDICATOR_LIST.map((i) => i.key).filter((k) => !PG_TWINS[k]);
    expect(missing).toEqual([]);
    // every source has rows, from the seed or written by fillMissingFacts (which ones: `filled`)
    for (const table of ['cases', 'case_events', 'consultations', 'evaluations', 'survey_calls', 'rectifications', 'case_handoffs', 'calendar_days']) {
      const n = Number((await h.db.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
      expect({ table, empty: n === 0, filledByTest: filled.includes(table) }).toEqual({ table, empty: false, filledByTest: filled.includes(table) });
    }
  });

  describe.each(INDICATOR_LIST.map((i) => [i.key, i] as const))('%s', (_key, ind) => {
    const group = defaultGroup(ind);

    it('whole city, by month', async () => {
      const { pg, body } = await compare(ind, { from: '2025-01', to: '2026-10' }, { grain: 'month', groupBy: group, path: CITY });
      expect(body.region).toMatchObject({ code: '140500', level: 'CITY' });
      expect(new Set(pg.map((r) => r.period)).size).toBeGreaterThanOrEqual(ind.key === 'survey-response-rate' ? 12 : 18);
      expect(weight(ind, pg)).toBeGreaterThan(0);
    });

    it('a county, by township (or per step within the county)', async () => {
      const params = ind.steps ? { from: '2025-11', to: '2026-10', region: COUNTY.code } : { from: '2025-11', to: '2026-10', region: COUNTY.code, groupBy: 'region' };
      const { pg, body } = await compare(ind, params, ind.steps
        ? { grain: 'month', groupBy: 'step', path: COUNTY.path }
        : { grain: 'month', groupBy: 'region', regionLevel: 'township', path: COUNTY.path });
      expect(weight(ind, pg)).toBeGreaterThan(0);
      if (!ind.steps) {
        expect(body.regionLevel).toBe('township');
        const townships = (await h.db.pool.query(`SELECT code, name FROM regions WHERE level = 'TOWNSHIP' AND path LIKE $1 || '%'`, [COUNTY.path])).rows;
        const names = new Map(townships.map((t) => [t.code, t.name]));
        expect(new Set(pg.map((r) => r.group)).size).toBeGreaterThan(1);
        for (const row of body.rows as Body[]) expect(row.group.name).toBe(names.get(row.group.key));
      }
    });

    it('by one more dimension, by quarter', async () => {
      const dim = otherDimension(ind);
      // indicators kept to period and region: their other region level (counties of the city)
      const twin = dim ? { grain: 'quarter' as const, groupBy: dim, path: CITY } : { grain: 'quarter' as const, groupBy: 'region' as const, regionLevel: 'county' as const, path: CITY };
      const { pg } = await compare(ind, { from: '2025-01', to: '2026-09', grain: 'quarter', groupBy: twin.groupBy }, twin);
      expect(weight(ind, pg)).toBeGreaterThan(0);
      expect(new Set(pg.map((r) => r.group)).size).toBeGreaterThan(1);
      expect(new Set(pg.map((r) => r.period))).toEqual(new Set(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']));
    });

    it('by week over days, and by year at station level within the county', async () => {
      const week = await compare(ind, { from: '2026-08-03', to: '2026-10-25', grain: 'week' }, { grain: 'week', groupBy: group, path: CITY });
      expect(weight(ind, week.pg)).toBeGreaterThan(0);
      expect(week.pg.every((r) => new Date(`${r.period}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      if (ind.steps) return;
      const year = await compare(ind, { from: '2025-01', to: '2026-12', grain: 'year', groupBy: 'region', regionLevel: 'station' },
        { grain: 'year', groupBy: 'region', regionLevel: 'station', path: COUNTY.path }, 'county');
      expect(weight(ind, year.pg)).toBeGreaterThan(0);
    });

    it('drill-through filters (item, channel) where the indicator has them', async () => {
      const byItem = ind.dimensions.includes('item') || ind.source === 'case_handoffs';
      if (!byItem) {
        const r = await ask('leader', ind.key, { from: '2026-01', to: '2026-06', itemId: 1 });
        expect(r.status).toBe(400);
        expect(r.body.code).toBe('INDICATOR.UNSUPPORTED_DIMENSION');
        return;
      }
      // the item this indicator has most of, so the filtered figure is not empty
      const items = await pgIndicator(h.db.pool, ind.key, { grain: 'total', groupBy: 'item', path: CITY, today, ...dates('2025-01', '2026-10') });
      const topItem = Number([...items].sort((a, b) => weight(ind, [b]) - weight(ind, [a]))[0].group);
      const channel = ind.dimensions.includes('channel') ? (ind.source === 'consultations' ? 'PHONE' : 'DEVICE') : undefined;
      const { pg } = await compare(ind, { from: '2025-01', to: '2026-10', grain: 'total', itemId: topItem, channel, groupBy: ind.steps ? undefined : 'region' },
        { grain: 'total', groupBy: ind.steps ? 'step' : 'region', regionLevel: 'county', path: CITY, itemId: topItem, channel });
      expect(weight(ind, pg)).toBeGreaterThan(0);
    });

    it('compares with the previous period of the same length (compare=true)', async () => {
      const r = await ask('leader', ind.key, { from: '2026-07', to: '2026-09', compare: true });
      expect(r.status).toBe(200);
      const sum = async (fromDate: string, toExclusive: string) => {
        const rows = await pgIndicator(h.db.pool, ind.key, { grain: 'total', groupBy: group, path: CITY, today, fromDate, toExclusive });
        return { num: rows.reduce((s, x) => s + x.numerator, 0), den: rows.reduce((s, x) => s + x.denominator, 0) };
      };
      const cur = await sum('2026-07-01', '2026-10-01');
      const prev = await sum('2026-04-01', '2026-07-01');
      expect(Math.abs(r.body.previous.numerator - prev.num)).toBeLessThanOrEqual(1e-5);
      expect(r.body.previous.denominator).toBe(prev.den);
      const value = (x: { num: number; den: number }) => {
        const v = expected(ind, x.num, x.den).value;
        return v === null ? null : round(v, ind.measure.kind === 'average' ? 2 : 4);
      };
      const [c, p] = [value(cur), value(prev)];
      if (c === null || p === null) expect(r.body.previous.change).toBeNull();
      else if (ind.measure.kind === 'ratio') expect(r.body.previous.change).toBeCloseTo(c - p, 4); // percentage points
      else if (p === 0) expect(r.body.previous.change).toBeNull();
      else expect(r.body.previous.change).toBeCloseTo((c - p) / p, 4); // per cent of the previous value
      expect(weight(ind, [{ period: '', group: null, numerator: prev.num, denominator: prev.den }])).toBeGreaterThan(0);
    });
  });

  it('shows 样本不足 for a satisfaction cell with fewer than 10 ratings (station level), a value and interval otherwise', async () => {
    const ind = INDICATOR_LIST.find((i) => i.key === 'satisfaction-rate')!;
    const township = '140522100'; // 凤城镇: its stations are the cells
    const path = (await h.db.pool.query('SELECT path FROM regions WHERE code = $1', [township])).rows[0].path;
    const { pg, body } = await compare(ind, { from: '2025-01', to: '2026-10', grain: 'total', region: township, groupBy: 'region' },
      { grain: 'total', groupBy: 'region', regionLevel: 'station', path });
    expect(body.regionLevel).toBe('station');
    const small = (body.rows as Body[]).filter((r) => r.denominator > 0 && r.denominator < 10);
    expect(small.length).toBeGreaterThan(0);
    for (const r of small) expect(r).toMatchObject({ value: null, interval: null, suppressed: true });
    // the whole township has enough ratings: a rate with its interval around it
    expect(pg.reduce((s, r) => s + r.denominator, 0)).toBeGreaterThanOrEqual(10);
    expect(body.total.suppressed).toBe(false);
    expect(body.total.interval.low).toBeLessThanOrEqual(body.total.value);
    expect(body.total.interval.high).toBeGreaterThanOrEqual(body.total.value);
  });

  it('counts running cases past their due date as overdue, but not one waiting for a 补正 (clock stopped, DB1405 6.3.2)', async () => {
    const ind = INDICATOR_LIST.find((i) => i.key === 'overdue-count')!;
    const q = async (sql: string) => Number((await h.db.pool.query(sql, [today])).rows[0].n);
    // the seed's open cases fall due around its "today" (2026-11-15); the API's today is the real one
    expect(await q(`SELECT count(*) AS n FROM cases WHERE status IN ('ACCEPTED', 'IN_PROGRESS', 'HANDED_UP') AND due_date < $1::date`)).toBeGreaterThan(0);
    const paused = await q(`SELECT count(*) AS n FROM cases WHERE status = 'SUPPLEMENT_REQUESTED' AND due_date < $1::date`);
    const { pg } = await compare(ind, { from: '2026-10', to: '2026-12' }, { grain: 'month', groupBy: 'none', path: CITY });
    const late = await q(`SELECT count(*) AS n FROM cases WHERE due_date >= '2026-10-01' AND due_date < '2027-01-01'
      AND ((completed_at IS NOT NULL AND (completed_at AT TIME ZONE 'Asia/Shanghai')::date > due_date) OR (status <> 'COMPLETED' AND status <> 'FAILED' AND due_date < $1::date))`);
    // late or open past due, less the ones whose clock is stopped
    expect(pg.reduce((s, r) => s + r.numerator, 0)).toBe(late - paused);
  });

  it('does not count a suspended case (中止: open pause, status still IN_PROGRESS) as overdue, and counts it again once it resumes (DB1405 6.3.2)', async () => {
    const ind = INDICATOR_LIST.find((i) => i.key === 'overdue-count')!;
    const params = { from: '2026-10', to: '2026-12' };
    const twin = { grain: 'month' as const, groupBy: 'none' as const, path: CITY };
    const total = async () => (await compare(ind, params, twin)).body.total.numerator as number;
    const before = await total();
    const overdue = (await h.db.pool.query(`SELECT id FROM cases WHERE status = 'IN_PROGRESS' AND due_date < $1::date
      AND due_date >= '2026-10-01' ORDER BY id LIMIT 3`, [today])).rows.map((r) => r.id as number);
    expect(overdue.length).toBeGreaterThan(0);
    const change = async (sql: string, type: string) => {
      await h.db.pool.query(sql, [overdue]);
      await h.db.pool.query(`UPDATE cases SET version = version + 1 WHERE id = ANY($1::int[])`, [overdue]);
      await h.db.pool.query(`INSERT INTO case_events (case_id, type, data) SELECT unnest($1::int[]), $2, '{}'`, [overdue, type]);
      await syncUntilEqual(h.db.pool, h.app.get<ClickHouse>(CLICKHOUSE), () => h.sync());
    };
    await change(`INSERT INTO case_pauses (case_id, kind, reason, started_at) SELECT unnest($1::int[]), 'SUSPENSION', '等待鉴定结论', now()`, 'SUSPENDED');
    expect(await total()).toBe(before - overdue.length); // compare() also checked the rollup path against the Postgres twin
    // the number leads to the same cases (the list's 超期 filter says it the same way)
    const listed = await h.call('GET', '/api/v1/cases?overdue=true&dateField=due&from=2026-10-01&to=2026-12-31&pageSize=1', { token: tokens.leader });
    expect(listed.body.total).toBe(before - overdue.length);
    await change(`UPDATE case_pauses SET ended_at = now() WHERE case_id = ANY($1::int[]) AND ended_at IS NULL`, 'RESUMED');
    expect(await total()).toBe(before);
  });

  it('takes "today" (超期件数) from the Clock every case write is stamped with', async () => {
    const clock = h.app.get(Clock);
    const real = clock.now;
    const figure = async () => (await ask('leader', 'overdue-count', { from: '2026-11', to: '2026-12', grain: 'total' })).body.total.numerator as number;
    const twin = async (t: string) => (await pgIndicator(h.db.pool, 'overdue-count', { grain: 'total', groupBy: 'none', path: CITY, today: t, ...dates('2026-11', '2026-12') }))
      .reduce((n, r) => n + r.numerator, 0);
    try {
      clock.now = () => new Date('2026-11-01T04:00:00Z'); // before the seed's running cases fall due
      const early = await figure();
      expect(early).toBe(await twin('2026-11-01'));
      expect(early).toBeLessThan(await twin(today));
    } finally {
      clock.now = real;
    }
    expect(await figure()).toBe(await twin(today));
  });

  it('leaves a rectification closed by an upheld appeal (误评/恶意评价) out of 整改按期完成率, as the rectification statistics do (DB1405 8.2)', async () => {
    const window = `due_date >= '2025-01-01' AND due_date < '2026-11-01'`;
    const q = async (sql: string) => Number((await h.db.pool.query(sql, [today])).rows[0].n);
    const upheld = await q(`SELECT count(*) AS n FROM rectifications r WHERE ${window} AND $1::date IS NOT NULL
      AND EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = r.id AND e.type = 'APPEAL_UPHELD')`);
    expect(upheld).toBeGreaterThan(0);
    const due = await q(`SELECT count(*) AS n FROM rectifications WHERE ${window} AND (due_date < $1::date OR status = 'CLOSED')`);
    const r = await ask('leader', 'rectification-on-time-rate', { from: '2025-01', to: '2026-10', grain: 'total' });
    expect(r.status).toBe(200);
    // STATS_DEFINITIONS.appeal (api/src/rectifications/rectification-stats.service.ts): 申诉成立而办结的任务不需整改，不计入按期完成率
    expect(r.body.total.denominator).toBe(due - upheld);
  });

  it('keeps a county leader inside the county: another county is 404, no region means the own county', async () => {
    const other = await ask('county', 'case-count', { from: '2026-01', to: '2026-03', region: '140525' });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('REGION.NOT_FOUND');
    const city = await ask('county', 'satisfaction-rate', { from: '2026-01', to: '2026-03', region: '140500' });
    expect(city.status).toBe(404);
    const mine = await ask('county', 'case-count', { from: '2026-01', to: '2026-03', groupBy: 'region' });
    expect(mine.status).toBe(200);
    expect(mine.body.region).toMatchObject({ code: COUNTY.code, name: '阳城县', level: 'COUNTY' });
    const pg = await pgIndicator(h.db.pool, 'case-count', { grain: 'total', groupBy: 'none', path: COUNTY.path, today, ...dates('2026-01', '2026-03') });
    expect(mine.body.total.numerator).toBe(pg[0].numerator);
    const all = await pgIndicator(h.db.pool, 'case-count', { grain: 'total', groupBy: 'none', path: CITY, today, ...dates('2026-01', '2026-03') });
    expect(all[0].numerator).toBeGreaterThan(pg[0].numerator); // the city is bigger: the scope did filter
  });

  it('answers an unknown indicator with 404 INDICATOR.NOT_FOUND', async () => {
    const r = await ask('leader', 'no-such-indicator', { from: '2026-01', to: '2026-03' });
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('INDICATOR.NOT_FOUND');
    expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses a dimension the indicator does not have with 400 INDICATOR.UNSUPPORTED_DIMENSION', async () => {
    for (const [key, params] of [
      ['survey-response-rate', { groupBy: 'item' }],
      ['rectification-on-time-rate', { groupBy: 'agent' }],
      ['case-count', { groupBy: 'channel' }],
      ['hop-duration', { groupBy: 'region' }],
      ['on-time-rate', { groupBy: 'step' }],
      ['completion-rate', { channel: 'PHONE' }],
    ] as const) {
      const r = await ask('leader', key, { from: '2026-01', to: '2026-03', ...params });
      expect({ key, status: r.status, code: r.body.code }).toEqual({ key, status: 400, code: 'INDICATOR.UNSUPPORTED_DIMENSION' });
    }
  });

  it('refuses a bad period with 400', async () => {
    for (const [from, to, code] of [
      ['2026-05', '2026-01', 'INDICATOR.INVALID_PERIOD'],
      ['2026-13', '2026-14', 'INDICATOR.INVALID_PERIOD'],
      ['2026-01', '2026-02-15', 'INDICATOR.INVALID_PERIOD'],
      ['2026-02-30', '2026-03-01', 'INDICATOR.INVALID_PERIOD'],
      ['2000-01', '2026-01', 'INDICATOR.INVALID_PERIOD'],
    ]) {
      const r = await ask('leader', 'case-count', { from, to });
      expect({ from, to, status: r.status, code: r.body.code }).toEqual({ from, to, status: 400, code });
    }
    const grain = await ask('leader', 'case-count', { from: '2026-01', to: '2026-02', grain: 'decade' });
    expect(grain.status).toBe(400);
  });
});
