/**
 * Browser test of the rectification and suggestion screens (DB1405 8.2, 8.2.3): an overdue
 * rectification from a 非常不满意 evaluation shows in the agent's 整改 list with its badge; the
 * agent verifies, rectifies and feeds back through the forms the server allows; the township
 * reviewer re-checks it to closed; the reviewer answers a suggestion sent through the public API.
 * The built app with a freshly seeded database, driven through the system Chromium.
 */
import { Pool } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

const CITIZEN = '赵秀英';
const PHONE = '13566667777';

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;
let pool: Pool | undefined;
let rectId: number;
let township: string;

beforeAll(async () => {
  app = await startApp({ cases: 300, env: { ALERTS_ENABLED: 'false' } });
  browser = await launchBrowser();
  pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  const one = async (sql: string, params: unknown[] = []) => (await pool!.query(sql, params)).rows[0];
  const agent = await one(`SELECT station_id, agent_id FROM users WHERE username = 'agent'`);
  township = (await one(`SELECT region_code FROM users WHERE username = 'reviewer'`)).region_code;
  // A completed case of the agent's station, its bad evaluation, and the rectification it opened
  // (past its due date, already 催办) — the rows the evaluation service writes, written here.
  const c = await one(`INSERT INTO cases (case_no, station_id, agent_id, item_id, item_version, citizen_name, citizen_phone_enc,
      citizen_phone_masked, consent_at, status, level, created_at, accepted_at, completed_at)
    SELECT 'BR' || substr(md5(random()::text), 1, 12), $1, $2, item_id, item_version, $3, citizen_phone_enc, citizen_phone_masked,
      consent_at, 'COMPLETED', level, now() - interval '20 days', now() - interval '20 days', now() - interval '15 days'
    FROM cases ORDER BY id LIMIT 1 RETURNING id`, [agent.station_id, agent.agent_id, CITIZEN]);
  const e = await one(`INSERT INTO evaluations (case_id, channel, level, comment, comment_redacted, created_at, updated_at)
    VALUES ($1, 'PAPER', 'VERY_DISSATISFIED', $2, '我是**，等了很久没人管，电话[电话]', now() - interval '14 days', now()) RETURNING id`,
  [c.id, `我是${CITIZEN}，等了很久没人管，电话${PHONE}`]);
  const r = await one(`INSERT INTO rectifications (source, evaluation_id, case_id, station_id, status, due_date, summary, alert_level, created_at, updated_at)
    VALUES ('EVALUATION', $1, $2, $3, 'OPEN', (now() - interval '5 days')::date, '群众评价“非常不满意”：等候时间长', 'OVERDUE', now() - interval '14 days', now())
    RETURNING id`, [e.id, c.id, agent.station_id]);
  await pool.query(`INSERT INTO rectification_events (rectification_id, type, to_status, data) VALUES ($1, 'OPENED', 'OPEN', '{}')`, [r.id]);
  rectId = r.id;
}, 180_000);

afterAll(async () => {
  await pool?.end();
  await browser?.close();
  await app?.stop();
}, 60_000);

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${app!.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-display-name').waitFor();
}

/** Fills the form of one allowed step and waits for the status it leads to. */
async function step(page: Page, action: string, field: string | null, value: string, status: string): Promise<void> {
  const row = page.getByTestId('rectification-actions').locator(`[data-action="${action}"]`);
  if (field) await row.getByLabel(field).fill(value);
  await row.getByRole('button').click();
  await page.getByTestId('rectification-status').filter({ hasText: status }).waitFor();
}

it('DB1405 8.2: the agent verifies, rectifies and feeds back an overdue task; the reviewer re-checks it to closed', async () => {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  try {
    await logIn(page, 'agent');
    await page.getByRole('link', { name: '整改', exact: true }).click();
    const row = page.locator(`[data-rectification-id="${rectId}"]`);
    await row.waitFor();
    await expect(row.getByTestId('overdue-badge').textContent()).resolves.toBe('逾期催办');
    await expect(row.textContent()).resolves.toContain('赵*英');
    await page.getByTestId('rectification-stats').waitFor();
    await screenshot(page, 'rectifications-list.png');
    const listText = (await page.locator('main').textContent()) ?? '';
    expect(listText).not.toContain(CITIZEN);

    await row.getByRole('link', { name: `#${rectId}` }).click();
    await page.getByTestId('rectification-status').filter({ hasText: '待核实' }).waitFor();
    const facts = (await page.getByTestId('rectification-facts').textContent()) ?? '';
    expect(facts).toContain('非常不满意');
    expect(facts).toContain('等了很久没人管');
    expect(facts).not.toContain(CITIZEN);
    expect(facts).not.toContain(PHONE);
    // only the station's steps: no re-check buttons for the agent
    expect(await page.getByRole('button', { name: '复查通过' }).count()).toBe(0);
    // the form says what is missing before anything is sent
    await page.getByTestId('rectification-actions').locator('[data-action="VERIFY"]').getByRole('button').click();
    await page.getByText('请填写核实情况').waitFor();
    await step(page, 'VERIFY', '核实情况', '已电话联系群众，情况属实', '已核实');
    await step(page, 'RECTIFY', '整改措施', '增设取号提醒，代办员当日回复', '已整改');
    await step(page, 'FEEDBACK', '向群众反馈的情况', '已上门向群众说明整改情况', '已反馈待复查');
    expect(await page.getByTestId('rectification-actions').count()).toBe(0);
    await screenshot(page, 'rectification-fed-back.png');

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/login$/);
    await logIn(page, 'reviewer');
    await page.goto(`${app!.baseUrl}/rectifications/${rectId}`);
    await page.getByTestId('rectification-status').filter({ hasText: '已反馈待复查' }).waitFor();
    expect(await page.getByRole('button', { name: '提交整改' }).count()).toBe(0);
    await step(page, 'RECHECK_PASS', null, '', '已办结');
    const types = await page.getByTestId('rectification-timeline').locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event-type')));
    expect(types).toEqual(['OPENED', 'VERIFIED', 'RECTIFIED', 'FED_BACK', 'RECHECK_PASSED']);
    await expect(page.getByTestId('rectification-facts').textContent()).resolves.toContain('整改复查通过');
    await screenshot(page, 'rectification-closed.png');
  } finally {
    await context.close();
  }
});

it('DB1405 8.2.3: a suggestion sent through the public API is answered by the township reviewer; the contact stays masked', async () => {
  const sent = await fetch(`${app!.baseUrl}/api/v1/public/suggestions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content: '建议在服务站公示代办员的值班时间', regionCode: township, contact: PHONE }),
  });
  expect(sent.status).toBe(201);
  const { trackingCode } = (await sent.json()) as { trackingCode: string };
  const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  try {
    await logIn(page, 'reviewer');
    await page.getByRole('link', { name: '意见建议' }).click();
    const item = page.getByTestId('suggestion-list').locator('li', { hasText: '建议在服务站公示代办员的值班时间' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('135****7777');
    expect((await page.locator('main').textContent()) ?? '').not.toContain(PHONE);
    await item.getByLabel('答复内容').fill('已要求各服务站在门口公示值班时间');
    await item.getByRole('button', { name: '答复' }).click();
    await item.getByText('答复：已要求各服务站在门口公示值班时间').waitFor();
    await screenshot(page, 'suggestions.png');
    const tracked = (await (await fetch(`${app!.baseUrl}/api/v1/public/suggestions/${trackingCode}`)).json()) as { status: string; answer: string };
    expect(tracked).toMatchObject({ status: 'ANSWERED', answer: '已要求各服务站在门口公示值班时间' });
  } finally {
    await context.close();
  }
});
