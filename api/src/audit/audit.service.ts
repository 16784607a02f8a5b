import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuditOutcome, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  actor?: Pick<Principal, 'userId' | 'username' | 'role'> | null;
  /** For failed logins: the name that was tried (no user id exists). */
  actorName?: string;
  resourceType?: string;
  resourceId?: string | number;
  ip?: string;
  userAgent?: string;
  requestId?: string;
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit log (等保 2.0). Postgres refuses any change to a written row. */
@Injectable()
export class AuditService {
  private readonly log = new Logger('Audit');

  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async record(e: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
    const db = tx ?? this.prisma;
    try {
      await db.auditLog.create({
        data: {
          action: e.action,
          outcome: e.outcome,
          actorId: e.actor?.userId ?? null,
          actorName: (e.actor?.username ?? e.actorName ?? 'anonymous').slice(0, 64),
          actorRole: e.actor?.role ?? null,
          resourceType: e.resourceType ?? null,
          resourceId: e.resourceId === undefined ? null : String(e.resourceId),
          ip: e.ip?.slice(0, 64) ?? null,
          userAgent: e.userAgent?.slice(0, 300) ?? null,
          requestId: e.requestId?.slice(0, 64) ?? null,
          detail: e.detail ?? {},
        },
      });
    } catch (err) {
      // Inside a caller's transaction the failure must abort it: no audited action without its row.
      if (tx) throw err;
      this.log.error(`audit write failed for ${e.action}: ${(err as Error).message}`);
      throw err;
    }
  }
}
