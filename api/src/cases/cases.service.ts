import { Inject, Injectable } from '@nestjs/common';
import type { CaseStatus, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { PiiCipher } from '../privacy/pii-cipher';
import { caseDetail, caseSummary } from './case-views';
import { CaseErrors } from './cases.errors';

const include = {
  item: { select: { id: true, name: true } },
  station: { select: { id: true, name: true } },
  agent: { select: { id: true, name: true } },
} as const;

export interface CaseListQuery { status?: CaseStatus; stationId?: number; caseNo?: string; page: number; pageSize: number }

@Injectable()
export class CasesService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService, @Inject(PiiCipher) private readonly pii: PiiCipher) {}

  /** Every case query starts here: only cases of stations inside the caller's region subtree. */
  private scope(user: Principal): Prisma.CaseWhereInput {
    return { station: { region: { path: { startsWith: user.scopePath } } } };
  }

  async list(user: Principal, q: CaseListQuery) {
    const where: Prisma.CaseWhereInput = {
      AND: [this.scope(user), q.status ? { status: q.status } : {}, q.stationId ? { stationId: q.stationId } : {}, q.caseNo ? { caseNo: q.caseNo } : {}],
    };
    const [rows, total] = await Promise.all([
      this.prisma.case.findMany({ where, include, orderBy: { id: 'desc' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
      this.prisma.case.count({ where }),
    ]);
    return { items: rows.map(caseSummary), total, page: q.page, pageSize: q.pageSize };
  }

  private async find(user: Principal, id: number) {
    const c = await this.prisma.case.findFirst({ where: { AND: [{ id }, this.scope(user)] }, include });
    if (!c) throw CaseErrors.notFound();
    return c;
  }

  async detail(user: Principal, id: number) {
    const c = await this.find(user, id);
    const events = await this.prisma.caseEvent.findMany({
      where: { caseId: id }, orderBy: { id: 'asc' },
      select: { id: true, type: true, fromStatus: true, toStatus: true, at: true, actor: { select: { username: true } } },
    });
    return caseDetail(c, events);
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
}
