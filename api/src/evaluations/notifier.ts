import { Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@prisma/client';

// Messages to citizens (DB1405 8.1.1 evaluation invitations and reminders) go through this
// interface. The default only records and logs them; an SMS gateway plugs in by providing
// another class under NOTIFIER (EvaluationTokensModule). Implementations are called inside the
// transaction that causes the message, so the record and its cause commit together: a real
// sender should send from the recorded row after commit (an outbox), never from inside.

export const NOTIFIER = Symbol('NOTIFIER');

export type NotificationKind = 'EVALUATION_INVITATION' | 'EVALUATION_REMINDER';

export interface CitizenMessage {
  kind: NotificationKind;
  caseId: number;
  caseNo: string;
  /** Masked phone (138****1234): the only form of the recipient that is ever recorded or logged. */
  recipientMasked: string;
  /** AES-GCM ciphertext of the phone, for a sender that has to dial it (decrypt with PiiCipher). */
  recipientPhoneEnc: string;
  /** Chinese text without the link. */
  text: string;
  /** Relative evaluation link (/public/evaluate/<token>): secret, never recorded nor logged. */
  link: string;
  at: Date;
}

export interface Notifier {
  send(tx: Prisma.TransactionClient, message: CitizenMessage): Promise<void>;
}

/** The default: one `notifications` row (masked recipient, no link) and a log line. */
@Injectable()
export class LoggingNotifier implements Notifier {
  private readonly log = new Logger('Notifier');

  async send(tx: Prisma.TransactionClient, m: CitizenMessage): Promise<void> {
    const body = `${m.text}（评价链接见办结回执）`;
    await tx.notification.create({
      data: { kind: m.kind, channel: 'LOG', caseId: m.caseId, recipient: m.recipientMasked, body, createdAt: m.at },
    });
    this.log.log(`${m.kind} → ${m.recipientMasked}（案件 ${m.caseNo}）`);
  }
}
