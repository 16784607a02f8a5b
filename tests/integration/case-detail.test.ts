import type { PrismaClient } from '@prisma/client';
import { CaseCommands } from '../../api/src/cases/case-commands';
import { allowedActions } from '../../api/src/cases/case-state';
import { caseDetail } from '../../api/src/cases/case-views';
import { Clock } from '../../api/src/cases/clock';
import { DueService } from '../../api/src/cases/due.service';
import { PrismaService } from '../../api/src/infra/prisma.service';
import { startApi, type ApiHarness } from '../support/api-app';

// GET /cases/:id is one hand-written statement (api/src/cases/case-detail-sql.ts). Its twin here is
// the page as the Prisma queries assembled it before: both must give the same JSON for cases with
// every kind of child row — events with and without actors, materials, open and closed pauses,
// decided extensions, hand-offs with regions and files, home visits, re-applications — and the
// same 404 outside the caller's region (DB1405 7.2.3: the page is the case's whole history).

async function twin(h: ApiHarness, id: number) {
  const db = h.app.get(PrismaService) as PrismaClient;
  const dues = h.app.get(DueService);
  const commands = h.app.get(CaseCommands);
  const clock = h.app.get(Clock);
  const include = { item: { select: { id: true, name: true } }, station: { select: { id: true, name: true } }, agent: { select: { id: true, name: true } } } as const;
  const c = await db.case.findUniqueOrThrow({ where: { id }, include });
  const byCase = { where: { caseId: id }, orderBy: { id: 'asc' as const } };
  const [events, materials, pauses, extensions, hops, files, visits, reapplications, due, ctx, calendar] = await Promise.all([
    db.caseEvent.findMany({ ...byCase, select: { id: true, type: true, fromStatus: true, toStatus: true, at: true, data: true, actor: { select: { username: true } } } }),
    db.caseMaterial.findMany(byCase), db.casePause.findMany(byCase), db.caseExtension.findMany(byCase),
    db.caseHandoff.findMany(byCase), db.caseFile.findMany(byCase), db.homeVisit.findMany(byCase),
    db.case.findMany({ where: { reapplicationOfId: id }, select: { id: true, caseNo: true }, orderBy: { id: 'asc' } }),
    dues.explain(db, c), commands.context(db, c), dues.calendar(),
  ]);
  const userIds = [...extensions.flatMap((x) => [x.requestedById, x.decidedById]), ...hops.flatMap((x) => [x.handedUpById, x.reviewerId]), ...files.map((f) => f.uploadedById)];
  const [users, regions, agents] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds.filter((u): u is number => !!u) } } }),
    db.region.findMany({ where: { code: { in: hops.map((x) => x.toRegionCode) } } }),
    db.agent.findMany({ where: { id: { in: visits.map((v) => v.agentId) } } }),
  ]);
  const body = caseDetail(c, {
    events, materials, pauses, extensions, hops, files, visits, reapplications, due, calendar,
    actions: allowedActions(c.status, ctx),
    users: new Map(users.map((u) => [u.id, u.username])),
    agents: new Map(agents.map((a) => [a.id, a.name])),
    regions: new Map(regions.map((r) => [r.code, r.name])),
    now: clock.now(), today: clock.today(),
  });
  return JSON.parse(JSON.stringify(body));
}

describe('GET /cases/:id in one statement equals the Prisma twin', () => {
  let h: ApiHarness;
  let leader: string;
  let agent: string;
  let rich: number[];

  beforeAll(async () => {
    h = await startApi({ cases: 400 });
    h.app.get(Clock).now = () => new Date('2026-11-15T04:00:00Z');
    leader = (await h.login('leader')).accessToken;
    agent = (await h.login('agent')).accessToken;
    const q = (sql: string, v: unknown[] = []) => h.db.pool.query(sql, v);
    // Three cases of different statuses get every kind of child row the seed does not write.
    const { rows } = await q(`SELECT id, station_id, agent_id FROM cases WHERE status IN ('IN_PROGRESS','HANDED_UP','COMPLETED') ORDER BY id LIMIT 3`);
    rich = rows.map((r) => r.id);
    const [u1, u2] = (await q(`SELECT id FROM users ORDER BY id LIMIT 2`)).rows.map((r) => r.id);
    const township = (await q(`SELECT code FROM regions WHERE level = 'TOWNSHIP' ORDER BY code LIMIT 1`)).rows[0].code;
    for (const [k, r] of rows.entries()) {
      await q(`INSERT INTO case_pauses (case_id, kind, reason, started_at, ended_at, working_days) VALUES ($1,'SUPPLEMENT','补正材料','2026-10-10T02:00:00Z','2026-10-14T02:00:00Z',2)`, [r.id]);
      if (k === 0) await q(`INSERT INTO case_pauses (case_id, kind, reason, started_at) VALUES ($1,'SUSPENSION','等待鉴定','2026-11-10T02:00:00Z')`, [r.id]);
      await q(`INSERT INTO case_extensions (case_id, days, reason, status, requested_by_id, requested_at, decided_by_id, decided_at, decision_note)
               VALUES ($1, 3, '需现场核查', 'APPROVED', $2, '2026-10-20T01:00:00Z', $3, '2026-10-21T01:00:00Z', '同意')`, [r.id, u1, u2]);
      await q(`INSERT INTO case_extensions (case_id, days, reason, status, requested_by_id) VALUES ($1, 2, '再延', 'PENDING', $2)`, [r.id, u2]);
      const hop = await q(`INSERT INTO case_handoffs (case_id, level, to_region_code, status, handed_up_by_id, handed_up_at, due_date, reviewed_at, reviewer_id, certificate_no)
               VALUES ($1,'TOWNSHIP',$2,'REVIEWED',$3,'2026-10-22T03:00:00Z','2026-10-28','2026-10-24T05:30:00Z',$4,'证-001') RETURNING id`, [r.id, township, u1, u2]);
      await q(`INSERT INTO case_events (case_id, type, actor_id, data, at) VALUES ($1,'HANDED_UP',$2,$3,'2026-10-22T03:00:00Z')`, [r.id, u1, JSON.stringify({ handoffId: hop.rows[0].id, note: '请审核' })]);
      await q(`INSERT INTO case_files (case_id, handoff_id, material_name, file_name, mime_type, size_bytes, sha256, uploaded_by_id)
               VALUES ($1,$2,'身份证','id.pdf','application/pdf',1234,$3,$4), ($1,NULL,'申请表','form.png','image/png',99,$3,$5)`, [r.id, hop.rows[0].id, 'a'.repeat(64), u1, u2]);
      await q(`INSERT INTO home_visits (case_id, agent_id, visit_date, note) VALUES ($1,$2,'2026-10-23','上门取件')`, [r.id, r.agent_id]);
      await q(`UPDATE cases SET reapplication_of_id = $1, statutory_fee = 12.50, fee_receipt_no = 'R-1' WHERE id = (SELECT id FROM cases WHERE id > $1 AND reapplication_of_id IS NULL ORDER BY id LIMIT 1)`, [r.id]);
    }
  }, 240_000);
  afterAll(() => h?.close());

  it('gives the twin\'s JSON for the enriched cases and a sample of seeded ones', async () => {
    const sample = (await h.db.pool.query(`SELECT id FROM cases ORDER BY id % 37, id LIMIT 40`)).rows.map((r) => r.id);
    const ids = [...rich, ...sample];
    for (const id of ids) {
      const r = await h.call('GET', `/api/v1/cases/${id}`, { token: leader });
      expect(r.status).toBe(200);
      expect(r.body).toEqual(await twin(h, id));
    }
    // The enriched rows really came through (a twin that lost them too would hide nothing else).
    const first = (await h.call('GET', `/api/v1/cases/${rich[0]}`, { token: leader })).body;
    expect(first.pauses).toHaveLength(2);
    expect(first.due.clockStopped).toBe(true); // the open 中止 stops the clock
    expect(first.extensions.map((x: { decidedBy: string | null }) => !!x.decidedBy)).toEqual([true, false]);
    const hop = first.handoffs.find((x: { certificateNo: string | null }) => x.certificateNo === '证-001'); // the seed may add its own
    expect(hop).toMatchObject({ note: '请审核', certificateNo: '证-001', reviewer: expect.any(String) });
    expect(hop.toRegion.name).not.toBe(hop.toRegion.code);
    expect(hop.files).toHaveLength(1);
    expect(first.files).toHaveLength(2);
    expect(first.homeVisits[0].agentName).toMatch(/\*/);
    expect(first.reapplications).toHaveLength(1);
    expect(first.allowedActions).not.toContain('COMPLETE'); // suspended (中止): no completion
  });

  it('answers 404 CASE.NOT_FOUND outside the caller\'s region and for a missing id', async () => {
    const scope = (await h.db.pool.query(`SELECT path FROM regions r JOIN users u ON u.region_code = r.code WHERE u.username = 'agent'`)).rows[0].path;
    const outside = (await h.db.pool.query(
      `SELECT c.id FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code WHERE left(r.path, length($1)) <> $1 LIMIT 1`, [scope])).rows[0].id;
    for (const id of [outside, 99_999_999]) {
      const r = await h.call('GET', `/api/v1/cases/${id}`, { token: agent });
      expect(r.status).toBe(404);
      expect(r.body.code).toBe('CASE.NOT_FOUND');
    }
  });
});
