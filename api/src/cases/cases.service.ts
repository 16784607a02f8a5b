import { Inject, Injectable } from '@nestjs/common';
import type { CaseStatus } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { PiiCipher } from '../privacy/pii-cipher';
import { CaseCommands, caseScope } from './case-commands';
import { CASE_LIST_FROM, caseListWhere, type CaseListFilter } from './case-list-sql';
import type { Tx } from './case-writer';
import { allowedActions } from './case-state';
import { caseDetail, caseSummary, remainingWorkingDays } from './case-views';
import { CaseErrors } from './cases.errors';
import { Clock } from './clock';
import { DueService } from './due.service';
import { buildNotice, type OneTimeNotice } from './one-time-notice';

const include = {
  item: { select: { id: true, name: true } },
  station: { select: { id: true, name: true } },
  agent: { select: { id: true, name: true } },
} as const;

export interface CaseListQuery extends Omit<CaseListFilter, 'scopePath' | 'today' | 'status'> {
  status?: CaseStatus;
  page: number;
  pageSize: number;
}

@Injectable()
export class CasesService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(DueService) private readonly dues: DueService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(user: Principal, q: CaseListQuery) {
    if ((q.from || q.to) && !q.dateField) throw CaseErrors.invalidDate('按日期筛选时请同时指定 dateField（created、accepted、completed 或 due）');
    if (q.from && q.to && q.from > q.to) throw CaseErrors.invalidDate('开始日期不能晚于结束日期');
    const today = this.clock.today();
    const { page, pageSize, ...filter } = q;
    // Scope first (the caller's region path), then the filters; see case-list-sql.ts for why SQL.
    const where = caseListWhere({ ...filter, scopePath: user.scopePath, today });
    const [ids, counted, cal] = await Promise.all([
      this.prisma.$queryRaw<{ id: number }[]>`SELECT c.id ${CASE_LIST_FROM} WHERE ${where} ORDER BY c.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      this.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${CASE_LIST_FROM} WHERE ${where}`,
      this.dues.calendar(),
    ]);
    const rows = ids.length
      ? await this.prisma.case.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include, orderBy: { id: 'desc' } })
      : [];
    return { items: rows.map((r) => caseSummary(r, remainingWorkingDays(cal, today, r))), total: Number(counted[0]?.n ?? 0), page, pageSize };
  }

  private async find(user: Principal, id: number) {
    const c = await this.prisma.case.findFirst({ where: { AND: [{ id }, caseScope(user)] }, include });
    if (!c) throw CaseErrors.notFound();
    return c;
  }

  /** The case with its due date explained, checklist, pauses, extensions, hops, files, visits and every event. */
  async detail(user: Principal, id: number) {
    const c = await this.find(user, id);
    const db = this.prisma;
    const [events, materials, pauses, extensions, hops, files, visits, reapplications, due, ctx, calendar] = await Promise.all([
      db.caseEvent.findMany({
        where: { caseId: id }, orderBy: { id: 'asc' },
        select: { id: true, type: true, fromStatus: true, toStatus: true, at: true, data: true, actor: { select: { username: true } } },
      }),
      db.caseMaterial.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } }),
      db.casePause.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } }),
      db.caseExtension.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } }),
      db.caseHandoff.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } }),
      db.caseFile.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } }),
      db.homeVisit.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } }),
      db.case.findMany({ where: { reapplicationOfId: id }, select: { id: true, caseNo: true }, orderBy: { id: 'asc' } }),
      this.dues.explain(db, c),
      this.commands.context(db, c),
      this.dues.calendar(),
    ]);
    const userIds = new Set<number>();
    for (const x of extensions) [x.requestedById, x.decidedById].forEach((u) => u && userIds.add(u));
    for (const h of hops) [h.handedUpById, h.reviewerId].forEach((u) => u && userIds.add(u));
    for (const f of files) userIds.add(f.uploadedById);
    const [users, regions, agents] = await Promise.all([
      db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, username: true } }),
      db.region.findMany({ where: { code: { in: hops.map((h) => h.toRegionCode) } }, select: { code: true, name: true } }),
      db.agent.findMany({ where: { id: { in: visits.map((v) => v.agentId) } }, select: { id: true, name: true } }),
    ]);
    return caseDetail(c, {
      events, materials, pauses, extensions, hops, files, visits, reapplications, due, calendar,
      actions: allowedActions(c.status, ctx),
      users: new Map(users.map((u) => [u.id, u.username])),
      agents: new Map(agents.map((a) => [a.id, a.name])),
      regions: new Map(regions.map((r) => [r.code, r.name])),
      now: this.clock.now(),
      today: this.clock.today(),
    });
  }

  /** The full personal data of the citizen: only on explicit request, audited by the route. */
  async citizen(user: Principal, id: number) {
    const c = await this.find(user, id);
    return {
      name: c.citizenName,
      phone: this.pii.decrypt(c.citizenPhoneEnc),
      idNumber: c.citizenIdEnc ? this.pii.decrypt(c.citizenIdEnc) : null,
    };
  }

  /** DB1405 6.2.2: the one-time notice of the materials still missing (404 CASE.NO_NOTICE when none are). */
  async notice(user: Principal, id: number): Promise<OneTimeNotice> {
    await this.find(user, id);
    const n = await this.buildNotice(this.prisma, id);
    if (!n) throw CaseErrors.noNotice();
    return n;
  }

  async buildNotice(db: Tx, id: number): Promise<OneTimeNotice | null> {
    const c = await db.case.findUniqueOrThrow({
      where: { id },
      include: {
        item: { select: { id: true, code: true, name: true, department: true, timeLimitDays: true } },
        station: { select: { id: true, name: true, address: true, openingHours: true } },
        materials: { orderBy: { id: 'asc' } },
      },
    });
    // The limit promised under the item version the case was taken with, not a later one.
    const item = { ...c.item, timeLimitDays: await this.dues.limitDays(db, c.itemId, c.itemVersion) };
    return buildNotice({ caseNo: c.caseNo, citizenName: c.citizenName, item, station: c.station, materials: c.materials, issuedAt: c.createdAt });
  }
}
