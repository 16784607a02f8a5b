/**
 * GET /api/v1/indicators/{key}/export (dashboard tables as .xlsx): the same query as the JSON route,
 * the same rows, the caller's scope, and an audit record (architecture.md convention 5).
 */
import { Workbook } from 'exceljs';
import { XLSX_MIME } from '../../api/src/excel/xlsx-body';
import { startApi, type ApiHarness } from '../support/api-app';

const HEADERS = ['统计期', '分组', '分子', '分母', '数值', '区间下限', '区间上限', '样本不足'];

let h: ApiHarness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await startApi({ cases: 3000 });
  for (const u of ['leader', 'county']) tokens[u] = (await h.login(u)).accessToken;
}, 240_000);

afterAll(async () => {
  await h?.close();
});

/** The raw bytes of a response (the harness decodes bodies as text). */
async function download(url: string, token: string) {
  const res = await h.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload, json: () => res.json() };
}

type Cell = string | number | null;
async function readBook(bytes: Buffer) {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  const data = wb.getWorksheet('数据')!;
  const cell = (v: unknown): Cell => (v === '' || v === null || v === undefined ? null : (v as Cell));
  const headers = HEADERS.map((_, i) => cell(data.getRow(1).getCell(i + 1).value));
  const rows: Cell[][] = [];
  data.eachRow((row, n) => {
    if (n > 1) rows.push(HEADERS.map((_, i) => cell(row.getCell(i + 1).value)));
  });
  const about = new Map<string, string>();
  wb.getWorksheet('说明')!.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  return { headers, rows, about };
}

/** What a JSON row looks like in the sheet. */
const asSheetRow = (unit: string) => (r: any): Cell[] => [ // eslint-disable-line @typescript-eslint/no-explicit-any
  r.period === 'total' ? '合计' : r.period,
  r.group?.name ?? '全部',
  r.numerator,
  unit === '件' ? null : r.denominator,
  r.value,
  r.interval?.low ?? null,
  r.interval?.high ?? null,
  r.suppressed ? '是' : '否',
];

describe('indicator export (.xlsx)', () => {
  it.each([
    ['on-time-rate', 'from=2025-12&to=2026-11&grain=total&groupBy=region&region=140522'],
    ['satisfaction-rate', 'from=2025-12&to=2026-11&grain=month&groupBy=region&region=140522'],
    ['case-count', 'from=2026-01&to=2026-06&grain=month&groupBy=item'],
    ['avg-duration', 'from=2025-12&to=2026-11&grain=quarter'],
  ])('%s: the rows of the JSON answer for the same query, under the Chinese headers', async (key, query) => {
    const json = await h.call('GET', `/api/v1/indicators/${key}?${query}`, { token: tokens.leader });
    expect(json.status).toBe(200);
    expect(json.body.rows.length).toBeGreaterThan(0);
    const file = await download(`/api/v1/indicators/${key}/export?${query}`, tokens.leader);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(XLSX_MIME);
    expect(String(file.headers['content-disposition'])).toMatch(new RegExp(`^attachment; filename="indicator-${key}-\\d+-[\\d-]+\\.xlsx"; filename\\*=UTF-8''`));
    expect(file.headers['cache-control']).toBe('no-store');
    const book = await readBook(file.bytes);
    expect(book.headers).toEqual(HEADERS);
    expect(book.rows).toEqual(json.body.rows.map(asSheetRow(json.body.indicator.unit)));
    expect(book.about.get('指标')).toBe(`${json.body.indicator.name}（${json.body.indicator.unit}）`);
    expect(book.about.get('计算口径')).toBe(json.body.indicator.formula);
    expect(book.about.get('区域')).toBe(`${json.body.region.name}（${json.body.region.code}）`);
  });

  it('carries 样本不足 rows as such, with no value', async () => {
    // satisfaction by station and month: many cells have fewer than 10 evaluations (DB1405 8.1)
    const query = 'from=2026-01&to=2026-03&grain=month&groupBy=region&region=140522100';
    const json = await h.call('GET', `/api/v1/indicators/satisfaction-rate?${query}`, { token: tokens.county });
    const suppressed = json.body.rows.filter((r: { suppressed: boolean }) => r.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    const book = await readBook((await download(`/api/v1/indicators/satisfaction-rate/export?${query}`, tokens.county)).bytes);
    const marked = book.rows.filter((r) => r[7] === '是');
    expect(marked).toHaveLength(suppressed.length);
    for (const r of marked) expect(r[4]).toBeNull();
  });

  it('keeps to the caller scope: another county is 404, like the JSON route', async () => {
    const mine = await download('/api/v1/indicators/on-time-rate/export?from=2026-01&to=2026-03', tokens.county);
    expect(mine.status).toBe(200);
    expect((await readBook(mine.bytes)).about.get('区域')).toBe('阳城县（140522）');
    const other = await download('/api/v1/indicators/on-time-rate/export?from=2026-01&to=2026-03&region=140525', tokens.county);
    expect(other.status).toBe(404);
    expect(other.json()).toMatchObject({ code: 'REGION.NOT_FOUND' });
    const unknown = await download('/api/v1/indicators/no-such-indicator/export?from=2026-01&to=2026-03', tokens.county);
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'INDICATOR.NOT_FOUND' });
    const reversed = await download('/api/v1/indicators/on-time-rate/export?from=2026-05&to=2026-01', tokens.county);
    expect(reversed.status).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'INDICATOR.INVALID_PERIOD' });
  });

  it('audits every export, with who and which indicator', async () => {
    await download('/api/v1/indicators/bad-rate/export?from=2026-01&to=2026-03', tokens.leader);
    await download('/api/v1/indicators/bad-rate/export?from=2026-01&to=2026-03&region=140525', tokens.county);
    const { rows } = await h.db.pool.query(
      `SELECT actor_name, outcome, resource_type, resource_id FROM audit_log WHERE action = 'indicator.export' AND resource_id = 'bad-rate' ORDER BY id`);
    expect(rows).toEqual([
      { actor_name: 'leader', outcome: 'SUCCESS', resource_type: 'indicator', resource_id: 'bad-rate' },
      { actor_name: 'county', outcome: 'FAILURE', resource_type: 'indicator', resource_id: 'bad-rate' },
    ]);
  });
});
