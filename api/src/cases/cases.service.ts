import { Inject, Injectable } from '@nestjs/common';
import type { CaseStatus } from '@prisma/client';
import type { Principal } from '../auth/principal';
import type { Pool } from 'pg';
import { PrismaService } from '../infra/prisma.service';
import { PG_POOL } from '../infra/tokens';
import { PiiCipher } from '../privacy/pii-cipher';
import { caseContext, caseScope } from './case-commands';
import { loadCaseDetail } from './case-detail-sql';
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
    @Inject(DueService) private readonly dues: DueService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PG_POOL) private readonly pool: Pool,
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

  /**
   * The case with its due date explained, checklist, pauses, extensions, hops, files, visits and
   * every event: one statement (case-detail-sql.ts says why not Prisma here).
   */
  async detail(user: Principal, id: number) {
    const d = await loadCaseDetail(this.pool, id, user.scopePath);
    if (!d) throw CaseErrors.notFound();
    const c = d.row;
    const open = d.pauses.filter((p) => p.endedAt === null);
    const [due, calendar] = await Promise.all([this.dues.explainWith(c, d.limitDays, open.at(-1) ?? null), this.dues.calendar()]);
    return caseDetail(c, {
      ...d, due, calendar,
      actions: allowedActions(c.status, caseContext(c, open.some((p) => p.kind === 'SUSPENSION'))),
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
