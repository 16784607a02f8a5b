import { Inject, Injectable } from '@nestjs/common';
import type { Case, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { EvaluationInvitations } from '../evaluations/evaluation-invitations';
import { PrismaService } from '../infra/prisma.service';
import { decide, type CaseAction, type CaseContext, type CaseStatusName } from './case-state';
import { CaseWriter, VersionMismatch, type CaseChange, type Tx } from './case-writer';
import { CaseErrors } from './cases.errors';
import { Clock } from './clock';

/** What the state machine needs to know about a case besides its status. */
export function caseContext(c: Pick<Case, 'level' | 'notifiedAt' | 'deliveredAt'>, suspended: boolean): CaseContext {
  return { level: c.level, suspended, notified: !!c.notifiedAt, delivered: !!c.deliveredAt };
}

/** Only cases of stations inside the caller's region subtree; outside answers 404 like a missing id. */
export function caseScope(user: Principal): Prisma.CaseWhereInput {
  return { station: { region: { path: { startsWith: user.scopePath } } } };
}

export interface Command {
  action: CaseAction;
  /** The version the client saw; null for changes that only add a record (they lock the row instead). */
  expectedVersion: number | null;
  /**
   * Builds the change from the case as locked/read in the transaction (and may write the rows it
   * needs). `to` is the status the state machine leads to.
   */
  build(tx: Tx, current: Case, to: CaseStatusName | null, at: Date): Promise<CaseChange>;
}

/**
 * Runs one command on one case: scope (404), state machine (409 CASE.INVALID_TRANSITION),
 * version (409 CASE.VERSION_CONFLICT), then the change and its event in one transaction. Two
 * racing commands with the same version: the second UPDATE waits for the first, matches no row
 * and rolls back everything it wrote — exactly one wins.
 */
@Injectable()
export class CaseCommands {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseWriter) private readonly writer: CaseWriter,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(EvaluationInvitations) private readonly invitations: EvaluationInvitations,
  ) {}

  async findInScope(user: Principal, id: number, db: Tx = this.prisma): Promise<Case> {
    const c = await db.case.findFirst({ where: { AND: [{ id }, caseScope(user)] } });
    if (!c) throw CaseErrors.notFound();
    return c;
  }

  async context(db: Tx, c: Case): Promise<CaseContext> {
    const suspended = await db.casePause.count({ where: { caseId: c.id, kind: 'SUSPENSION', endedAt: null } });
    return caseContext(c, suspended > 0);
  }

  /** 409 CASE.INVALID_TRANSITION unless the action is allowed now; else the status it leads to. */
  async check(db: Tx, c: Case, action: CaseAction): Promise<CaseStatusName | null> {
    const d = decide(c.status, action, await this.context(db, c));
    if (!d.ok) throw CaseErrors.invalidTransition(d.reason);
    return d.to;
  }

  async actorAgentId(user: Principal, db: Tx = this.prisma): Promise<number> {
    const u = await db.user.findUnique({ where: { id: user.userId }, select: { agentId: true } });
    if (!u?.agentId) throw CaseErrors.notAnAgent();
    return u.agentId;
  }

  async execute(user: Principal, id: number, cmd: Command): Promise<void> {
    await this.findInScope(user, id);
    const at = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      const current = cmd.expectedVersion === null ? await this.writer.lock(tx, id) : await tx.case.findUniqueOrThrow({ where: { id } });
      const to = await this.check(tx, current, cmd.action);
      const expected = cmd.expectedVersion ?? current.version;
      if (expected !== current.version) throw CaseErrors.versionConflict(current.version);
      const change = await cmd.build(tx, current, to, at);
      try {
        await this.writer.apply(tx, current, expected, change, user.userId, at);
      } catch (e) {
        if (!(e instanceof VersionMismatch)) throw e;
        // Lost the race: say why in the terms of the state the winner left behind.
        const now = await tx.case.findUniqueOrThrow({ where: { id } });
        await this.check(tx, now, cmd.action);
        throw CaseErrors.versionConflict(now.version);
      }
      // DB1405 8.1.1: a finished case gets its online evaluation link and invitation in the same transaction.
      if ((change.to === 'COMPLETED' || change.to === 'FAILED') && change.to !== current.status) {
        await this.invitations.onFinished(tx, current, change.to, at);
      }
    });
  }
}
