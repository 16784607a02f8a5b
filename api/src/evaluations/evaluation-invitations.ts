import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Case, EvaluationToken, Prisma } from '@prisma/client';
import type { AppConfig } from '../config/config';
import { CONFIG } from '../infra/tokens';
import { deriveEvaluationToken, evaluationLink, evaluationTokenKey, hashEvaluationToken } from './evaluation-token';
import { FIRST_OCCASION } from './evaluation-codes';
import { NOTIFIER, type Notifier } from './notifier';

type Db = Prisma.TransactionClient;
const DAY_MS = 86_400_000;
const FINISHED = new Set(['COMPLETED', 'FAILED']);

/**
 * The online evaluation link of a case (DB1405 8.1.1): issued, with an invitation to the
 * citizen, inside the transaction that finishes the case (CaseCommands calls onFinished), and
 * recomputed whenever the reply slip is printed. Kept free of the cases module so that the
 * cases module can depend on it.
 */
@Injectable()
export class EvaluationInvitations {
  private readonly log = new Logger('EvaluationInvitations');
  private readonly key: Buffer;

  constructor(@Inject(CONFIG) private readonly config: AppConfig, @Inject(NOTIFIER) private readonly notifier: Notifier) {
    this.key = evaluationTokenKey(config.jwtSecret);
  }

  token(caseId: number, occasion = FIRST_OCCASION): string {
    return deriveEvaluationToken(this.key, caseId, occasion);
  }

  /** The link stays valid EVALUATION_TOKEN_DAYS calendar days from the case's completion. */
  expiry(finishedAt: Date): Date {
    return new Date(finishedAt.getTime() + this.config.EVALUATION_TOKEN_DAYS * DAY_MS);
  }

  /** Called in the finishing transaction: the token of occasion 1 and one invitation (never twice). */
  async onFinished(tx: Db, c: Case, to: 'COMPLETED' | 'FAILED', at: Date): Promise<void> {
    const token = this.token(c.id);
    const created = await tx.evaluationToken.createMany({
      data: [{ caseId: c.id, occasion: FIRST_OCCASION, tokenHash: hashEvaluationToken(token), createdAt: at, expiresAt: this.expiry(at) }],
      skipDuplicates: true,
    });
    if (created.count === 0) return;
    await this.notifier.send(tx, {
      kind: 'EVALUATION_INVITATION', caseId: c.id, caseNo: c.caseNo, recipientMasked: c.citizenPhoneMasked, recipientPhoneEnc: c.citizenPhoneEnc,
      text: `【红色代办】您委托代办的事项（案件号 ${c.caseNo}）已${to === 'COMPLETED' ? '办结' : '办理完毕（未办成）'}，诚邀您对本次服务作出评价。`,
      link: evaluationLink(token), at,
    });
  }

  /**
   * The token row of a finished case as the reply slip needs it, with the token itself. Cases
   * finished before tokens existed (loaded data) get one now, expiring as if issued on completion.
   * A row whose hash no longer matches (the server secret changed) is re-keyed while unused, so
   * the printed link works; the old printed link then stops working, as it must.
   */
  async forSlip(db: Db, c: Pick<Case, 'id' | 'status' | 'completedAt'>): Promise<{ token: string; row: EvaluationToken } | null> {
    if (!FINISHED.has(c.status) || !c.completedAt) return null;
    const token = this.token(c.id);
    const tokenHash = hashEvaluationToken(token);
    const where = { caseId_occasion: { caseId: c.id, occasion: FIRST_OCCASION } };
    let row = await db.evaluationToken.findUnique({ where });
    if (!row) {
      await db.evaluationToken.createMany({
        data: [{ caseId: c.id, occasion: FIRST_OCCASION, tokenHash, expiresAt: this.expiry(c.completedAt) }], skipDuplicates: true,
      });
      row = await db.evaluationToken.findUniqueOrThrow({ where });
    }
    return { token, row: await this.rekeyIfNeeded(db, row, token) };
  }

  /** The link for an existing token row (reminders), re-keyed like forSlip when needed. */
  async linkFor(db: Db, row: EvaluationToken): Promise<string> {
    const token = this.token(row.caseId, row.occasion);
    await this.rekeyIfNeeded(db, row, token);
    return evaluationLink(token);
  }

  private async rekeyIfNeeded(db: Db, row: EvaluationToken, token: string): Promise<EvaluationToken> {
    const tokenHash = hashEvaluationToken(token);
    if (row.tokenHash === tokenHash || row.usedAt) return row;
    this.log.warn(`评价链接密钥已变化，案件 ${row.caseId} 的链接已按当前密钥重新生成（请设置固定的 JWT_SECRET）`);
    const n = await db.evaluationToken.updateMany({ where: { id: row.id, usedAt: null }, data: { tokenHash } });
    return n.count ? { ...row, tokenHash } : row;
  }
}
