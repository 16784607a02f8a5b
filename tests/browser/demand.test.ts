/**
 * Browser test of 需求分析 (DB1405 7.1.2-7.1.3): villagers of three townships ask, in three
 * wordings, about a matter outside the catalogue; a city leader opens 需求分析, sees the variants
 * grouped into one need with its count and townships, exports the top items to .xlsx, completes
 * the draft of the suggested new item and turns it into a catalogue proposal that 目录调整 then lists.
 * The built app with a freshly seeded database (its ETL moves the new rows into ClickHouse).
 */
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from '../../api/src/excel/read-sheet';
import { DEMO_PASSWORD, startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

const WORDINGS = ['宅基地审批', '咨询 宅基地审批的问题', '关于宅基地审批？'];

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;
let pool: Pool | undefined;

beforeAll(async () => {
  app = await startApp({ cases: 800, env: { ALERTS_ENABLED: 'false' } });
  browser = await launchBrowser();
  pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  // one station in each of three townships of 阳城县, four asks each, this month
  const { rows } = await pool.query(`
    SELECT DISTINCT ON (split_part(r.path, '/', 4)) s.id AS station, (SELECT a.id FROM agents a WHERE a.station_id = s.id ORDER BY a.id LIMIT 1) AS agent
      FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path LIKE '/140500/140522/%'
     ORDER BY split_part(r.path, '/', 4), s.id LIMIT 3`);
  for (let i = 0; i < 12; i++) {
    const s = rows[i % 3];
    await pool.query(
      `INSERT INTO consultations (station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked, topic, content,
         answer, status, answered_at, created_at, updated_at)
       VALUES ($1, $2, 'PHONE', '测试群众', 'not-encrypted-test', '138****0000', $3, '宅基地建房审批怎么办', '已告知', 'ANSWERED', now(), now(), now())`,
      [s.station, s.agent, WORDINGS[i % 3]],
    );
  }
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

test('a leader sees grouped off-catalogue demand, exports the top items and turns the ADD suggestion into a proposal', async () => {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  try {
    await logIn(page, 'leader');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '需求分析' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue/demand' && url.searchParams.has('from'));
    await page.getByRole('heading', { level: 2, name: '需求分析' }).waitFor();

    // the ETL runs every 500 ms: reload until the new consultations are counted
    const topic = page.locator('[data-table="off-catalogue"] tr[data-topic="宅基地审批"]');
    for (let i = 0; i < 40 && !(await topic.isVisible()); i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.locator('[data-table="off-catalogue"], [data-section="dm-off"] .placeholder').first().waitFor();
    }
    expect((await topic.locator('[data-col="asks"]').textContent())?.trim()).toBe('12');
    expect((await topic.locator('[data-col="townships"]').textContent())?.trim()).toBe('3');
    for (const w of WORDINGS) expect(await topic.textContent()).toContain(w);

    // 高频事项 → .xlsx with the rows of the screen
    const topRows = page.locator('[data-table="top"] tbody tr');
    expect(await topRows.count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '高频事项导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^高频事项-\d{4}-\d{2}至\d{4}-\d{2}\.xlsx$/);
    const sheet = await readSheet(readFileSync((await download.path())!), { maxRows: 1000 });
    expect(sheet.rows).toHaveLength(await topRows.count());
    expect(sheet.rows[0].values['需求合计']).toBe((await topRows.first().locator('[data-col="demand"]').textContent())!.replace(/,/g, '').trim());

    // the ADD suggestion with its evidence → complete the draft → proposal
    const card = page.locator('li[data-suggestion="ADD:宅基地审批"]');
    await card.scrollIntoViewIfNeeded();
    expect(await card.textContent()).toContain('被咨询 12 次，来自 3 个乡镇');
    await card.getByRole('button', { name: '生成目录调整提议' }).click();
    const confirm = card.getByRole('button', { name: '确认生成' });
    expect(await confirm.isDisabled()).toBe(true); // the draft's placeholders first
    await card.getByLabel('办理部门').fill('乡镇人民政府');
    await card.getByLabel('法律依据').fill('《中华人民共和国土地管理法》');
    await card.getByLabel('补充理由（可选，附在统计依据之后）').fill('多个乡镇群众反映');
    await confirm.click();
    await card.getByRole('status').filter({ hasText: '已生成目录调整提议' }).waitFor();
    await screenshot(page, 'demand-proposed');

    await card.getByRole('link', { name: '查看目录调整' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue/proposals');
    const row = page.locator('tr[data-proposal]').filter({ hasText: '宅基地审批' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('被咨询 12 次');
    expect(await row.getAttribute('data-status')).toBe('PROPOSED');
  } finally {
    await context.close();
  }
});
