import { startApi, type ApiHarness } from '../support/api-app';

// DB1405 4.3 / 7.2.1 e): the working-day calendar against the official 2026 schedule of the
// State Council (holidays and 调休 make-up working days), counting from the day after (次日起算).

describe('working-day calendar API', () => {
  let h: ApiHarness;
  let token: string;
  let admin: string;
  beforeAll(async () => {
    h = await startApi({ cases: 200 });
    token = (await h.login('agent')).accessToken;
    admin = (await h.login('admin')).accessToken;
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  const days = async (from: string, to: string) => (await h.call('GET', `/api/v1/calendar/days?from=${from}&to=${to}`, { token })).body;
  const add = (from: string, n: number) => h.call('GET', `/api/v1/calendar/add-working-days?from=${from}&days=${n}`, { token });

  it('knows the 2026 make-up working days and holidays', async () => {
    const feb = await days('2026-02-01', '2026-10-31');
    const by = new Map(feb.items.map((d: { date: string }) => [d.date, d]));
    for (const d of ['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) expect(by.get(d)).toMatchObject({ isWorkingDay: true });
    for (let i = 15; i <= 23; i++) expect(by.get(`2026-02-${i}`)).toMatchObject({ isWorkingDay: false });
    for (let i = 1; i <= 7; i++) expect(by.get(`2026-10-0${i}`)).toMatchObject({ isWorkingDay: false, name: '国庆节' });
    expect(by.get('2026-02-14')).toMatchObject({ name: '春节调休' });
    expect(feb.coveredUntil).toBe('2026-12-31');
  });

  it('adds working days across Spring Festival and National Day, counting from the next day', async () => {
    // Friday 2026-02-13 + 1: Saturday 14th is a make-up working day.
    expect((await add('2026-02-13', 1)).body).toEqual({ date: '2026-02-14', coveredUntil: '2026-12-31' });
    // 2026-02-14 + 1: the festival (15th-23rd) is skipped.
    expect((await add('2026-02-14', 1)).body.date).toBe('2026-02-24');
    // Wednesday 2026-09-30: 1-7 October off; Thursday 8th, Friday 9th, Saturday 10th (make-up day)
    // work; Sunday 11th rests.
    expect((await add('2026-09-30', 1)).body.date).toBe('2026-10-08');
    expect((await add('2026-09-30', 3)).body.date).toBe('2026-10-10');
    expect((await add('2026-09-30', 4)).body.date).toBe('2026-10-12');
    // Sunday 2026-09-20 is itself a make-up working day: from Saturday 19th, +1 is the 20th.
    expect((await add('2026-09-19', 1)).body.date).toBe('2026-09-20');
    expect((await add('2026-09-30', 0)).body.date).toBe('2026-09-30');
  });

  it('refuses, rather than guesses, past the covered range; refuses invalid dates', async () => {
    const r = await add('2026-12-20', 30);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'CALENDAR.NOT_COVERED', details: { coveredUntil: '2026-12-31' } });
    expect((await add('2026-02-30', 1)).body.code).toBe('CALENDAR.INVALID_DATE');
    expect((await add('2026-02-01', -1)).status).toBe(400);
  });

  it('lets an admin add the next year and mark a holiday; coverage and answers follow', async () => {
    const forbidden = await h.call('POST', '/api/v1/calendar/years/2027', { token });
    expect(forbidden.status).toBe(403);
    expect((await h.call('POST', '/api/v1/calendar/years/2028', { token: admin })).body.code).toBe('CALENDAR.YEAR_NOT_NEXT');
    expect((await h.call('POST', '/api/v1/calendar/years/2027', { token: admin })).body).toMatchObject({ coveredUntil: '2027-12-31' });
    // New Year's Day 2027 is a Friday: mark it a holiday; then Thursday 2026-12-31 + 1 is Monday 4 January.
    expect((await add('2026-12-31', 1)).body.date).toBe('2027-01-01');
    const put = await h.call('PUT', '/api/v1/calendar/days/2027-01-01', { token: admin, body: { isWorkingDay: false, name: '元旦' } });
    expect(put.status).toBe(200);
    expect((await add('2026-12-31', 1)).body).toEqual({ date: '2027-01-04', coveredUntil: '2027-12-31' });
    const { rows } = await h.db.pool.query(`SELECT action, actor_name FROM audit_log WHERE action LIKE 'calendar.%' ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['calendar.year.add', 'calendar.day.update']));
  });
});
