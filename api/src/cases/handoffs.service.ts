import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { maskName } from '../privacy/masking';
import { CaseCommands } from './case-commands';
import { CaseErrors, HandoffErrors } from './cases.errors';
import { CasesService } from './cases.service';
import { Clock } from './clock';
import type { HandoffCreateDto } from './dto/actions.dto';
import { dateColumn, handoffDueDate, isoOfDateColumn, shanghaiDate } from './due-date';
import { DueService } from './due.service';
import { decideStep, HOP_STATUS_TEXT, nextStep, STEPS, type HopStatus, type HopStep } from './handoff-steps';

export interface StepBody { note?: string; certificateNo?: string; resultNote?: string }

/**
 * Cross-level hand-off (DB1405 7.2.2-7.2.3). The station hands a township/county item up with its
 * scans; the window of the target region (a user with case:review whose scope contains it)
 * confirms the materials, reviews, signs, stamps, issues and returns; the station then completes
 * and delivers. Every step is one case event; each hop keeps its own due date and clock.
 */
@Injectable()
export class HandoffsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(DueService) private readonly dues: DueService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(user: Principal, id: number, dto: HandoffCreateDto) {
    await this.commands.execute(user, id, {
      action: 'HAND_UP', expectedVersion: dto.expectedVersion,
      build: async (tx, c, to, at) => {
        // DB1405 7.2.3 b): the scans go up with the case.
        if (!(await tx.caseFile.count({ where: { caseId: c.id } }))) throw CaseErrors.noFiles();
        const station = await tx.station.findUniqueOrThrow({ where: { id: c.stationId }, select: { region: { select: { path: true } } } });
        const [, county, township] = station.region.path.split('/').filter(Boolean);
        const targetCode = c.level === 'COUNTY' ? county : township;
        const target = targetCode ? await tx.region.findUnique({ where: { code: targetCode }, select: { code: true, level: true } }) : null;
        if (!target || target.level !== c.level) throw HandoffErrors.noTarget();
        const due = handoffDueDate(await this.dues.calendar(), shanghaiDate(at), isoOfDateColumn(c.dueDate));
        const hop = await tx.caseHandoff.create({
          data: {
            caseId: c.id, level: c.level, toRegionCode: target.code, status: 'HANDED_UP', handedUpById: user.userId, handedUpAt: at,
            dueDate: due ? dateColumn(due) : null,
          },
        });
        const files = await tx.caseFile.updateMany({ where: { caseId: c.id, handoffId: null }, data: { handoffId: hop.id } });
        return { type: 'HANDED_UP', to, detail: { handoffId: hop.id, to: c.level, toRegionCode: target.code, dueDate: due, files: files.count, note: dto.note ?? null } };
      },
    });
    return this.cases.detail(user, id);
  }

  /** Region codes of the township/county windows inside the caller's scope: the hops they answer for. */
  private async targetCodes(user: Principal): Promise<string[]> {
    const rows = await this.prisma.region.findMany({ where: { path: { startsWith: user.scopePath }, level: { in: ['TOWNSHIP', 'COUNTY'] } }, select: { code: true } });
    return rows.map((r) => r.code);
  }

  /** Hops waiting for the caller's level (scoped by the TARGET region), oldest first. */
  async list(user: Principal, status = 'OPEN') {
    const where: Prisma.CaseHandoffWhereInput = {
      toRegionCode: { in: await this.targetCodes(user) },
      ...(status === 'ALL' ? {} : status === 'OPEN' ? { status: { not: 'RETURNED' } } : { status }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.caseHandoff.findMany({
        where, orderBy: { handedUpAt: 'asc' }, take: 200,
        include: {
          case: { select: { id: true, caseNo: true, version: true, citizenName: true, dueDate: true, item: { select: { id: true, name: true } }, station: { select: { id: true, name: true } } } },
          _count: { select: { files: true } },
        },
      }),
      this.prisma.caseHandoff.count({ where }),
    ]);
    const regions = new Map((await this.prisma.region.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.toRegionCode))] } }, select: { code: true, name: true } })).map((r) => [r.code, r.name]));
    const today = this.clock.today();
    return {
      total,
      items: rows.map((h) => {
        const due = isoOfDateColumn(h.dueDate);
        return {
          id: h.id, level: h.level, status: h.status, statusText: HOP_STATUS_TEXT[h.status as HopStatus] ?? h.status, nextStep: nextStep(h.status as HopStatus),
          toRegion: { code: h.toRegionCode, name: regions.get(h.toRegionCode) ?? h.toRegionCode },
          handedUpAt: h.handedUpAt.toISOString(), dueDate: due, overdue: !!due && (h.returnedAt ? shanghaiDate(h.returnedAt) : today) > due,
          files: h._count.files,
          case: {
            id: h.case.id, caseNo: h.case.caseNo, version: h.case.version, item: h.case.item, station: h.case.station,
            citizenName: maskName(h.case.citizenName), dueDate: isoOfDateColumn(h.case.dueDate),
          },
        };
      }),
    };
  }

  /** One step of the upper level, strictly in order (409 HANDOFF.OUT_OF_ORDER otherwise). */
  async step(user: Principal, hopId: number, step: HopStep, body: StepBody) {
    const hop = await this.prisma.caseHandoff.findUnique({ where: { id: hopId } });
    const target = hop ? await this.prisma.region.findUnique({ where: { code: hop.toRegionCode }, select: { path: true } }) : null;
    if (!hop || !target?.path.startsWith(user.scopePath)) throw HandoffErrors.notFound();
    const first = decideStep(hop.status as HopStatus, step);
    if (!first.ok) throw HandoffErrors.outOfOrder(first.reason);
    const def = STEPS[step];
    await this.commands.execute(user, hop.caseId, {
      action: step === 'return' ? 'RETURN_RESULT' : 'ADVANCE_HANDOFF', expectedVersion: null,
      build: async (tx, _c, to, at) => {
        const data: Prisma.CaseHandoffUpdateManyMutationInput = { status: def.to, [def.timeField]: at };
        if (step === 'review') data.reviewerId = user.userId;
        if (step === 'issue') data.certificateNo = body.certificateNo;
        if (step === 'return') data.resultNote = body.resultNote;
        const res = await tx.caseHandoff.updateMany({ where: { id: hopId, status: def.from }, data });
        if (res.count === 0) {
          const now = await tx.caseHandoff.findUniqueOrThrow({ where: { id: hopId } });
          const d = decideStep(now.status as HopStatus, step);
          throw HandoffErrors.outOfOrder(d.ok ? '上报件已被他人处理，请刷新后重试' : d.reason);
        }
        return {
          type: def.event, to,
          detail: {
            handoffId: hopId, step, hopStatus: { before: def.from, after: def.to },
            ...(body.certificateNo && step === 'issue' ? { certificateNo: body.certificateNo } : {}),
            ...(body.resultNote && step === 'return' ? { resultNote: body.resultNote } : {}),
            ...(body.note ? { note: body.note } : {}),
          },
        };
      },
    });
    return this.cases.detail(user, hop.caseId);
  }
}
