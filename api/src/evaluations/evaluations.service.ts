import { Inject, Injectable } from '@nestjs/common';
import type { EvaluationChannel, EvaluationLevel, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { CaseCommands, caseScope } from '../cases/case-commands';
import { CaseWriter } from '../cases/case-writer';
import { Clock } from '../cases/clock';
import { PrismaService } from '../infra/prisma.service';
import type { EvaluationListQuery, ModerationDto, StaffEvaluationDto } from './dto/evaluation.dto';
import { FIRST_OCCASION } from './evaluation-codes';
import { EvaluationRecorder } from './evaluation-recorder';
import { evaluationView } from './evaluation-views';
import { EvaluationErrors } from './evaluations.errors';
import { redactComment } from './redact';

const listInclude = {
  case: { select: { id: true, caseNo: true, citizenName: true, item: { select: { name: true } }, station: { select: { id: true, name: true } } } },
  rectifications: { select: { id: true, status: true, dueDate: true } },
} as const;

/** Staff side of DB1405 8.1.1 (device, paper and comment-box entry) and moderation before disclosure (8.1.3). */
@Injectable()
export class EvaluationsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CaseWriter) private readonly writer: CaseWriter,
    @Inject(EvaluationRecorder) private readonly recorder: EvaluationRecorder,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Scope (404), channel (ONLINE only by token: 422), the handling agent never rates their own
   * case (403 EVALUATION.SELF_RATING — another agent of the same station, a reviewer or an
   * administrator may), finished (409), once per occasion (409). An unused online link of the
   * same occasion is spent with it, so the citizen cannot rate a second time online.
   */
  async enter(user: Principal, caseId: number, dto: StaffEvaluationDto) {
    const c = await this.commands.findInScope(user, caseId);
    if (dto.channel === 'ONLINE') throw EvaluationErrors.onlineByToken();
    const me = await this.prisma.user.findUnique({ where: { id: user.userId }, select: { agentId: true } });
    if (me?.agentId && me.agentId === c.agentId) throw EvaluationErrors.selfRating();
    if (c.status !== 'COMPLETED' && c.status !== 'FAILED') throw EvaluationErrors.caseNotFinished();
    const at = this.clock.now();
    const evaluation = await this.prisma.$transaction(async (tx) => {
      const locked = await this.writer.lock(tx, caseId);
      const e = await this.recorder.record(tx, locked, dto, {
        channel: dto.channel as EvaluationChannel, occasion: FIRST_OCCASION, tokenId: null, enteredById: user.userId, at,
      });
      await tx.evaluationToken.updateMany({ where: { caseId, occasion: FIRST_OCCASION, usedAt: null }, data: { usedAt: at } });
      return e;
    });
    return this.one(evaluation.id, c.citizenName);
  }

  private async one(id: number, citizenName: string) {
    const e = await this.prisma.evaluation.findUniqueOrThrow({ where: { id }, include: { rectifications: listInclude.rectifications } });
    return evaluationView(e, citizenName);
  }

  /** The case's evaluations and the state of its online link (the case page shows both). */
  async forCase(user: Principal, caseId: number) {
    const c = await this.commands.findInScope(user, caseId);
    const [rows, token] = await Promise.all([
      this.prisma.evaluation.findMany({ where: { caseId }, orderBy: { occasion: 'asc' }, include: { rectifications: listInclude.rectifications } }),
      this.prisma.evaluationToken.findUnique({ where: { caseId_occasion: { caseId, occasion: FIRST_OCCASION } } }),
    ]);
    const finished = c.status === 'COMPLETED' || c.status === 'FAILED';
    const now = this.clock.now();
    return {
      items: rows.map((e) => evaluationView(e, c.citizenName)),
      finished,
      canEvaluate: finished && !rows.some((e) => e.occasion === FIRST_OCCASION),
      link: token
        ? { state: token.usedAt ? 'USED' : token.expiresAt <= now ? 'EXPIRED' : 'OPEN', expiresAt: token.expiresAt.toISOString(), remindedAt: token.remindedAt?.toISOString() ?? null }
        : null,
    };
  }

  async list(user: Principal, q: EvaluationListQuery) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Prisma.EvaluationWhereInput = {
      AND: [
        { case: caseScope(user) },
        q.station ? { case: { stationId: q.station } } : {},
        q.level ? { level: q.level as EvaluationLevel } : {},
        q.channel ? { channel: q.channel as EvaluationChannel } : {},
        q.moderation ? { moderation: q.moderation } : {},
        // dates are Asia/Shanghai days
        q.from ? { createdAt: { gte: new Date(`${q.from}T00:00:00+08:00`) } } : {},
        q.to ? { createdAt: { lt: new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.prisma.evaluation.findMany({ where, include: listInclude, orderBy: { id: 'desc' }, skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.evaluation.count({ where }),
    ]);
    return { items: rows.map((e) => evaluationView(e)), total, page, pageSize };
  }

  /**
   * DB1405 8.1.3: only an APPROVED, redacted comment may ever be shown publicly. Whatever text
   * the moderator approves is redacted once more, so a slip of the moderator cannot publish a
   * phone number or the citizen's name.
   */
  async moderate(user: Principal, id: number, dto: ModerationDto) {
    const e = await this.prisma.evaluation.findFirst({ where: { id, case: caseScope(user) }, include: { case: { select: { citizenName: true } } } });
    if (!e) throw EvaluationErrors.notFound();
    if (!e.comment) throw EvaluationErrors.nothingToModerate();
    const names = [e.case.citizenName];
    const text = redactComment(dto.redacted ?? e.commentRedacted ?? e.comment, names)!.trim();
    if (dto.decision === 'APPROVED' && !text) throw EvaluationErrors.redactedEmpty();
    await this.prisma.evaluation.update({
      where: { id },
      data: { moderation: dto.decision, moderatedById: user.userId, ...(text ? { commentRedacted: text } : {}), updatedAt: this.clock.now() },
    });
    const row = await this.prisma.evaluation.findUniqueOrThrow({ where: { id }, include: listInclude });
    return evaluationView(row);
  }
}
