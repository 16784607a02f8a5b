import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuditOutcome, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import type { Pool } from 'pg';
import { PG_POOL } from '../infra/tokens';
import { GroupInsert } from './group-insert';

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

const HEAD = 'INSERT INTO audit_log (action, outcome, actor_id, actor_name, actor_role, resource_type, resource_id, ip, user_agent, request_id, detail) VALUES';
const ROW = '($1, $2::"AuditOutcome", $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)';

/** Appends to the audit log (等保 2.0). Postgres refuses any change to a written row. */
@Injectable()
export class AuditService {
  private readonly log = new Logger('Audit');

  private readonly rows: GroupInsert;

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.rows = new GroupInsert(pool, HEAD, ROW, 11);
  }

  async record(e: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
    const v = [
      e.action, e.outcome, e.actor?.userId ?? null, (e.actor?.username ?? e.actorName ?? 'anonymous').slice(0, 64), e.actor?.role ?? null,
      e.resourceType ?? null, e.resourceId === undefined ? null : String(e.resourceId), e.ip?.slice(0, 64) ?? null,
      e.userAgent?.slice(0, 300) ?? null, e.requestId?.slice(0, 64) ?? null, JSON.stringify(e.detail ?? {}),
    ];
    try {
      // Outside a transaction on the pool, grouped with the rows of concurrent requests (every
      // audited request writes one; a Prisma create also cost a plan compilation on the event loop).
      if (tx) await tx.$executeRawUnsafe(`${HEAD} ${ROW}`, ...v);
      else await this.rows.insert(v);
    } catch (err) {
      // Inside a caller's transaction the failure must abort it: no audited action without its row.
      if (tx) throw err;
      this.log.error(`audit write failed for ${e.action}: ${(err as Error).message}`);
      throw err;
    }
  }
}
