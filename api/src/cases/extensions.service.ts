import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { CaseCommands } from './case-commands';
import { CaseErrors } from './cases.errors';
import { CasesService } from './cases.service';
import type { DecisionDto, ExtensionRequestDto } from './dto/actions.dto';
import { dateColumn } from './due-date';
import { DueService } from './due.service';

/** DB1405 4.3: an extension of the time limit needs a reason and a leader's approval, and is recorded. */
@Injectable()
export class ExtensionsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(DueService) private readonly dues: DueService,
  ) {}

  async request(user: Principal, id: number, dto: ExtensionRequestDto) {
    await this.commands.execute(user, id, {
      action: 'REQUEST_EXTENSION', expectedVersion: dto.expectedVersion,
      build: async (tx, c, _to, at) => {
        if (await tx.caseExtension.count({ where: { caseId: c.id, status: 'PENDING' } })) throw CaseErrors.extensionPending();
        const ext = await tx.caseExtension.create({ data: { caseId: c.id, days: dto.days, reason: dto.reason, status: 'PENDING', requestedById: user.userId, requestedAt: at } });
        return { type: 'EXTENSION_REQUESTED', detail: { extensionId: ext.id, days: dto.days, reason: dto.reason } };
      },
    });
    return this.cases.detail(user, id);
  }

  async decide(user: Principal, id: number, extId: number, approve: boolean, dto: DecisionDto) {
    await this.commands.findInScope(user, id);
    const ext = await this.prisma.caseExtension.findFirst({ where: { id: extId, caseId: id } });
    if (!ext) throw CaseErrors.extensionNotFound();
    if (!approve && !dto.note?.trim()) throw CaseErrors.noteRequired();
    await this.commands.execute(user, id, {
      action: 'DECIDE_EXTENSION', expectedVersion: null,
      build: async (tx, c, _to, at) => {
        const res = await tx.caseExtension.updateMany({
          where: { id: extId, status: 'PENDING' },
          data: { status: approve ? 'APPROVED' : 'REJECTED', decidedById: user.userId, decidedAt: at, decisionNote: dto.note ?? null },
        });
        if (res.count === 0) throw CaseErrors.extensionDecided();
        const detail = { extensionId: ext.id, days: ext.days, ...(dto.note ? { note: dto.note } : {}) };
        if (!approve) return { type: 'EXTENSION_REJECTED', detail };
        const extensionDays = c.extensionDays + ext.days;
        const due = await this.dues.dueDate(tx, c, c.acceptedAt, c.pausedDays, extensionDays);
        return { type: 'EXTENSION_APPROVED', set: { extensionDays, dueDate: due ? dateColumn(due) : null }, detail };
      },
    });
    return this.cases.detail(user, id);
  }
}
