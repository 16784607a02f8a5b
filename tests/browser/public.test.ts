/**
 * Browser test of the public disclosure (DB1405 8.1.3, 4.4; issue 5) on a phone-sized viewport
 * (390 px): satisfaction and the catalogue in Chinese with no login, every public page free of
 * ID numbers, mobile numbers and seeded citizens' names, and the online evaluation link taking
 * one evaluation and refusing the second (409). The built app (dist/) on a freshly seeded database.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Pool } from 'pg';
import { deriveEvaluationToken, evaluationTokenKey, hashEvaluationToken } from '../../api/src/evaluations/evaluation-token';
import { startApp } from '../support/app-process';
import { countInkedPixels, launchBrowser, screenshot } from '../support/browser';
import { loadPiiReference, scanPage, type Hit, type PiiReference } from '../support/pii-scan';

// A fixed server secret, so the test derives the evaluation links exactly as the app does (HMAC).
const JWT_SECRET = 'browser-public-test-secret-0123456789abcdef';
const WIDTH = 390;

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;
let pool: Pool;
let ref: PiiReference;

beforeAll(async () => {
  // The page walk makes some 60 public calls from one address within a minute; the limit itself is
  // tested in tests/integration/public.test.ts.
  app = await startApp({ cases: 2000, env: { JWT_SECRET, PUBLIC_RATE_PER_IP: '1000' } });
  browser = await launchBrowser();
  pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  ref = await loadPiiReference(pool);
}, 240_000);

afterAll(async () => {
  await pool?.end();
  await browser?.close();
  await app?.stop();
}, 60_000);

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** A finished case's online evaluation link, issued as the evaluations module issues it (same secret, same derivation). */
async function evaluationLink(): Promise<{ token: string; caseId: number }> {
  const c = (await pool.query(`SELECT c.id FROM cases c
    WHERE c.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id)
      AND NOT EXISTS (SELECT 1 FROM evaluation_tokens t WHERE t.case_id = c.id AND t.used_at IS NOT NULL)
    ORDER BY c.id DESC LIMIT 1`)).rows[0];
  const token = deriveEvaluationToken(evaluationTokenKey(JWT_SECRET), c.id);
  await pool.query(`INSERT INTO evaluation_tokens (case_id, occasion, token_hash, expires_at) VALUES ($1, 1, $2, now() + interval '30 days')
    ON CONFLICT (case_id, occasion) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at`, [c.id, hashEvaluationToken(token)]);
  return { token, caseId: c.id };
}

// Every text node and the attribute values a reader or screen reader meets (a string: the
// Node-side type-check has no DOM lib).
const PAGE_TEXTS = `(() => {
  const out = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (w.nextNode()) out.push(w.currentNode.nodeValue);
  for (const el of document.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'value', 'href']) { const v = el.getAttribute(a); if (v) out.push(v); }
  }
  for (const el of document.querySelectorAll('input, textarea, select')) out.push(el.value);
  return out;
})()`;

async function scan(page: Page, where: string): Promise<Hit[]> {
  const texts = (await page.evaluate(PAGE_TEXTS)) as string[];
  expect(texts.length).toBeGreaterThan(20); // the page was read, not an empty shell
  return scanPage(where, await page.content(), texts, ref);
}

async function noSideways(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth')) as number;
}

test('the public home shows satisfaction in Chinese at 390 px, with no login; the catalogue lists items with materials and procedure', async () => {
  const { context, page } = await phone();
  try {
    // the login page leads there
    await page.goto(`${app!.baseUrl}/login`);
    await page.getByRole('link', { name: /公开信息/ }).click();
    await page.waitForURL((u) => u.pathname === '/public');
    await page.getByRole('heading', { level: 1, name: '群众满意度' }).waitFor();
    const summary = page.getByTestId('sat-summary');
    await summary.waitFor();
    const rate = (await page.getByTestId('sat-rate').textContent())!;
    expect(rate).toMatch(/满意率/);
    expect(rate).toMatch(/\d+\.\d%|样本不足/);
    expect(await summary.textContent()).toMatch(/有效评价 \d+ 条/);
    // the city's counties, each with n and a rate or 样本不足
    const areas = page.getByTestId('sat-areas').locator('li');
    expect(await areas.count()).toBe(6);
    for (const t of await areas.allTextContents()) expect(t).toMatch(/有效评价 \d+ 条.*满意率(\d+\.\d%|样本不足)/);
    expect(await page.getByText('口径说明').count()).toBe(1);
    expect(await page.getByText(/满意率 = （非常满意 \+ 满意 \+ 基本满意）÷ 有效评价数/).count()).toBe(1);
    // the trend chart drew something
    await page.waitForFunction(`(() => { const el = document.querySelector('.pub-chart__canvas'); return el && el.dataset.renderedVersion === el.dataset.optionVersion; })()`);
    expect(await countInkedPixels(page, '.pub-chart__canvas canvas')).toBeGreaterThan(500);
    expect(await noSideways(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'public-home-390');

    // quarters, then one county's townships (drill down)
    await page.getByRole('button', { name: '按季度' }).click();
    await page.waitForURL((u) => u.searchParams.get('period') === 'quarter');
    await page.getByRole('combobox', { name: '期间' }).locator('option', { hasText: /季度/ }).first().waitFor({ state: 'attached' });
    await page.getByTestId('sat-areas').locator('li[data-area="140522"]').getByRole('button', { name: '查看下级' }).click();
    await page.waitForURL((u) => u.searchParams.get('region') === '140522');
    await page.getByRole('heading', { level: 2, name: /^阳城县 · / }).waitFor();
    await page.getByRole('heading', { level: 2, name: '各乡镇（街道）' }).waitFor();
    expect(await noSideways(page)).toBeLessThanOrEqual(WIDTH);

    // the catalogue, then one item's materials, procedure, time limit and level
    await page.getByRole('navigation', { name: '公开信息栏目' }).getByRole('link', { name: '服务事项' }).click();
    await page.getByRole('heading', { level: 1, name: '服务事项' }).waitFor();
    const items = page.getByTestId('catalogue-items').locator('li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(5);
    expect(await items.first().textContent()).toMatch(/(村级|乡镇|县级)办理.*\d+ 个工作日/);
    await page.getByText('红色代办服务免费，不收取任何代办费、手续费（DB1405 4.5）').waitFor();
    await items.first().getByRole('link').click();
    await page.getByTestId('item-materials').waitFor();
    expect(await page.getByTestId('item-materials').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('item-procedure').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('item-time-limit').textContent()).toMatch(/^\d+ 个工作日$/);
    expect(await noSideways(page)).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, 'public-item-390');
    // still no login, never sent there
    expect(new URL(page.url()).pathname).toMatch(/^\/public\/catalogue\/\d+$/);
  } finally {
    await context.close();
  }
}, 120_000);

test('no public page shows an ID number, a mobile number or a seeded citizen\'s name', async () => {
  const { context, page } = await phone();
  const hits: Hit[] = [];
  try {
    const station = (await pool.query(`SELECT station_id AS id FROM agents WHERE active GROUP BY station_id ORDER BY count(*) DESC, station_id LIMIT 1`)).rows[0].id;
    const item = (await pool.query(`SELECT id FROM catalogue_items WHERE active ORDER BY id LIMIT 1`)).rows[0].id;
    const { token } = await evaluationLink();
    const pages: [string, string][] = [
      ['/public', '[data-testid="sat-areas"] li'],
      ['/public?period=quarter&region=140522', '[data-testid="sat-areas"] li'],
      ['/public?region=140522100', '[data-testid="sat-summary"]'],
      ['/public/rectifications', '[data-testid="rect-summary"]'],
      ['/public/rectifications?region=140522', '[data-testid="rect-summary"]'],
      ['/public/catalogue', '[data-testid="catalogue-items"] li'],
      [`/public/catalogue/${item}`, '[data-testid="item-materials"]'],
      ['/public/stations', '[data-testid="station-list"] li'],
      ['/public/stations?region=140522&page=2', '[data-testid="station-list"] li'],
      [`/public/stations/${station}`, '[data-testid="station-agents"] li'],
      [`/public/evaluate/${token}`, 'form.pub-form'],
      ['/public/suggest', 'form.pub-form'],
    ];
    for (const [path, ready] of pages) {
      await page.goto(`${app!.baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      expect(new URL(page.url()).pathname).toBe(path.split('?')[0]);
      hits.push(...(await scan(page, path)));
      expect(await noSideways(page)).toBeLessThanOrEqual(WIDTH);
    }
    // a suggestion with a contact phone: the receipt and the lookup show neither the phone nor anything personal
    await page.getByLabel('意见建议（5-1000 字）').fill('建议服务站周六上午也安排代办员值班');
    await page.getByLabel('联系电话（可不填）').fill('13700001111');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{12}$/);
    hits.push(...(await scan(page, '/public/suggest (receipt)')));
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByTestId('suggestion-status').waitFor();
    expect(await page.getByTestId('suggestion-status').textContent()).toContain('待答复');
    hits.push(...(await scan(page, '/public/suggest (lookup)')));
    expect(hits.slice(0, 20)).toEqual([]);

    // the scan can fail: a citizen's name, a phone and an ID number put into the page are all found
    const name = ref.names.find((n) => n.length === 3)!;
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<p>联系人${name}</p><p>13812345678</p><p>14052219800101123X</p>')`);
    expect((await scan(page, 'probe')).map((x) => x.kind).sort()).toEqual(['citizen-name', 'id-number', 'id-number', 'mobile', 'mobile']);
  } finally {
    await context.close();
  }
}, 180_000);

test('an evaluation through the token link succeeds once; the second submission is refused (409) in Chinese', async () => {
  const { token, caseId } = await evaluationLink();
  const url = `${app!.baseUrl}/public/evaluate/${token}`;
  const a = await phone();
  const b = await phone();
  try {
    // two phones open the same link while it is still unused
    for (const { page } of [a, b]) {
      await page.goto(url);
      await page.getByRole('button', { name: '提交评价' }).waitFor();
    }

    // the first evaluates: a level, the three optional ratings, 办成了吗, a comment
    const p = a.page;
    await p.getByLabel('满意', { exact: true }).check({ force: true });
    await p.getByLabel('办事效率 5 分').check({ force: true });
    await p.getByLabel('服务态度 4 分').check({ force: true });
    await p.getByLabel('业务水平 5 分').check({ force: true });
    await p.getByLabel('办成了', { exact: true }).check({ force: true });
    await p.getByLabel(/^留言/).fill('代办员很耐心，跑了两趟帮我办好了');
    expect(await noSideways(p)).toBeLessThanOrEqual(WIDTH);
    await p.getByRole('button', { name: '提交评价' }).click();
    await p.getByTestId('evaluate-done').waitFor();
    expect(await p.getByTestId('evaluate-done').textContent()).toContain('评价已提交，感谢您的评价！');
    await screenshot(p, 'public-evaluate-done-390');

    // the second phone submits too: the server answers 409 and the page says why
    const q = b.page;
    await q.getByLabel('非常满意', { exact: true }).check({ force: true });
    const answer = q.waitForResponse((r) => r.url().includes(`/api/v1/public/evaluations/${token}`) && r.request().method() === 'POST');
    await q.getByRole('button', { name: '提交评价' }).click();
    expect((await answer).status()).toBe(409);
    await q.getByTestId('evaluate-refused').waitFor();
    expect(await q.getByTestId('evaluate-refused').textContent()).toBe('该评价链接已使用，每件事项只能评价一次');
    await screenshot(q, 'public-evaluate-refused-390');

    // opening the link again: no form, the same refusal
    await p.goto(url);
    await p.getByTestId('evaluate-refused').waitFor();
    expect(await p.getByRole('button', { name: '提交评价' }).count()).toBe(0);

    // exactly one evaluation, online, with what the first phone chose
    const rows = (await pool.query(`SELECT channel, level, efficiency, attitude, professionalism, done FROM evaluations WHERE case_id = $1`, [caseId])).rows;
    expect(rows).toEqual([{ channel: 'ONLINE', level: 'SATISFIED', efficiency: 5, attitude: 4, professionalism: 5, done: true }]);
  } finally {
    await a.context.close();
    await b.context.close();
  }
}, 120_000);
