/**
 * Browser test of the leadership dashboard: the built app (dist/web served by the API) with a
 * freshly seeded database and ClickHouse, driven through the system Chromium.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp } from '../support/app-process';
import { canvasFingerprint, countInkedPixels, launchBrowser, screenshot } from '../support/browser';

// Callbacks passed to waitForFunction run in the page; the Node-side type-check has no DOM lib.
interface ElementLike {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  value?: string;
  children: ArrayLike<ElementLike>;
}
declare const document: { querySelector(selector: string): ElementLike | null };

const CHART = '.chart-card [data-option-version]';
const CANVAS = `${CHART} canvas`;

// The seed's "today" is pinned so the figures do not depend on when the test runs; the seed covers
// the 24 months up to it, and the test looks at the last 12 of them.
const SEED_TODAY = '2026-11-15';
const PERIOD = { from: '2025-12', to: '2026-11' };

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
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
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

/** Waits until the chart has drawn the latest option it was given (EChart.tsx marks both). */
async function waitForChartRendered(page: Page, minVersion = 1): Promise<number> {
  await page.waitForSelector(CANVAS, { state: 'attached' });
  const handle = await page.waitForFunction(
    ([sel, min]) => {
      const el = document.querySelector(sel as string);
      const set = Number(el?.dataset.optionVersion ?? 0);
      const drawn = Number(el?.dataset.renderedVersion ?? 0);
      return set >= (min as number) && drawn === set ? set : false;
    },
    [CHART, minVersion] as const,
  );
  return (await handle.jsonValue()) as number;
}

/** The last 12 months up to the current one, as the dashboard defaults to. */
function defaultPeriod(now = new Date()): { from: string; to: string } {
  const ym = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return { from: ym(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: ym(now) };
}

/** Sets one of the period pickers (起始月份 / 截止月份) through its year and month selects. */
async function pickMonth(page: Page, label: string, month: string): Promise<void> {
  const [year, mm] = month.split('-');
  await page.getByRole('combobox', { name: `${label}（年）` }).selectOption(year);
  await page.getByRole('combobox', { name: `${label}（月）` }).selectOption(mm);
}

/** Waits until the page shows the figures of the region and period (the loading badge gone). */
async function waitForData(page: Page, regionName: string, period?: { from: string; to: string }): Promise<void> {
  const expected = period ? `${regionName} · ${period.from} 至 ${period.to}` : null;
  await page.waitForFunction(
    ([name, exact]) => {
      const text = document.querySelector('.panel__head p')?.textContent?.trim() ?? '';
      const ready = !document.querySelector('.panel__head [role="status"]');
      return ready && (exact ? text === exact : text.startsWith(`${name} · `));
    },
    [regionName, expected] as const,
  );
}

test('a leader logs in and sees the monthly on-time completion rate', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, app!.demoPassword);
    await page.waitForURL((url) => url.pathname === '/');

    await page.getByRole('heading', { level: 1, name: '红色代办监管平台' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '按时办结率' }).waitFor();
    expect(await page.title()).toBe('红色代办监管平台');
    expect(await page.getByRole('button', { name: '退出' }).isVisible()).toBe(true);
    expect((await page.getByTestId('user-display-name').textContent())?.trim()).toBeTruthy();

    // the default period (last 12 months) lands in the URL, so the link can be shared
    const def = defaultPeriod();
    await page.waitForURL((url) => url.searchParams.get('from') === def.from && url.searchParams.get('to') === def.to);
    await waitForData(page, '晋城市');

    // look at the seeded months (the same as the default while the real date is in 2026-11)
    await pickMonth(page, '起始月份', PERIOD.from);
    await pickMonth(page, '截止月份', PERIOD.to);
    await page.waitForURL((url) => url.searchParams.get('from') === PERIOD.from && url.searchParams.get('to') === PERIOD.to);
    await waitForData(page, '晋城市', PERIOD);
    const firstVersion = await waitForChartRendered(page);
    const inked = await countInkedPixels(page, CANVAS);
    expect(inked).toBeGreaterThan(500);

    // indicator definition next to the figure
    expect(await page.locator('.definition').textContent()).toContain('按期办结件数');

    // the table under the chart: one row per month, numbers in it, some cases completed
    const rows = await page.locator('table.table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from((tr as unknown as ElementLike).children).map((c) => (c.textContent ?? '').trim())),
    );
    expect(rows.map((r) => r[0])).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05',
      '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    for (const [period, completed, onTime] of rows) {
      expect(period).toMatch(/^\d{4}-\d{2}$/);
      expect(completed).toMatch(/^[\d,]+$/);
      expect(onTime).toMatch(/^[\d,]+$/);
    }
    const completedCounts = rows.map((r) => Number(r[1].replace(/,/g, '')));
    expect(Math.max(...completedCounts)).toBeGreaterThan(0);
    expect(rows.some((r) => /^\d{1,3}\.\d%$/.test(r[3]))).toBe(true);

    // choose a county: the URL carries it and the chart is drawn again with its figures
    const before = await canvasFingerprint(page, CANVAS);
    const county = page.getByRole('combobox', { name: '县（市、区）' });
    await county.locator('option', { hasText: '阳城县' }).waitFor({ state: 'attached' });
    await county.selectOption({ label: '阳城县' });
    await page.waitForURL(/[?&]region=140522(&|$)/);
    await waitForData(page, '阳城县', PERIOD);
    await waitForChartRendered(page, firstVersion + 1);
    expect(await countInkedPixels(page, CANVAS)).toBeGreaterThan(500);
    expect(await canvasFingerprint(page, CANVAS)).not.toBe(before);
    // the next level (townships of 阳城县) is offered
    expect(await page.getByRole('combobox', { name: '乡镇（街道）' }).locator('option').count()).toBeGreaterThan(1);

    await screenshot(page, 'dashboard.png');

    // reloading restores the state from the URL
    await page.reload();
    await waitForData(page, '阳城县', PERIOD);
    await page.waitForFunction(() => document.querySelector('select[data-level="COUNTY"]')?.value === '140522');
    await waitForChartRendered(page);
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
