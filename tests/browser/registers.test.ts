/**
 * Browser test of the station register (DB1405 5.1.5): a township reviewer opens 服务站, sees a
 * station's missing facilities in red, ticks one in the checklist, saves, and the red mark for it
 * is gone. The built app (dist/web served by the API) on a freshly seeded database.
 */
import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  app = await startApp({ cases: 500 });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${app!.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(app!.demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

const missingOf = (page: Page, stationId: string) =>
  page.locator(`[data-testid="stations-table"] tr[data-station-id="${stationId}"] .reg-missing__item`);

test('DB1405 5.1.5: the reviewer ticks a missing facility and its red mark disappears; Excel export, and an import refused row by row', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, 'reviewer');
    await page.getByRole('link', { name: '服务站' }).click();
    await page.waitForURL((url) => url.pathname === '/stations');
    await page.getByRole('heading', { level: 2, name: '服务站登记' }).waitFor();

    // only the stations that lack something, to be sure the first page has one
    await page.getByRole('combobox', { name: '缺少设施' }).selectOption('ANY');
    await page.waitForURL((url) => url.searchParams.get('missing') === 'ANY');
    const row = page.locator('[data-testid="stations-table"] tr.reg-row--missing').first();
    await row.waitFor();
    const stationId = (await row.getAttribute('data-station-id'))!;
    const stationName = (await row.locator('.reg-name').textContent())!.trim();
    expect(stationName).toMatch(/村便民服务站$/);
    const badges = missingOf(page, stationId);
    const before = (await badges.allTextContents()).map((s) => s.trim());
    expect(before.length).toBeGreaterThan(0);
    // the missing facilities are printed in red
    const colour = await badges.first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color);
    expect(colour).toBe('rgb(168, 7, 26)');

    // open the station: the checklist marks the same facilities as missing
    await row.locator('.reg-name').click();
    const panel = page.getByTestId('station-panel');
    await panel.getByRole('heading', { name: stationName }).waitFor();
    const facility = before[0];
    // an unticked facility reads "急救箱（缺）" (the mark is part of its accessible name)
    const checkbox = (label: string) => page.getByTestId('station-panel').getByRole('checkbox', { name: new RegExp(`^${label}(\\s*（缺）)?$`) });
    const check = checkbox(facility);
    expect(await check.isChecked()).toBe(false);
    expect(await panel.locator('.reg-check--missing').allTextContents()).toEqual(before);

    await check.check();
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    // the red mark of that facility is gone, in the table and in the checklist
    await page.waitForFunction(
      ([id, label]) => {
        const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }).document;
        const items = Array.from(doc.querySelectorAll(`[data-testid="stations-table"] tr[data-station-id="${id}"] .reg-missing__item`));
        return !items.some((i) => i.textContent?.trim() === label);
      },
      [stationId, facility] as const,
    );
    expect((await missingOf(page, stationId).allTextContents()).map((s) => s.trim())).toEqual(before.slice(1));
    expect(await panel.locator('.reg-check--missing').allTextContents()).toEqual(before.slice(1));
    expect(await check.isChecked()).toBe(true);

    await screenshot(page, 'stations.png');

    // 导出 Excel downloads the filtered register; an edited copy with a bad name is refused row by row
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^服务站登记表-\d{8}\.xlsx$/);
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('E1').value).toBe('站点名称');
    expect(ws.rowCount).toBeGreaterThan(1);
    ws.getCell('E3').value = '改错的名称';
    const edited = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await page.getByTestId('register-import-file').setInputFiles({ name: '服务站登记表.xlsx', mimeType: '', buffer: edited });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect((await errors.locator('tbody tr').first().locator('td').allTextContents()).map((x) => x.trim())).toEqual(['3', '站点名称', '站点名称应为“XX村便民服务站”']);
    expect(await page.getByRole('alert').filter({ hasText: '未导入任何数据' }).count()).toBe(1);

    // the change is stored: a reload shows the station without that facility missing
    await page.reload();
    await page.getByTestId('station-panel').getByRole('heading', { name: stationName }).waitFor();
    expect(await checkbox(facility).isChecked()).toBe(true);
  } finally {
    await context.close();
  }
});

test('DB1405 5.2: the agent register shows masked names and phones and this year\'s training hours', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, 'county');
    await page.getByRole('link', { name: '代办员' }).click();
    await page.getByRole('heading', { level: 2, name: '代办员登记' }).waitFor();
    const rows = page.locator('[data-testid="agents-table"] tbody tr[data-agent-id]');
    await rows.first().waitFor();
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[0]).toContain('*'); // 张*明
    expect(cells[3]).toMatch(/^1\d{2}\*{4}\d{4}$/); // 138****1234
    expect(cells[5]).toMatch(/^\d+(\.\d)?$/);
    const text = await page.locator('[data-testid="agents-table"]').textContent();
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);

    // the detail shows the training records and takes a new one
    await rows.first().locator('.reg-name').click();
    const panel = page.getByTestId('agent-panel');
    await panel.getByRole('heading', { name: '培训记录（DB1405 5.2.4）' }).waitFor();
    await panel.getByLabel('培训课程', { exact: true }).fill('服务礼仪与沟通技巧');
    await panel.getByLabel('学时', { exact: true }).fill('3');
    await panel.getByRole('button', { name: '登记培训' }).click();
    await panel.getByRole('status').filter({ hasText: '已登记培训记录' }).waitFor();
    expect(await panel.getByTestId('trainings-table').textContent()).toContain('服务礼仪与沟通技巧');
    await screenshot(page, 'agents.png');
  } finally {
    await context.close();
  }
});
