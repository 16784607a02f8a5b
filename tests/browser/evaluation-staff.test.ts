/**
 * Browser test of the staff side of evaluations and 回访 (issue 5; DB1405 8.1.1-8.1.3, 8.2): the
 * township reviewer enters a paper-form evaluation of 不满意 on a finished case (a rectification
 * is opened), prints the 办结回执 of another case with its QR code, approves the redacted comment
 * on 评价管理, and records a follow-up call on 回访. The built app on a freshly seeded database.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Pool } from 'pg';
import { DEMO_PASSWORD, startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

declare const window: { print: () => void; __printed?: number };

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;
let pool: Pool;

beforeAll(async () => {
  app = await startApp({ cases: 1500 });
  pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await pool?.end();
  await app?.stop();
}, 60_000);

const q = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows;

/** Finished, unrated cases of the reviewer's township, newest first. */
async function unratedCases(n: number): Promise<number[]> {
  const rows = await q(`SELECT c.id FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
    JOIN users u ON u.username = 'reviewer' JOIN regions ur ON ur.code = u.region_code
    WHERE r.path LIKE ur.path || '%' AND c.status = 'COMPLETED'
      AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id)
      AND NOT EXISTS (SELECT 1 FROM evaluation_tokens t WHERE t.case_id = c.id AND t.used_at IS NOT NULL)
    ORDER BY c.completed_at DESC LIMIT $1`, [n]);
  expect(rows.length).toBe(n);
  return rows.map((r) => r.id);
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
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

it('DB1405 8.1.1, 8.2: a paper-form 不满意 is entered on the case page and opens a rectification; the reply slip prints with its QR code', async () => {
  const [rated, slipCase] = await unratedCases(2);
  const { context, page } = await newPage();
  try {
    await logIn(page, 'reviewer');
    await page.goto(`${app!.baseUrl}/cases/${rated}`);
    const panel = page.getByTestId('case-evaluations');
    await panel.getByText('尚未评价').waitFor();
    const form = page.getByTestId('evaluation-form');
    await form.getByRole('button', { name: '提交评价' }).click();
    await form.getByText('请选择评价渠道').waitFor(); // checked in the page before any request
    await form.getByLabel('评价渠道').selectOption({ label: '纸质评价表' });
    await form.getByRole('radio', { name: '不满意', exact: true }).check();
    await form.getByText('将自动生成整改任务').waitFor();
    await form.getByLabel('服务态度').selectOption({ label: '2 分' });
    await form.getByLabel(/留言/).fill('等了很久，联系电话13912345678');
    await form.getByRole('button', { name: '提交评价' }).click();
    const item = panel.getByTestId('evaluation');
    await item.waitFor();
    expect(await item.getAttribute('data-level')).toBe('DISSATISFIED');
    await item.getByText('已生成整改任务').waitFor();
    expect(await item.innerText()).toContain('[电话]');
    expect(await item.innerText()).not.toContain('13912345678');
    await page.getByTestId('timeline').locator('[data-event-type="EVALUATED"]').last().waitFor();
    await screenshot(page, 'evaluation-case-panel');
    const rect = await q(`SELECT r.status, r.source FROM rectifications r JOIN evaluations e ON e.id = r.evaluation_id WHERE e.case_id = $1`, [rated]);
    expect(rect).toEqual([{ status: 'OPEN', source: 'EVALUATION' }]);

    // the link lasts EVALUATION_TOKEN_DAYS from completion: finish this one today (the demo data ends on a fixed day)
    await q('UPDATE cases SET completed_at = now() WHERE id = $1', [slipCase]);
    await page.goto(`${app!.baseUrl}/cases/${slipCase}`);
    await page.getByTestId('reply-slip-link').click();
    const slip = page.getByTestId('reply-slip');
    await slip.waitFor();
    await slip.getByText('办结回执').first().waitFor();
    expect(await page.getByTestId('slip-outcome').innerText()).toBe('已办结');
    expect(await page.getByTestId('slip-link').innerText()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/public\/evaluate\/[A-Za-z0-9_-]{22}$/);
    expect(await page.getByTestId('slip-qr').locator('svg').count()).toBe(1);
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    await screenshot(page, 'evaluation-reply-slip');
  } finally {
    await context.close();
  }
}, 120_000);

it('DB1405 8.1.3: 评价管理 shows the redacted comment and the moderator approves it', async () => {
  const [e] = await q(`SELECT e.id FROM evaluations e WHERE e.comment LIKE '%13912345678%'`);
  const { context, page } = await newPage();
  try {
    await logIn(page, 'reviewer');
    await page.getByRole('link', { name: '评价管理' }).click();
    const row = page.locator(`[data-evaluation-id="${e.id}"]`);
    await row.waitFor();
    await screenshot(page, 'evaluation-moderation');
    expect(await row.innerText()).toContain('等了很久，联系电话[电话]');
    await row.getByRole('button', { name: '通过并公开' }).click();
    await row.waitFor({ state: 'detached' }); // the list shows pending ones by default
    expect((await q('SELECT moderation, comment_redacted FROM evaluations WHERE id = $1', [e.id]))[0])
      .toEqual({ moderation: 'APPROVED', comment_redacted: '等了很久，联系电话[电话]' });
  } finally {
    await context.close();
  }
}, 60_000);

it('DB1405 8.1.2: 回访 lists the batch of the reviewer\'s township and records a call', async () => {
  // the latest batch, with one call of the township made pending again
  const [call] = await q(`SELECT sc.id, b.month FROM survey_calls sc JOIN survey_batches b ON b.id = sc.batch_id
    JOIN users u ON u.username = 'reviewer' WHERE sc.township_code = u.region_code
      AND NOT EXISTS (SELECT 1 FROM rectifications r WHERE r.survey_call_id = sc.id)
    ORDER BY b.month DESC, sc.id LIMIT 1`);
  expect(call).toBeTruthy();
  await q(`UPDATE survey_calls SET outcome = 'PENDING', level = NULL, comment = NULL, finding = NULL, called_at = NULL, called_by_id = NULL WHERE id = $1`, [call.id]);
  const { context, page } = await newPage();
  try {
    await logIn(page, 'reviewer');
    await page.getByRole('link', { name: '回访' }).click();
    await page.getByTestId('survey-batch').first().waitFor();
    await page.getByTestId('survey-stats').waitFor();
    const item = page.locator(`[data-call-id="${call.id}"]`);
    await item.waitFor();
    expect(await item.innerText()).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    await item.getByLabel('回访结果').selectOption({ label: '回访成功' });
    await item.getByLabel('满意程度').selectOption({ label: '满意' });
    await item.getByRole('button', { name: '登记' }).click();
    await item.waitFor({ state: 'detached' }); // pending filter
    expect((await q('SELECT outcome, level FROM survey_calls WHERE id = $1', [call.id]))[0]).toEqual({ outcome: 'REACHED', level: 'SATISFIED' });
    await screenshot(page, 'surveys');
  } finally {
    await context.close();
  }
}, 60_000);
