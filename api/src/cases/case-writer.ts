import { Injectable } from '@nestjs/common';
import { Prisma, type Case, type CaseStatus } from '@prisma/client';

export type Tx = Prisma.TransactionClient;

/** Columns of a case that lifecycle changes may set (never the citizen's personal data). */
export type CaseField =
  | 'acceptedAt' | 'dueDate' | 'pausedDays' | 'extensionDays' | 'completedAt' | 'failureReason' | 'failureNote'
  | 'notifiedAt' | 'notifyChannel' | 'deliveredAt' | 'statutoryFee' | 'feeReceiptNo' | 'alertLevel' | 'homeVisit';

export interface CaseChange {
  /** Event type (CREATED, STARTED, … as the seed writes them; new ones for new kinds of change). */
  type: string;
  /** The status afterwards, when the change moves the case. */
  to?: CaseStatus | null;
  set?: Partial<Record<CaseField, unknown>>;
  /** Facts of the change beyond the case's own columns (ids of rows written, notes, reasons). */
  detail?: Record<string, unknown>;
}

/** The UPDATE matched no row: someone else changed the case since it was read. */
export class VersionMismatch extends Error {}

/** JSON-friendly value of a column for the event's before/after. */
function plain(key: string, v: unknown): unknown {
  if (v instanceof Date) return key === 'dueDate' ? v.toISOString().slice(0, 10) : v.toISOString();
  if (v instanceof Prisma.Decimal) return v.toString();
  return v ?? null;
}

/**
 * The one way a case changes. Each change is an UPDATE … WHERE id = $1 AND version = $2 that
 * bumps the version, and exactly one case_events row (who, when, type, from/to status, the before
 * and after of every changed column) written in the same transaction — the ETL reads that table
 * (architecture.md), and the timeline shows it.
 */
@Injectable()
export class CaseWriter {
  /** Locks the row for the rest of the transaction (changes that carry no version from the client). */
  async lock(tx: Tx, id: number): Promise<Case> {
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${id} FOR UPDATE`;
    return tx.case.findUniqueOrThrow({ where: { id } });
  }

  async apply(tx: Tx, current: Case, expectedVersion: number, change: CaseChange, actorId: number | null, at: Date): Promise<number> {
    const set = { ...(change.set ?? {}), ...(change.to && change.to !== current.status ? { status: change.to } : {}) } as Record<string, unknown>;
    const version = expectedVersion + 1;
    const res = await tx.case.updateMany({ where: { id: current.id, version: expectedVersion }, data: { ...set, version } as Prisma.CaseUncheckedUpdateManyInput });
    if (res.count === 0) throw new VersionMismatch();
    const keys = Object.keys(set);
    const before = Object.fromEntries(keys.map((k) => [k, plain(k, (current as Record<string, unknown>)[k])]));
    const after = Object.fromEntries(keys.map((k) => [k, plain(k, set[k])]));
    const moved = 'status' in set;
    await tx.caseEvent.create({
      data: {
        caseId: current.id, type: change.type, actorId, at,
        fromStatus: moved ? current.status : null, toStatus: moved ? (set.status as CaseStatus) : null,
        data: { before, after, ...(change.detail ?? {}) } as Prisma.InputJsonValue,
      },
    });
    return version;
  }
}
