/**
 * Browser test of the leadership dashboard (issue 6 item 5): the built app (dist/web served by the
 * API) with a freshly seeded database and ClickHouse, driven through the system Chromium. A leader
 * sees the KPI cards, drills from the city down to a station by clicking and back up the
 * breadcrumb, exports a table (.xlsx, parsed here and compared with the API) and a chart (PNG), and
 * follows a number through to the cases behind it.
 */
import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp } from '../support/app-process';
import { countInkedPixels, launchBrowser, screenshot } from '../support/browser';

// Callbacks passed to waitForFunction run in the page; the Node-side type-check has no DOM lib.
interface ElementLike {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  children: ArrayLike<ElementLike>;
}
declare const document: {
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
};

// The seed's "today" is pinned so the figures do not depend on when the test runs; the seed covers
// the 24 months up to it, and the test looks at the last 12 of them.
const SEED_TODAY = '2026-11-15';
const PERIOD = { from: '2025-12', to: '2026-11' };
const HEADERS = ['统计期', '分组', '分子', '分母', '数值', '区间下限', '区间上限', '样本不足'];
const KPI_COUNT = 10;

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  app = await startApp({ env: { SEED_TODAY } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

async function logIn(page: Page, password: string): Promise<void> {
  await page.goto(`${app!.baseUrl}/login`);
  await page.getByLabel('用户名').fill('leader');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The same query the page sends, straight to the API (to compare the figures on screen and in files). */
async function apiGet(path: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const login = await fetch(`${app!.baseUrl}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: app!.demoPassword }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`${app!.baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(res.status).toBe(200);
  return res.json();
}

/** Sets one of the period pickers (起始月份 / 截止月份) through its year and month selects. */
async function pickMonth(page: Page, label: string, month: string): Promise<void> {
  const [year, mm] = month.split('-');
  await page.getByRole('combobox', { name: `${label}（年）` }).selectOption(year);
  await page.getByRole('combobox', { name: `${label}（月）` }).selectOption(mm);
}

async function crumbs(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="breadcrumb"] li').allTextContents()).map((s) => s.trim());
}

/**
 * Waits until the page shows a level: the breadcrumb ends at `place`, the ranking lists `label`
 * rows and has loaded, and every KPI card has its figure.
 */
async function waitForLevel(page: Page, place: string, label: string): Promise<void> {
  await page.waitForFunction(
    ([p, l, n]) => {
      const items = document.querySelectorAll('[data-testid="breadcrumb"] li');
      const last = items.length ? (items[items.length - 1].textContent ?? '').trim() : '';
      const head = document.querySelector('[data-table="ranking"] thead th:nth-child(2)')?.textContent?.trim();
      const ranking = document.querySelector('section[data-panel="ranking"]')?.dataset.state;
      return last === p && head === l && ranking === 'ok' && document.querySelectorAll('.kpi-card[data-state="ok"]').length === n;
    },
    [place, label, KPI_COUNT] as const,
  );
}

async function rankingRows(page: Page): Promise<string[][]> {
  return page.locator('[data-table="ranking"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from((tr as unknown as ElementLike).children).map((c) => (c.textContent ?? '').trim())),
  );
}

/** Waits for the URL to name another region than before (keeping the period) and returns it. */
async function nextRegion(page: Page, before: string | null): Promise<string> {
  await page.waitForURL((url) => {
    const region = url.searchParams.get('region');
    return !!region && region !== before && url.searchParams.get('from') === PERIOD.from && url.searchParams.get('to') === PERIOD.to;
  });
  return new URL(page.url()).searchParams.get('region')!;
}

/** Clicks a ranked region (its name in the table) and waits for the URL to name it. */
async function drillInto(page: Page, name: string): Promise<string> {
  const before = new URL(page.url()).searchParams.get('region');
  await page.locator('[data-table="ranking"] tbody').getByRole('button', { name, exact: true }).click();
  return nextRegion(page, before);
}

/**
 * Clicks the first (best) bar of the ranking chart. The bars start right of the name labels (at most
 * 150 px) and the best one reaches far right; its band is the first below the title (56 px).
 */
async function clickFirstBar(page: Page, rows: number): Promise<string> {
  const before = new URL(page.url()).searchParams.get('region');
  const box = (await page.locator('[data-chart="ranking"] [data-option-version]').boundingBox())!;
  const plotHeight = box.height - 56 - 4 - 22; // title block above, x-axis labels below
  await page.mouse.click(box.x + 150 + 0.3 * (box.width - 222), box.y + 56 + plotHeight / rows / 2);
  return nextRegion(page, before);
}

/** Waits until a chart has drawn the latest option it was given (EChart.tsx marks both). */
async function waitForChart(page: Page, chart: string): Promise<void> {
  const sel = `[data-chart="${chart}"] [data-option-version]`;
  await page.waitForSelector(`${sel} canvas`, { state: 'attached' });
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    const set = Number(el?.dataset.optionVersion ?? 0);
    return set >= 1 && Number(el?.dataset.renderedVersion ?? 0) === set;
  }, sel);
}

test('a leader drills from the city to a station, exports a table and a chart, and reaches the cases behind a number', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, app!.demoPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 2, name: '指标看板' }).waitFor();
    await pickMonth(page, '起始月份', PERIOD.from);
    await pickMonth(page, '截止月份', PERIOD.to);
    await page.waitForURL((url) => url.searchParams.get('from') === PERIOD.from && url.searchParams.get('to') === PERIOD.to);

    // ---- city: KPI cards with numbers and their change, the definitions, counties ranked
    await waitForLevel(page, '晋城市', '县（市、区）');
    expect(await crumbs(page)).toEqual(['晋城市']);
    expect((await page.getByTestId('dashboard-scope').textContent())?.trim()).toBe(`晋城市 · ${PERIOD.from} 至 ${PERIOD.to}`);
    const kpi = async (key: string) => (await page.locator(`[data-kpi="${key}"]`).textContent())?.trim() ?? '';
    expect(await kpi('on-time-rate')).toMatch(/^\d{1,3}\.\d%$/);
    expect(Number((await kpi('case-count')).replace(/,/g, ''))).toBeGreaterThan(1000);
    expect(await kpi('avg-duration')).toMatch(/^\d+\.\d$/);
    expect(await kpi('overdue-count')).toMatch(/^[\d,]+$/);
    expect(await page.locator('[data-change="on-time-rate"]').textContent()).toMatch(/较上期 [▲▼]? ?([+−]\d+\.\d 个百分点|持平)/);
    expect(await page.locator('.kpi-card').count()).toBe(KPI_COUNT);
    // the definition is on the card (hover) and in 指标说明
    expect(await page.locator('.kpi-card', { has: page.locator('[data-kpi="on-time-rate"]') }).getAttribute('title')).toContain('按期办结件数');
    expect(await page.getByTestId('definitions').textContent()).toContain('按期办结件数 ÷ 办结件数');

    const counties = await rankingRows(page);
    expect(counties.map((r) => r[1]).sort()).toEqual(['城区', '沁水县', '阳城县', '陵川县', '泽州县', '高平市'].sort());
    expect(counties[0][0]).toBe('1');
    await waitForChart(page, 'compliance');
    expect(await countInkedPixels(page, '[data-chart="compliance"] canvas')).toBeGreaterThan(500);
    await waitForChart(page, 'ranking');
    await screenshot(page, 'dashboard-city.png');

    // ---- city → county → township → station, by clicking the ranked names
    expect(await drillInto(page, '阳城县')).toBe('140522');
    await waitForLevel(page, '阳城县', '乡镇（街道）');
    expect(await crumbs(page)).toEqual(['晋城市', '阳城县']);
    expect((await page.getByTestId('dashboard-scope').textContent())?.trim()).toBe(`阳城县 · ${PERIOD.from} 至 ${PERIOD.to}`);
    const townships = await rankingRows(page);
    expect(townships.length).toBeGreaterThan(3);
    expect(townships.map((r) => r[1])).toContain('凤城镇');

    const township = await drillInto(page, '凤城镇');
    expect(township).toMatch(/^140522\d{3}$/);
    await waitForLevel(page, '凤城镇', '服务站');
    expect(await crumbs(page)).toEqual(['晋城市', '阳城县', '凤城镇']);
    const stations = await rankingRows(page);
    expect(stations.length).toBeGreaterThan(3);
    for (const s of stations) expect(s[1]).toMatch(/便民服务站$/);
    const station = stations[0][1];
    expect(Number(stations[0][2].replace('%', ''))).toBeGreaterThan(40); // its bar reaches the click below

    // this level by the chart: its first bar is the best station, as in the table
    await waitForChart(page, 'ranking');
    const village = await clickFirstBar(page, Math.min(stations.length, 20));
    expect(village).toMatch(new RegExp(`^${township}\\d{3}$`));
    await waitForLevel(page, station, '事项');
    expect(await crumbs(page)).toEqual(['晋城市', '阳城县', '凤城镇', station]);
    // a station has no level below: its items are ranked, and none of them drills down
    expect(await page.locator('[data-table="ranking"] tbody button.dash-drill').count()).toBe(0);
    expect(Number((await kpi('case-count')).replace(/,/g, ''))).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-station.png');

    // ---- the breadcrumb goes back up; the URL is the state (a reload shows the same level)
    await page.getByTestId('breadcrumb').getByRole('button', { name: '阳城县' }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === '140522');
    await waitForLevel(page, '阳城县', '乡镇（街道）');
    expect(await crumbs(page)).toEqual(['晋城市', '阳城县']);
    await page.reload();
    await waitForLevel(page, '阳城县', '乡镇（街道）');

    // ---- 导出 Excel: the ranking table as .xlsx, equal to the API's answer for the same query
    const ranking = page.locator('section[data-panel="ranking"]');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), ranking.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`按时办结率排名-阳城县-${PERIOD.from}至${PERIOD.to}.xlsx`);
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path())!) as never);
    const data = wb.getWorksheet('数据')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const api = await apiGet(`/indicators/on-time-rate?from=${PERIOD.from}&to=${PERIOD.to}&grain=total&groupBy=region&region=140522`);
    expect(api.rows.length).toBe(townships.length);
    expect(data.rowCount).toBe(api.rows.length + 1);
    const sheetRows = new Map<string, unknown[]>();
    data.eachRow((row, i) => {
      if (i > 1) sheetRows.set(String(row.getCell(2).value), (row.values as unknown[]).slice(1));
    });
    for (const r of api.rows) {
      expect(sheetRows.get(r.group.name)).toEqual(['合计', r.group.name, r.numerator, r.denominator, r.value ?? '', r.interval?.low ?? '', r.interval?.high ?? '', r.suppressed ? '是' : '否']);
    }
    const about = wb.getWorksheet('说明')!;
    const facts = new Map<string, string>();
    about.eachRow((row) => facts.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(facts.get('指标')).toBe('按时办结率（%）');
    expect(facts.get('区域')).toBe('阳城县（140522）');
    expect(facts.get('统计期')).toBe(`${PERIOD.from} 至 ${PERIOD.to}`);
    expect(facts.get('计算口径')).toContain('按期办结件数');

    // ---- 导出图片: a chart as PNG
    await waitForChart(page, 'compliance');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="compliance"]').getByRole('button', { name: '导出图片' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^按时办结率趋势-阳城县-.*\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);

    // ---- drill-through: 超期件数 of the county opens exactly the cases it counts
    const overdue = Number((await kpi('overdue-count')).replace(/,/g, ''));
    expect(overdue).toBeGreaterThan(0);
    await page.locator('a[data-drill="overdue-count"]').click();
    await page.waitForURL((url) => url.pathname === '/cases');
    const q = new URL(page.url()).searchParams;
    expect(Object.fromEntries(q)).toEqual({ region: '140522', dateField: 'due', from: '2025-12-01', to: '2026-11-30', overdue: 'true' });
    await page.getByTestId('case-drill').waitFor();
    expect(await page.getByTestId('case-drill').textContent()).toContain('超期');
    await page.getByTestId('pager-total').waitFor();
    expect((await page.getByTestId('pager-total').textContent())?.replace(/[^\d]/g, '')).toBe(String(overdue));
  } finally {
    await context.close();
  }
});

test('a wrong password shows the Chinese error message', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, `${app!.demoPassword}-wrong`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
  } finally {
    await context.close();
  }
});
