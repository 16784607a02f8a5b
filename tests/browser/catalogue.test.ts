/**
 * Browser test of the service catalogue (DB1405 7.1, 4.4) and its adjustment (7.1.3): the admin
 * proposes a shorter time limit and one more material; since nobody decides their own proposal,
 * a city leader approves it, and the admin publishes it effective today; the catalogue then reads version 2.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

const ITEM = { code: 'JC-MZ-004', name: '高龄补贴申领', label: 'JC-MZ-004 高龄补贴申领' };
const MATERIAL = { name: '委托代办授权书', howToGet: '服务站现场签署' };

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 60_000);

/** Polls `read` until it returns `want` (the page updates after its calls answer). */
async function until<T>(read: () => Promise<T>, want: T, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (last !== want) {
    if (Date.now() > deadline) throw new Error(`waited for ${JSON.stringify(want)}, still ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
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

/** The catalogue row of the item, after searching for it. */
async function findInCatalogue(page: Page) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '事项清单' }).click();
  await page.getByRole('heading', { level: 2, name: '事项清单' }).waitFor();
  await page.getByLabel('搜索事项').fill(ITEM.name);
  await page.getByLabel('搜索事项').press('Enter');
  await page.waitForURL(/[?&]q=/);
  const row = page.locator(`tr[data-code="${ITEM.code}"]`);
  await row.waitFor();
  await page.locator('.cat-table tbody tr').first().waitFor();
  return row;
}

test('the admin proposes a change, a leader approves it, the admin publishes it, the catalogue reads version 2', async () => {
  let { context, page } = await newPage();
  try {
    // ---- the admin reads the catalogue: every column of DB1405 7.1 / 4.4 ----
    await logIn(page, 'admin');
    let row = await findInCatalogue(page);
    const headers = (await page.locator('.cat-table thead th').allTextContents()).map((s) => s.trim());
    expect(headers).toEqual(['事项名称', '类别', '办理层级', '承诺时限(工作日)', '材料数', '版本', '来源']);
    expect((await row.locator('[data-col="time-limit"]').textContent())?.trim()).toBe('10');
    expect((await row.locator('[data-col="version"]').textContent())?.trim()).toBe('第 1 版');
    const materialsBefore = Number((await row.locator('[data-col="materials"]').textContent())?.trim());
    expect(await page.getByText('红色代办服务免费，不收取任何代办费、手续费（DB1405 4.5）').first().isVisible()).toBe(true);

    // ---- … and proposes a change on 目录调整: a shorter time limit and one more material ----
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '目录调整' }).click();
    await page.getByRole('heading', { level: 3, name: '提出目录调整' }).waitFor();
    await page.getByLabel('事项', { exact: true }).selectOption({ label: ITEM.label });
    await until(() => page.getByLabel('事项名称').inputValue(), ITEM.name);
    await page.getByLabel('承诺时限（工作日）').fill('5');
    await page.getByRole('button', { name: '添加材料' }).click();
    const n = materialsBefore + 1;
    await page.getByLabel(`材料名称 ${n}`).fill(MATERIAL.name);
    await page.getByLabel(`形式 ${n}`).selectOption({ label: '原件' });
    await page.getByLabel(`份数 ${n}`).fill('1');
    await page.getByLabel(`获取方式 ${n}`).fill(MATERIAL.howToGet);
    await page.getByLabel('调整理由').fill('群众反映办理周期长，缩短承诺时限并补充委托书');
    await page.getByRole('button', { name: '提交调整申请' }).click();
    await page.getByText(`已提交“${ITEM.name}”第 2 版调整，等待审批`).waitFor();
    const mine = page.locator('tr[data-status="PROPOSED"]', { hasText: ITEM.name });
    await mine.waitFor();
    // the admin may decide, but not their own proposal
    expect(await mine.getByText('本人提出，待他人审批').isVisible()).toBe(true);
    expect(await mine.getByRole('button', { name: '批准' }).count()).toBe(0);

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await context.close();

    // ---- a city leader approves it (a fresh tab: no race with the logout's redirect) ----
    ({ context, page } = await newPage());
    await logIn(page, 'leader');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '目录调整' }).click();
    const proposal = page.locator('tr[data-proposal]', { hasText: ITEM.name }).first();
    await proposal.getByRole('button', { name: '批准' }).click();
    await proposal.getByLabel('审批意见（可选）').fill('同意');
    await proposal.getByRole('button', { name: '确定批准' }).click();
    await page.locator('tr[data-status="APPROVED"]', { hasText: ITEM.name }).waitFor();
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await context.close();

    // ---- the admin publishes the approved change, effective today ----
    ({ context, page } = await newPage());
    await logIn(page, 'admin');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '目录调整' }).click();
    const approved = page.locator('tr[data-status="APPROVED"]', { hasText: ITEM.name });
    await approved.getByRole('button', { name: '发布' }).click();
    await approved.getByRole('button', { name: '确定发布' }).click(); // the date defaults to today
    const published = page.locator('tr[data-status="PUBLISHED"]', { hasText: ITEM.name });
    await published.getByText(/已于 \d{4}-\d{2}-\d{2} 生效/).waitFor();
    await published.getByRole('button', { name: '查看变化' }).click();
    await page.locator('.cat-diff-row tr[data-field="timeLimitDays"]').waitFor();

    // ---- the catalogue now reads version 2 with the new time limit ----
    row = await findInCatalogue(page);
    await until(async () => (await row.locator('[data-col="version"]').textContent())?.trim(), '第 2 版');
    expect((await row.locator('[data-col="time-limit"]').textContent())?.trim()).toBe('5');
    expect(Number((await row.locator('[data-col="materials"]').textContent())?.trim())).toBe(materialsBefore + 1);

    // ---- the item: its materials, procedure, free-service note and a history of 2 versions ----
    await row.getByRole('link', { name: ITEM.name }).click();
    await page.getByRole('heading', { level: 3, name: ITEM.name }).waitFor();
    expect((await page.getByTestId('item-version').textContent())?.trim()).toBe('第 2 版');
    expect((await page.getByTestId('item-time-limit').textContent())?.trim()).toBe('5 个工作日');
    await page.getByRole('rowheader', { name: MATERIAL.name }).waitFor();
    expect(await page.locator('.cat-steps li').count()).toBeGreaterThanOrEqual(3);
    const versions = page.locator('.cat-version');
    await versions.nth(1).waitFor();
    expect(await versions.count()).toBe(2);
    expect(await versions.first().getAttribute('data-version')).toBe('2');
    expect(await versions.first().getByText('现行版本').isVisible()).toBe(true);
    const diff = (await versions.first().locator('.cat-diff tbody th').allTextContents()).map((s) => s.trim());
    expect(diff).toEqual(['承诺时限', '新增材料']);
    await screenshot(page, 'catalogue.png');
  } finally {
    await context.close();
  }
}, 120_000);

test('a station agent reads the catalogue but is not offered 目录调整', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, 'agent');
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('link', { name: '事项清单' }).waitFor();
    expect(await nav.getByRole('link', { name: '目录调整' }).count()).toBe(0);
    await findInCatalogue(page);
    await page.locator(`tr[data-code="${ITEM.code}"]`).getByRole('link', { name: ITEM.name }).click();
    await page.getByRole('heading', { level: 3, name: '申请材料' }).waitFor();
    expect(await page.getByRole('link', { name: '提出调整' }).count()).toBe(0);
  } finally {
    await context.close();
  }
}, 60_000);
