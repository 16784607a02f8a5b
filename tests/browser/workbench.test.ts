/**
 * Browser test of the station workbench (issue 4; DB1405 6.1-6.4, 7.2.2-7.2.3): an agent
 * registers a consultation, turns it into a commission for a township-level item with one material
 * missing, prints the one-time notice (6.2.2), records the material, starts handling and hands the
 * case up with a scanned PNG; the township reviewer works the hop in order (7.2.3 a-d); the agent
 * completes the case and records notification (6.4.1) and delivery (7.2.3 e). The timeline shows
 * every step. The built app with a freshly seeded database, driven through the system Chromium.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

// Callbacks passed to evaluate run in the page; the Node-side type-check has no DOM lib.
declare const window: { print: () => void; __printed?: number };

// DB1405 7.2.2: 社会保障卡申领 is handled at the township (catalogue RS-005) and has two materials.
const ITEM = '社会保障卡申领';
// A 1×1 PNG: the server checks the type by content (magic bytes), not by name.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  app = await startApp({ cases: 300 });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  // count print requests instead of opening the print dialog
  await context.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed = (window.__printed ?? 0) + 1;
    };
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${app!.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-display-name').waitFor();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/login$/);
}

async function optionValue(page: Page, select: string, label: string): Promise<string> {
  const value = await page.locator(`${select} option`, { hasText: label }).first().getAttribute('value');
  if (!value) throw new Error(`no option ${label} in ${select}`);
  return value;
}

/** Clicks a case action and waits until the case shows the expected status. */
async function caseAction(page: Page, button: string, status: string): Promise<void> {
  await page.getByTestId('case-work').getByRole('button', { name: button, exact: true }).click();
  await page.locator('.panel__head .status', { hasText: status }).first().waitFor();
}

it('DB1405 6.1-6.4, 7.2.3: consultation → commission with the one-time notice → hand-up → upper-level steps → completion, notification and delivery', async () => {
  const { context, page } = await newPage();
  try {
    // --- the agent: the workbench and a consultation (DB1405 6.1) left open
    await logIn(page, 'agent');
    await page.getByRole('link', { name: '工作台' }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByRole('link', { name: '登记咨询' }).click();
    await page.getByLabel('来访').check();
    await page.getByLabel('姓名', { exact: true }).fill('王秀英');
    await page.getByLabel('联系电话').fill('13912345678');
    await page.locator('#nc-item option', { hasText: `${ITEM}（` }).first().waitFor({ state: 'attached' });
    await page.selectOption('#nc-item', await optionValue(page, '#nc-item', `${ITEM}（`));
    await page.getByLabel('内容', { exact: true }).fill('孙子上学需要办社保卡，想了解需要哪些材料');
    await page.getByRole('button', { name: '保存咨询' }).click();
    await page.getByRole('heading', { name: '咨询记录' }).waitFor();
    expect(await page.getByTestId('consultation-status').textContent()).toBe('待答复');

    // --- 转为委托 (DB1405 4.1, 6.2): consent given, one of the two materials left unticked
    await page.getByRole('link', { name: '转为委托' }).click();
    await page.getByTestId('from-consultation').waitFor();
    const boxes = page.getByTestId('checklist').locator('label');
    await boxes.nth(1).waitFor();
    const materialNames = (await boxes.allTextContents()).map((s) => s.split('（')[0].trim());
    expect(materialNames).toHaveLength(2);
    await boxes.nth(0).locator('input').check();
    await page.getByLabel('群众自愿委托').check();
    await page.getByLabel('委托方式').selectOption('SIGNED_FORM');
    await page.getByRole('button', { name: '确认受理' }).click();

    // --- the one-time notice (DB1405 6.2.2): exactly the missing material, printable
    await page.waitForURL(/\/cases\/\d+\/notice$/);
    const caseId = Number(/\/cases\/(\d+)\/notice/.exec(page.url())![1]);
    const notice = page.getByTestId('one-time-notice');
    await notice.waitFor();
    expect(await page.getByTestId('notice-missing').locator('[data-field="name"]').allTextContents()).toEqual([materialNames[1]]);
    const caseNo = (await page.getByTestId('notice-case-no').textContent())!.trim();
    expect(caseNo).toMatch(/^[A-Z0-9-]+$/);
    expect(await notice.textContent()).toContain('服务站');
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.mainnav').isVisible()).toBe(false); // the print view is the sheet alone
    await screenshot(page, 'one-time-notice.png');
    await page.emulateMedia({ media: 'screen' });

    // --- the material arrives: accepted, the clock starts; then handling starts (DB1405 6.2.1, 6.3)
    await page.getByRole('link', { name: '返回案件' }).click();
    await page.getByTestId('case-work').waitFor();
    await page.getByTestId('case-materials').getByLabel(new RegExp(materialNames[1])).check();
    await caseAction(page, '材料补齐', '已受理');
    expect(await page.getByTestId('case-due').textContent()).toContain('受理');
    await caseAction(page, '开始办理', '办理中');

    // --- hand-up with the scanned material (DB1405 7.2.3 b)
    const handUp = page.getByTestId('hand-up');
    await handUp.locator('input[type="file"]').setInputFiles({ name: 'shebao-photo.png', mimeType: 'image/png', buffer: PNG });
    await handUp.getByRole('button', { name: '上传' }).click();
    await page.getByTestId('case-files').getByText('shebao-photo.png').waitFor();
    await handUp.getByLabel('上报说明').fill('材料已扫描上报');
    await handUp.getByRole('button', { name: '上报', exact: true }).click();
    await page.locator('.panel__head .status', { hasText: '已上报' }).first().waitFor();
    await logOut(page);

    // --- the township reviewer works the hop strictly in order (DB1405 7.2.3 a-d)
    await logIn(page, 'reviewer');
    await page.getByRole('link', { name: '上报件审核' }).click();
    const hop = page.locator(`[data-testid="handoff"][data-case-no="${caseNo}"]`);
    await hop.waitFor();
    for (const step of ['确认材料', '审核', '签字', '盖章']) {
      await hop.getByRole('button', { name: step, exact: true }).click();
      await hop.getByRole('button', { name: step, exact: true }).waitFor({ state: 'detached' });
    }
    await hop.getByLabel('证照编号').fill('YC-2026-000123');
    await hop.getByRole('button', { name: '出证' }).click();
    await hop.getByLabel('办理结果').fill('社保卡已制卡，随件回传');
    await hop.getByRole('button', { name: '回传' }).click();
    await hop.waitFor({ state: 'detached' }); // returned: no longer waiting for the township
    await logOut(page);

    // --- the agent completes, notifies (DB1405 6.4.1) and delivers (7.2.3 e)
    await logIn(page, 'agent');
    await page.goto(`${app!.baseUrl}/cases/${caseId}`);
    await page.getByTestId('case-work').waitFor();
    expect(await page.getByTestId('case-hops').textContent()).toContain('YC-2026-000123');
    await caseAction(page, '办结', '已办结');
    await page.getByTestId('case-work').getByLabel('告知方式').selectOption('SMS');
    await page.getByTestId('case-work').getByRole('button', { name: '告知结果' }).click();
    await page.getByTestId('case-work').getByText('已告知结果：短信').waitFor();
    await page.getByTestId('case-work').getByRole('button', { name: '送达' }).click();
    await page.getByTestId('case-work').getByText('已送达').waitFor();
    await page.getByTestId('case-work').getByRole('button', { name: '送达' }).waitFor({ state: 'detached' });

    // --- the timeline shows every step, in order
    const labels = (await page.getByTestId('timeline').locator('.timeline__type').allTextContents()).map((s) => s.trim());
    expect(labels).toEqual([
      '登记', '材料补齐', '开始办理', '上传材料', '上报',
      '确认材料', '审核', '签字', '盖章', '出证', '结果回传',
      '办结', '已告知结果', '结果送达',
    ]);
    await screenshot(page, 'workbench-case.png');

    // the workbench queue, with countdown badges, no longer lists the finished case
    await page.getByRole('link', { name: '工作台' }).click();
    await page.getByRole('heading', { name: /在办案件/ }).waitFor();
    expect(await page.getByRole('link', { name: caseNo }).count()).toBe(0);
    await screenshot(page, 'workbench.png');
  } finally {
    await context.close();
  }
}, 240_000);
