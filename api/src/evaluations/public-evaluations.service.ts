import { Inject, Injectable } from '@nestjs/common';
import { CaseWriter } from '../cases/case-writer';
import { Clock } from '../cases/clock';
import { shanghaiDate } from '../cases/due-date';
import { PrismaService } from '../infra/prisma.service';
import type { RatingDto } from './dto/evaluation.dto';
import { LEVEL_TEXT, LEVELS, type Level } from './evaluation-codes';
import { EvaluationRecorder } from './evaluation-recorder';
import { hashEvaluationToken, TOKEN_SHAPE } from './evaluation-token';
import { EvaluationErrors } from './evaluations.errors';

/**
 * The citizen's side of the online channel (DB1405 8.1.1), reached by the token of the reply
 * slip, without login. It answers only what the form needs — item, station, outcome and date —
 * never the citizen's name, phone or ID number, and never the case number.
 */
@Injectable()
export class PublicEvaluationsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseWriter) private readonly writer: CaseWriter,
    @Inject(EvaluationRecorder) private readonly recorder: EvaluationRecorder,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async find(token: string) {
    if (!TOKEN_SHAPE.test(token)) throw EvaluationErrors.tokenNotFound();
    const row = await this.prisma.evaluationToken.findUnique({
      where: { tokenHash: hashEvaluationToken(token) },
      include: { case: { select: { status: true, completedAt: true, item: { select: { name: true } }, station: { select: { name: true } } } } },
    });
    if (!row) throw EvaluationErrors.tokenNotFound();
    return row;
  }

  async form(token: string) {
    const row = await this.find(token);
    const state = row.usedAt ? 'USED' : row.expiresAt <= this.clock.now() ? 'EXPIRED' : 'OPEN';
    const c = row.case;
    return {
      state,
      item: { name: c.item.name },
      station: { name: c.station.name },
      caseStatus: c.status,
      caseStatusText: c.status === 'COMPLETED' ? '已办结' : c.status === 'FAILED' ? '未办成' : '办理中',
      completedOn: c.completedAt ? shanghaiDate(c.completedAt) : null,
      expiresAt: row.expiresAt.toISOString(),
      levels: LEVELS.map((value) => ({ value, label: LEVEL_TEXT[value] })),
    };
  }

  /**
   * Records the evaluation once. The case row is locked first (the order staff entry takes too,
   * so the two never deadlock), then the token is claimed with UPDATE … WHERE used_at IS NULL:
   * of two simultaneous posts the second waits for the first, finds the token used and gets 409.
   */
  async submit(token: string, dto: RatingDto) {
    const row = await this.find(token);
    const at = this.clock.now();
    if (row.usedAt) throw EvaluationErrors.tokenUsed();
    if (row.expiresAt <= at) throw EvaluationErrors.tokenExpired();
    const evaluation = await this.prisma.$transaction(async (tx) => {
      const locked = await this.writer.lock(tx, row.caseId);
      const claimed = await tx.evaluationToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: at } });
      if (claimed.count === 0) throw EvaluationErrors.tokenUsed();
      return this.recorder.record(tx, locked, dto, { channel: 'ONLINE', occasion: row.occasion, tokenId: row.id, enteredById: null, at });
    });
    return { level: evaluation.level, levelText: LEVEL_TEXT[evaluation.level as Level], recordedAt: evaluation.createdAt.toISOString() };
  }
}
