/**
 * Browser test of who sees which case (region scope, masked personal data, audited full view),
 * the audit log, logout, and the silent token refresh: the built app with a freshly seeded
 * database, driven through the system Chromium.
 */
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp } from '../support/app-process';
import { launchBrowser, screenshot } from '../support/browser';

// Callbacks passed to evaluate/waitForFunction run in the page; the Node-side type-check has no DOM lib.
declare const sessionStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
interface ElementLike {
  textContent: string | null;
}
declare const document: {
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
};

const SESSION_KEY = 'red-proxy.session';

let app: Awaited<ReturnType<typeof startApp>> | undefined;
let browser: Browser | undefined;
let pool: Pool | undefined;

/** What the database says the demo agent may see. */
let agentScope: { path: string; stationNames: string[]; caseCount: number; ownCaseId: number; otherCaseId: number };

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  const one = async <T>(sql: string, params: unknown[] = []) => (await pool!.query(sql, params)).rows[0] as T;
  const { path } = await one<{ path: string }>(
    `SELECT r.path FROM users u JOIN regions r ON r.code = u.region_code WHERE u.username = 'agent'`,
  );
  const stations = await pool.query(
    `SELECT s.name FROM stations s JOIN regions r ON r.code = s.region_code WHERE r.path LIKE $1 || '%'`,
    [path],
  );
  const inScope = `FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code`;
  const { count } = await one<{ count: number }>(`SELECT count(*)::int AS count ${inScope} WHERE r.path LIKE $1 || '%'`, [path]);
  // a case with a few events, the newest first as the list shows them
  const own = await one<{ id: number }>(
    `SELECT c.id ${inScope} WHERE r.path LIKE $1 || '%' AND c.status = 'COMPLETED' ORDER BY c.id DESC LIMIT 1`,
    [path],
  );
  // DB1405 5.1.1: every village has its own station; a case of a station outside the agent's village
  const other = await one<{ id: number }>(`SELECT c.id ${inScope} WHERE r.path NOT LIKE $1 || '%' ORDER BY c.id LIMIT 1`, [path]);
  agentScope = { path, stationNames: stations.rows.map((r) => r.name), caseCount: count, ownCaseId: own.id, otherCaseId: other.id };
  expect(agentScope.caseCount).toBeGreaterThan(0);
}, 180_000);

afterAll(async () => {
  await pool?.end();
  await browser?.close();
  await app?.stop();
}, 60_000);

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

interface StoredSession {
  accessToken: string;
  refreshToken?: string;
  user: { username: string };
}

const readSession = (page: Page) =>
  page.evaluate((k) => JSON.parse(sessionStorage.getItem(k) ?? 'null'), SESSION_KEY) as Promise<StoredSession | null>;
const writeSession = (page: Page, s: StoredSession) =>
  page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [SESSION_KEY, JSON.stringify(s)] as const);

/** A token that looks like ours to the browser (the server refuses its signature). */
function forgedJwt(expSeconds: number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1', exp: expSeconds })}.not-a-signature`;
}

/** The text of every cell of the case table, by column header. */
async function caseRows(page: Page): Promise<Record<string, string>[]> {
  await page.getByTestId('case-table').locator('tbody tr').first().waitFor();
  const headers = (await page.getByTestId('case-table').locator('thead th').allTextContents()).map((s) => s.trim());
  const rows = await page
    .getByTestId('case-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from((tr as unknown as { children: ArrayLike<{ textContent: string | null }> }).children).map((c) =>
          (c.textContent ?? '').trim(),
        ),
      ),
    );
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i]])));
}

async function apiLogin(username: string): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await fetch(`${app!.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: app!.demoPassword }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { accessToken: string; refreshToken: string };
}

test('DB1405 4.4 / PIPL: the agent sees only their own cases, masked; the full data on request; another station’s case is not found', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, 'agent');
    // the menu: 案件 for every role, 审计日志 only for administrators
    await page.getByRole('link', { name: '案件', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    expect(await page.getByRole('link', { name: '审计日志' }).count()).toBe(0);

    const rows = await caseRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(20);
    for (const r of rows) {
      expect(agentScope.stationNames).toContain(r['服务站']);
      expect(r['群众']).toMatch(/^\S\*+\S?$/u); // 张*, 张*明: masked
      expect(r['案件编号']).toMatch(/^[A-Z0-9-]{4,24}$/);
      expect(['待补材料', '已受理', '办理中', '待补正', '已上报', '已办结', '未办成']).toContain(r['状态']);
    }
    expect((await page.getByTestId('pager-total').textContent())?.replace(/,/g, '')).toBe(`共 ${agentScope.caseCount} 件`);
    await screenshot(page, 'cases-list.png');

    // filter by status: the URL carries it, every row has it
    await page.getByLabel('状态').selectOption({ label: '已办结' });
    await page.waitForURL(/[?&]status=COMPLETED(&|$)/);
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('[data-testid="case-table"] tbody tr > :nth-child(5)'));
      return cells.length > 0 && cells.every((c) => c.textContent?.trim() === '已办结');
    });

    // one of the agent's own cases: summary, timeline, masked citizen
    await page.goto(`${app!.baseUrl}/cases/${agentScope.ownCaseId}`);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    const { rows: events } = await pool!.query('SELECT type FROM case_events WHERE case_id = $1 ORDER BY id', [agentScope.ownCaseId]);
    const items = timeline.locator('li');
    expect(await items.count()).toBe(events.length);
    expect((await items.first().locator('.timeline__type').textContent())?.trim()).toBe('登记');
    expect(await timeline.textContent()).toContain('办结');
    expect(await timeline.locator('time').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const citizen = page.getByTestId('citizen');
    const maskedPhone = (await citizen.locator('[data-field="phone"]').textContent())!.trim();
    expect(maskedPhone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(await page.getByText('查看完整个人信息将被记录审计').isVisible()).toBe(true);

    await page.getByRole('button', { name: '查看完整信息' }).click();
    await page.locator('[data-testid="citizen"][data-full="true"]').waitFor();
    const fullPhone = (await citizen.locator('[data-field="phone"]').textContent())!.trim();
    expect(fullPhone).toMatch(/^1\d{10}$/);
    expect(`${fullPhone.slice(0, 3)}****${fullPhone.slice(7)}`).toBe(maskedPhone);
    expect(await citizen.locator('[data-field="name"]').textContent()).not.toContain('*');
    await screenshot(page, 'case-detail.png');

    // a case of another station: not found, said plainly, with the way back
    await page.goto(`${app!.baseUrl}/cases/${agentScope.otherCaseId}`);
    const gone = page.getByTestId('case-not-found');
    await gone.waitFor();
    expect(await gone.textContent()).toContain('案件不存在，或不在您的管辖范围内');
    expect(await gone.getByRole('link', { name: '返回案件列表' }).getAttribute('href')).toBe('/cases');
    expect(await page.getByTestId('citizen').count()).toBe(0);
    await screenshot(page, 'case-out-of-scope.png');

    // an id that cannot exist reads the same
    await page.goto(`${app!.baseUrl}/cases/abc`);
    expect(await page.getByTestId('case-not-found').textContent()).toContain('案件不存在，或不在您的管辖范围内');
  } finally {
    await context.close();
  }
});

test('the admin finds the agent’s 查看个人信息 entry in the audit log', async () => {
  // the agent opens a citizen's full data (through the API, as the page does)
  const agent = await apiLogin('agent');
  const res = await fetch(`${app!.baseUrl}/api/v1/cases/${agentScope.ownCaseId}/citizen`, {
    headers: { authorization: `Bearer ${agent.accessToken}` },
  });
  expect(res.status).toBe(200);
  const requestId = res.headers.get('x-request-id');

  const { context, page } = await newPage();
  try {
    await logIn(page, 'admin');
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.waitForURL((url) => url.pathname === '/audit');
    await page.getByTestId('audit-table').waitFor();

    await page.getByLabel('操作人').fill('agent');
    await page.getByLabel('操作', { exact: true }).fill('case.pii');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('actor') === 'agent' && url.searchParams.get('action') === 'case.pii');

    const row = page.locator(`[data-testid="audit-table"] tbody tr`, { hasText: `案件 #${agentScope.ownCaseId}` }).first();
    await row.waitFor();
    const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
    // 时间, 操作人, 角色, 操作, 对象, 结果, IP, 请求编号
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(cells.slice(1, 6)).toEqual(['agent', '红色代办员', '查看个人信息', `案件 #${agentScope.ownCaseId}`, '成功']);
    if (requestId) expect(await page.locator('[data-testid="audit-table"] tbody').textContent()).toContain(requestId);
    await screenshot(page, 'audit-log.png');
  } finally {
    await context.close();
  }
});

test('after logout the old page sends the user to the login page, and the old tokens are dead', async () => {
  const { context, page } = await newPage();
  try {
    await logIn(page, 'agent');
    await page.goto(`${app!.baseUrl}/cases`);
    await caseRows(page);
    const before = (await readSession(page))!;
    expect(before.refreshToken).toBeTruthy();

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await readSession(page)).toBeNull();
    expect(await page.getByTestId('signout-reason').count()).toBe(0); // one's own logout needs no explanation

    // back to the page that was open, or open it again: the login page
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto(`${app!.baseUrl}/cases`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('button', { name: '登录' }).waitFor();

    // the server revoked the login: neither token works any more
    const call = await fetch(`${app!.baseUrl}/api/v1/cases`, { headers: { authorization: `Bearer ${before.accessToken}` } });
    expect(call.status).toBe(401);
    const refresh = await fetch(`${app!.baseUrl}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: before.refreshToken }),
    });
    expect(refresh.status).toBe(401);
  } finally {
    await context.close();
  }
});

test('an expired access token is renewed once for concurrent calls; a refused renewal ends at the login page with the reason', async () => {
  const { context, page } = await newPage();
  // refresh tokens are stored as their SHA-256 (sessions.service.ts)
  const hash = (token: string) => createHash('sha256').update(token).digest('hex');
  const familyRows = async (refreshToken: string) =>
    (
      await pool!.query(
        `SELECT count(*)::int AS n FROM auth_sessions WHERE family_id = (SELECT family_id FROM auth_sessions WHERE token_hash = $1)`,
        [hash(refreshToken)],
      )
    ).rows[0].n as number;
  try {
    await logIn(page, 'agent');
    const first = (await readSession(page))!;
    expect(await familyRows(first.refreshToken!)).toBe(1);

    // expired access token: the dashboard's concurrent calls share one refresh (a second would be
    // a reuse of the spent refresh token and end the login)
    const expired = forgedJwt(Math.floor(Date.now() / 1000) - 60);
    await writeSession(page, { ...first, accessToken: expired });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: '指标看板' }).waitFor();
    // The scope line and the KPI cards load through concurrent API calls, all after the one refresh.
    await page.waitForFunction(() => (document.querySelector('[data-testid="dashboard-scope"]')?.textContent ?? '').includes(' · '));
    await page.waitForSelector('[data-kpi="on-time-rate"]');
    const second = (await readSession(page))!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(expired); // (it may equal the first: same claims within one second)
    expect(await familyRows(first.refreshToken!)).toBe(2);

    // an access token the server refuses (AUTH.INVALID_TOKEN): refreshed and the call retried
    const refused = forgedJwt(Math.floor(Date.now() / 1000) + 600);
    await writeSession(page, { ...second, accessToken: refused });
    await page.goto(`${app!.baseUrl}/cases`);
    await caseRows(page);
    const third = (await readSession(page))!;
    expect(third.refreshToken).not.toBe(second.refreshToken);
    expect(third.accessToken).not.toBe(refused);

    // 30 idle minutes (DB1405 leaves login rules to 等保 2.0): the server refuses the refresh
    await pool!.query(
      `UPDATE auth_sessions SET created_at = now() - interval '31 minutes' WHERE token_hash = $1`,
      [hash(third.refreshToken!)],
    );
    await writeSession(page, { ...third, accessToken: forgedJwt(Math.floor(Date.now() / 1000) - 60) });
    await page.goto(`${app!.baseUrl}/cases/${agentScope.ownCaseId}`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect((await page.getByTestId('signout-reason').textContent())?.trim()).toBe('长时间未操作，登录已超时，请重新登录');
    await screenshot(page, 'login-idle-timeout.png');
    expect(await readSession(page)).toBeNull();

    // logging in again returns to the page that was open
    await page.getByLabel('用户名').fill('agent');
    await page.getByLabel('密码').fill(app!.demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${agentScope.ownCaseId}`);
    await page.getByTestId('timeline').waitFor();
  } finally {
    await context.close();
  }
});

test('a user changes their own password: Chinese messages for mistakes, then the new one logs in', async () => {
  const { context, page } = await newPage();
  const fill = async (oldPassword: string, newPassword: string, confirm: string) => {
    await page.getByLabel('原密码').fill(oldPassword);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(confirm);
    await page.getByRole('button', { name: '确认修改' }).click();
  };
  try {
    await logIn(page, 'county'); // a login no other test here uses
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL((url) => url.pathname === '/account/password');

    await fill(app!.demoPassword, 'New-Password-2026!', 'New-Password-2027!');
    expect((await page.getByRole('alert').textContent())?.trim()).toBe('两次输入的新密码不一致');
    await fill('not-the-password', 'New-Password-2026!', 'New-Password-2026!');
    await page.getByRole('alert').filter({ hasText: '原密码不正确' }).waitFor();
    await fill(app!.demoPassword, 'weakpassword', 'weakpassword');
    await page.getByRole('alert').filter({ hasText: '新密码不符合要求' }).waitFor();

    await fill(app!.demoPassword, 'New-Password-2026!', 'New-Password-2026!');
    await page.getByRole('status').filter({ hasText: '密码已修改' }).waitFor();
    await screenshot(page, 'account-password.png');

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('用户名').fill('county');
    await page.getByLabel('密码').fill('New-Password-2026!');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  } finally {
    await context.close();
  }
});
