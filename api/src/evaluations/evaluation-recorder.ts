import { Inject, Injectable } from '@nestjs/common';
import type { Case, Evaluation, EvaluationChannel, EvaluationLevel, Prisma } from '@prisma/client';
import { CalendarService } from '../calendar/calendar.service';
import { CaseWriter } from '../cases/case-writer';
import type { AppConfig } from '../config/config';
import { CONFIG } from '../infra/tokens';
import { openRectification } from '../rectifications/rectification-opener';
import type { RatingDto } from './dto/evaluation.dto';
import { BAD_LEVELS, CHANNEL_TEXT, LEVEL_TEXT, type Level } from './evaluation-codes';
import { EvaluationErrors } from './evaluations.errors';
import { redactComment } from './redact';

type Tx = Prisma.TransactionClient;

export interface RecordContext {
  channel: EvaluationChannel;
  occasion: number;
  tokenId: number | null;
  /** The staff member who typed it in (DEVICE, PAPER, COMMENT_BOX); null online. */
  enteredById: number | null;
  at: Date;
}

/**
 * Writes one evaluation, whatever its channel, inside a transaction that holds the case row
 * locked (so the once-per-occasion check cannot race): the evaluation with its redacted comment,
 * the case's EVALUATED event (the timeline and the ETL read it, as the seed writes it), and for
 * 不满意 / 非常不满意 the rectification of DB1405 8.2 — all or nothing.
 */
@Injectable()
export class EvaluationRecorder {
  constructor(
    @Inject(CaseWriter) private readonly writer: CaseWriter,
    @Inject(CalendarService) private readonly calendar: CalendarService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async record(tx: Tx, locked: Case, input: RatingDto, ctx: RecordContext): Promise<Evaluation> {
    if (locked.status !== 'COMPLETED' && locked.status !== 'FAILED') throw EvaluationErrors.caseNotFinished();
    const existing = await tx.evaluation.findUnique({ where: { caseId_occasion: { caseId: locked.id, occasion: ctx.occasion } }, select: { id: true } });
    if (existing) throw EvaluationErrors.alreadyEvaluated();
    const comment = input.comment?.trim() || null;
    const commentRedacted = redactComment(comment, [locked.citizenName]);
    const level = input.level as EvaluationLevel;
    const evaluation = await tx.evaluation.create({
      data: {
        caseId: locked.id, occasion: ctx.occasion, channel: ctx.channel, level,
        done: input.done ?? null, efficiency: input.efficiency ?? null, attitude: input.attitude ?? null, professionalism: input.professionalism ?? null,
        comment, commentRedacted, moderation: comment ? 'PENDING' : 'NONE',
        enteredById: ctx.enteredById, tokenId: ctx.tokenId, createdAt: ctx.at, updatedAt: ctx.at,
      },
    });
    await this.writer.apply(tx, locked, locked.version, {
      type: 'EVALUATED', detail: { evaluationId: evaluation.id, level, channel: ctx.channel, occasion: ctx.occasion },
    }, ctx.enteredById, ctx.at);
    if (BAD_LEVELS.has(level)) {
      await openRectification(tx, this.calendar, this.config.RECTIFICATION_DAYS, {
        source: 'EVALUATION', evaluationId: evaluation.id, caseId: locked.id, actorId: ctx.enteredById, at: ctx.at,
        summary: summary(ctx.channel, level, input.done ?? null, commentRedacted),
      });
    }
    return evaluation;
  }
}

/** What the rectification's owner reads: channel, level, 办成了吗, the redacted comment. */
export function summary(channel: EvaluationChannel, level: Level, done: boolean | null, commentRedacted: string | null): string {
  const parts = [`${CHANNEL_TEXT[channel]}评价为“${LEVEL_TEXT[level]}”`];
  if (done === false) parts.push('群众反映事项未办成');
  if (commentRedacted) parts.push(`留言：${commentRedacted}`);
  return parts.join('；');
}
