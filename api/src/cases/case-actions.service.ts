import { Inject, Injectable } from '@nestjs/common';
import type { Case } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { CaseCommands } from './case-commands';
import type { CaseChange, Tx } from './case-writer';
import { CaseErrors } from './cases.errors';
import { CasesService } from './cases.service';
import { Clock } from './clock';
import type { FailDto, FeeDto, HomeVisitDto, NoteDto, NotifyDto, ProvideMaterialsDto, ReasonDto, VersionDto } from './dto/actions.dto';
import { dateColumn, pausedWorkingDays, shanghaiDate } from './due-date';
import { DueService } from './due.service';

/** The station's steps on a case (DB1405 6.2-6.4) and a leader's suspension; each is one change with one event. */
@Injectable()
export class CaseActionsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(DueService) private readonly dues: DueService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async done(user: Principal, id: number) {
    return this.cases.detail(user, id);
  }

  /** The due date to store once acceptance, pauses or extensions change. */
  private async due(tx: Tx, c: Case, acceptedAt: Date | null, pausedDays: number, extensionDays: number) {
    const d = await this.dues.dueDate(tx, c, acceptedAt, pausedDays, extensionDays);
    return d ? dateColumn(d) : null;
  }

  /** DB1405 6.2.1/6.2.2: materials arrive; with the last one the case is accepted and the clock starts. */
  async provideMaterials(user: Principal, id: number, dto: ProvideMaterialsDto) {
    const c = await this.commands.findInScope(user, id);
    const checklist = await this.prisma.caseMaterial.findMany({ where: { caseId: c.id }, select: { id: true, provided: true } });
    if (checklist.length && !dto.materialIds.length) throw CaseErrors.noMaterialsChosen();
    const missing = checklist.filter((m) => !m.provided);
    // A case registered before checklists were kept (the demo seed) has none: an empty list is the
    // agent's confirmation that the materials are complete now.
    const completes = checklist.length === 0 || (missing.length > 0 && missing.every((m) => dto.materialIds.includes(m.id)));
    await this.commands.execute(user, id, {
      action: completes ? 'COMPLETE_MATERIALS' : 'PROVIDE_MATERIALS',
      expectedVersion: dto.expectedVersion,
      build: async (tx, current, to, at): Promise<CaseChange> => {
        const rows = await tx.caseMaterial.findMany({ where: { caseId: current.id }, orderBy: { id: 'asc' } });
        const ids = [...new Set(dto.materialIds)];
        const unknown = ids.filter((m) => !rows.some((r) => r.id === m));
        if (unknown.length) throw CaseErrors.unknownMaterials(unknown);
        const already = rows.filter((r) => r.provided && ids.includes(r.id));
        if (already.length) throw CaseErrors.materialsAlreadyProvided(already.map((r) => r.name));
        await tx.caseMaterial.updateMany({ where: { caseId: current.id, id: { in: ids } }, data: { provided: true, providedAt: at } });
        const names = rows.filter((r) => ids.includes(r.id)).map((r) => r.name);
        if (to !== 'ACCEPTED') return { type: 'MATERIAL_PROVIDED', detail: { materials: names } };
        return {
          type: 'MATERIALS_COMPLETED', to,
          set: { acceptedAt: at, dueDate: await this.due(tx, current, at, current.pausedDays, current.extensionDays) },
          detail: { materials: names },
        };
      },
    });
    return this.done(user, id);
  }

  async start(user: Principal, id: number, dto: VersionDto) {
    await this.commands.execute(user, id, { action: 'START', expectedVersion: dto.expectedVersion, build: async (_tx, _c, to) => ({ type: 'STARTED', to }) });
    return this.done(user, id);
  }

  /** DB1405 6.3.2: materials need supplementing — contact the citizen; the clock stops (a SUPPLEMENT pause). */
  async requestSupplement(user: Principal, id: number, dto: ReasonDto) {
    await this.commands.execute(user, id, {
      action: 'REQUEST_SUPPLEMENT', expectedVersion: dto.expectedVersion,
      build: async (tx, c, to, at) => {
        const pause = await tx.casePause.create({ data: { caseId: c.id, kind: 'SUPPLEMENT', reason: dto.reason, startedAt: at } });
        return { type: 'SUPPLEMENT_REQUESTED', to, detail: { pauseId: pause.id, reason: dto.reason } };
      },
    });
    return this.done(user, id);
  }

  /** The supplement arrived: the pause ends and the due date moves by its working days (DB1405 4.3). */
  async receiveSupplement(user: Principal, id: number, dto: NoteDto) {
    await this.commands.execute(user, id, {
      action: 'RECEIVE_SUPPLEMENT', expectedVersion: dto.expectedVersion,
      build: async (tx, c, to, at) => ({ type: 'SUPPLEMENT_RECEIVED', to, ...(await this.endPause(tx, c, 'SUPPLEMENT', at, dto.note)) }),
    });
    return this.done(user, id);
  }

  /** Closes the open pause of `kind`, counting its working days into pausedDays and the due date. */
  private async endPause(tx: Tx, c: Case, kind: string, at: Date, note?: string): Promise<Omit<CaseChange, 'type'>> {
    const pause = await tx.casePause.findFirst({ where: { caseId: c.id, kind, endedAt: null }, orderBy: { id: 'desc' } });
    const days = pause ? pausedWorkingDays(await this.dues.calendar(), shanghaiDate(pause.startedAt), shanghaiDate(at)) : 0;
    if (pause) await tx.casePause.update({ where: { id: pause.id }, data: { endedAt: at, workingDays: days } });
    const pausedDays = c.pausedDays + days;
    return {
      set: days ? { pausedDays, dueDate: await this.due(tx, c, c.acceptedAt, pausedDays, c.extensionDays) } : {},
      detail: { pauseId: pause?.id ?? null, pausedWorkingDays: days, ...(note ? { note } : {}) },
    };
  }

  async complete(user: Principal, id: number, dto: NoteDto) {
    await this.commands.execute(user, id, {
      action: 'COMPLETE', expectedVersion: dto.expectedVersion,
      build: async (_tx, _c, to, at) => ({ type: 'COMPLETED', to, set: { completedAt: at }, detail: dto.note ? { note: dto.note } : {} }),
    });
    return this.done(user, id);
  }

  /** DB1405 6.4.2: the reason (fixed code) and what the citizen is told; re-application stays open. */
  async fail(user: Principal, id: number, dto: FailDto) {
    await this.commands.execute(user, id, {
      action: 'FAIL', expectedVersion: dto.expectedVersion,
      build: async (_tx, _c, to, at) => ({ type: 'FAILED', to, set: { completedAt: at, failureReason: dto.reasonCode, failureNote: dto.note } }),
    });
    return this.done(user, id);
  }

  /** DB1405 6.4.1: the result was told to the citizen (how and when). */
  async notify(user: Principal, id: number, dto: NotifyDto) {
    await this.commands.execute(user, id, {
      action: 'NOTIFY', expectedVersion: dto.expectedVersion,
      build: async (_tx, _c, _to, at) => ({ type: 'NOTIFIED', set: { notifiedAt: at, notifyChannel: dto.channel }, detail: { channel: dto.channel } }),
    });
    return this.done(user, id);
  }

  /** DB1405 7.2.3 e): the result (certificate) handed to the citizen. */
  async deliver(user: Principal, id: number, dto: NoteDto) {
    await this.commands.execute(user, id, {
      action: 'DELIVER', expectedVersion: dto.expectedVersion,
      build: async (_tx, _c, _to, at) => ({ type: 'DELIVERED', set: { deliveredAt: at }, detail: dto.note ? { note: dto.note } : {} }),
    });
    return this.done(user, id);
  }

  /** DB1405 6.4.3 / 4.5: a statutory fee of the authority with its lawful receipt; the proxy itself is free. */
  async recordFee(user: Principal, id: number, dto: FeeDto) {
    if (dto.amount > 0 && !dto.receiptNo) throw CaseErrors.receiptRequired();
    await this.commands.execute(user, id, {
      action: 'RECORD_FEE', expectedVersion: dto.expectedVersion,
      build: async () => ({ type: 'FEE_RECORDED', set: { statutoryFee: dto.amount.toFixed(2), feeReceiptNo: dto.receiptNo ?? null } }),
    });
    return this.done(user, id);
  }

  /** DB1405 4.2, 6.3.3: a visit to a citizen with limited mobility, by the agent recording it. */
  async homeVisit(user: Principal, id: number, dto: HomeVisitDto) {
    const c = await this.commands.findInScope(user, id);
    const today = this.clock.today();
    if (dto.visitDate > today) throw CaseErrors.invalidDate('上门日期不能晚于今天');
    if (dto.visitDate < shanghaiDate(c.createdAt)) throw CaseErrors.invalidDate('上门日期不能早于案件登记日期');
    const agentId = await this.commands.actorAgentId(user);
    await this.commands.execute(user, id, {
      action: 'HOME_VISIT', expectedVersion: null,
      build: async (tx, current) => {
        const visit = await tx.homeVisit.create({ data: { caseId: current.id, agentId, visitDate: dateColumn(dto.visitDate), note: dto.note ?? '' } });
        return { type: 'HOME_VISIT', set: current.homeVisit ? {} : { homeVisit: true }, detail: { visitId: visit.id, visitDate: dto.visitDate } };
      },
    });
    return this.done(user, id);
  }

  /** DB1405 4.3: a leader stops the clock for a reason (an approved suspension), and restarts it. */
  async suspend(user: Principal, id: number, dto: ReasonDto) {
    await this.commands.execute(user, id, {
      action: 'SUSPEND', expectedVersion: dto.expectedVersion,
      build: async (tx, c, _to, at) => {
        const pause = await tx.casePause.create({ data: { caseId: c.id, kind: 'SUSPENSION', reason: dto.reason, startedAt: at, approvedById: user.userId } });
        return { type: 'SUSPENDED', detail: { pauseId: pause.id, reason: dto.reason } };
      },
    });
    return this.done(user, id);
  }

  async resume(user: Principal, id: number, dto: NoteDto) {
    await this.commands.execute(user, id, {
      action: 'RESUME', expectedVersion: dto.expectedVersion,
      build: async (tx, c, _to, at) => ({ type: 'RESUMED', ...(await this.endPause(tx, c, 'SUSPENSION', at, dto.note)) }),
    });
    return this.done(user, id);
  }
}
