import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Rectification } from '@prisma/client';
import { roleHas } from '../auth/permissions';
import type { Principal } from '../auth/principal';
import { Clock } from '../cases/clock';
import { dateColumn } from '../cases/due-date';
import { PrismaService } from '../infra/prisma.service';
import { RectificationErrors } from './rectifications.errors';
import type { RectificationActionDto, RectificationListQuery } from './dto/rectification.dto';
import {
  allowedActions, decide, EVENT_TYPE, mayAct, missingInput, ACTION_SIDE,
  type Capabilities, type RectificationAction, type RectificationContext, type RectificationStatus,
} from './rectification-state';
import { rectificationDetail, rectificationSummary } from './rectification-views';

type Tx = Prisma.TransactionClient;

const include = {
  case: { select: { id: true, caseNo: true, citizenName: true, item: { select: { id: true, name: true } } } },
  station: { select: { id: true, name: true } },
} satisfies Prisma.RectificationInclude;

const detailInclude = {
  ...include,
  evaluation: {
    select: { id: true, level: true, channel: true, comment: true, commentRedacted: true, done: true, appealOutcome: true, createdAt: true },
  },
  surveyCall: { select: { id: true, level: true, finding: true, comment: true, calledAt: true } },
} satisfies Prisma.RectificationInclude;

/** Only rectifications of stations inside the caller's region subtree; outside answers 404 like a missing id. */
export function rectificationScope(user: Principal): Prisma.RectificationWhereInput {
  return { station: { region: { path: { startsWith: user.scopePath } } } };
}

/** Start of a local (Asia/Shanghai) day as an instant, for created_at windows. */
export const shanghaiMidnight = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(shanghaiMidnight(d).getTime() + 86_400_000);

const contextOf = (r: Rectification): RectificationContext => ({ verified: !!r.verifyNote, appealed: !!r.appealReason });

/**
 * DB1405 8.2 (8.2.1 改进, 8.2.2 督促、跟踪、复查): the rectification tasks opened by bad
 * evaluations and survey findings, carried out by the handling station and re-checked by a level
 * above it. Every change is one UPDATE … WHERE version = the client's version plus one appended
 * rectification_events row, in one transaction.
 */
@Injectable()
export class RectificationsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Which side the caller may act for (DB1405 8.2.2: the station rectifies, a higher level re-checks). */
  capabilities(user: Principal, r: { stationId: number }): Capabilities {
    // An agent acts for their own station only (their scope is its village; this says it outright).
    const ownStation = user.role !== 'STATION_AGENT' || user.stationId === r.stationId;
    return { station: roleHas(user.role, 'rectification:write') && ownStation, review: roleHas(user.role, 'rectification:review') };
  }

  async list(user: Principal, q: RectificationListQuery) {
    const today = this.clock.today();
    const todayCol = dateColumn(today);
    const where: Prisma.RectificationWhereInput = {
      AND: [
        rectificationScope(user),
        q.status ? { status: q.status } : {},
        q.source ? { source: q.source } : {},
        q.station ? { stationId: q.station } : {},
        q.overdue === undefined ? {} : q.overdue
          ? { status: { not: 'CLOSED' }, dueDate: { lt: todayCol } }
          : { OR: [{ status: 'CLOSED' }, { dueDate: { gte: todayCol } }] },
        q.from ? { createdAt: { gte: shanghaiMidnight(q.from) } } : {},
        q.to ? { createdAt: { lt: nextDay(q.to) } } : {},
      ],
    };
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await Promise.all([
      // Open tasks first, the most urgent (earliest due) on top; then the most recently closed.
      this.prisma.rectification.findMany({
        where, include, orderBy: [{ closedAt: { sort: 'desc', nulls: 'first' } }, { dueDate: 'asc' }, { id: 'desc' }], skip: (page - 1) * pageSize, take: pageSize,
      }),
      this.prisma.rectification.count({ where }),
    ]);
    return { items: rows.map((r) => rectificationSummary(r, today)), total, page, pageSize };
  }

  private async findInScope(user: Principal, id: number) {
    const r = await this.prisma.rectification.findFirst({ where: { AND: [{ id }, rectificationScope(user)] }, include: detailInclude });
    if (!r) throw RectificationErrors.notFound();
    return r;
  }

  /** The task with its evaluation (redacted), case, station, every event and the caller's allowed actions. */
  async detail(user: Principal, id: number) {
    const r = await this.findInScope(user, id);
    const events = await this.prisma.rectificationEvent.findMany({ where: { rectificationId: id }, orderBy: { id: 'asc' } });
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((a): a is number => a !== null))];
    const users = actorIds.length ? await this.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true } }) : [];
    const allowed = allowedActions(r.status as RectificationStatus, contextOf(r), this.capabilities(user, r));
    return rectificationDetail(r, events, new Map(users.map((u) => [u.id, u.username])), allowed, this.clock.today());
  }

  /**
   * One step: scope (404), the caller's side (403), the input the step needs (400), the version
   * (409 RECTIFICATION.VERSION_CONFLICT), the state machine (409 RECTIFICATION.INVALID_TRANSITION);
   * then the change, its event and — for an upheld appeal — the evaluation's outcome, together.
   */
  async act(user: Principal, id: number, dto: RectificationActionDto) {
    const found = await this.findInScope(user, id);
    const action = dto.action as RectificationAction;
    if (!mayAct(action, this.capabilities(user, found))) {
      throw ACTION_SIDE[action] === 'STATION' ? RectificationErrors.stationStep() : RectificationErrors.reviewStep();
    }
    const missing = missingInput(action, dto);
    if (missing) throw RectificationErrors.inputRequired(missing);
    const at = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      // The row is locked: a concurrent step waits, then sees the new version and is refused.
      await tx.$queryRaw`SELECT id FROM rectifications WHERE id = ${id} FOR UPDATE`;
      const current = await tx.rectification.findUniqueOrThrow({ where: { id } });
      if (dto.version !== current.version) throw RectificationErrors.versionConflict(current.version);
      const d = decide(current.status as RectificationStatus, action, contextOf(current));
      if (!d.ok) throw RectificationErrors.invalidTransition(d.reason);
      await this.write(tx, current, action, d.to, dto, user.userId, at);
    });
    return this.detail(user, id);
  }

  private async write(tx: Tx, current: Rectification, action: RectificationAction, to: RectificationStatus, dto: RectificationActionDto, actorId: number, at: Date) {
    const note = dto.note?.trim() || null;
    const set: Prisma.RectificationUncheckedUpdateManyInput = {};
    switch (action) {
      case 'VERIFY': set.verifyNote = note; break;
      case 'RECTIFY': set.measures = dto.measures!.trim(); break;
      case 'FEEDBACK': set.feedbackNote = note; break;
      case 'RECHECK_PASS': case 'RECHECK_FAIL': set.recheckNote = note; break;
      case 'APPEAL': set.appealReason = dto.reason!; set.appealNote = note; break;
      case 'UPHOLD_APPEAL': case 'REJECT_APPEAL': break;
    }
    if (to === 'CLOSED') set.closedAt = at;
    const version = current.version + 1;
    const res = await tx.rectification.updateMany({ where: { id: current.id, version: current.version }, data: { ...set, status: to, version, updatedAt: at } });
    if (res.count === 0) throw RectificationErrors.versionConflict(current.version);
    // DB1405 8.2 (national 好差评 rules): an upheld 误评 / 恶意评价 appeal keeps the evaluation on
    // record with its outcome; the rates leave it out.
    if (action === 'UPHOLD_APPEAL' && current.evaluationId) {
      await tx.evaluation.update({ where: { id: current.evaluationId }, data: { appealOutcome: 'UPHELD', updatedAt: at } });
    }
    await tx.rectificationEvent.create({
      data: {
        rectificationId: current.id, type: EVENT_TYPE[action], fromStatus: current.status, toStatus: to, actorId, at,
        data: {
          version, ...(note ? { note } : {}), ...(action === 'RECTIFY' ? { measures: dto.measures!.trim() } : {}),
          ...(action === 'APPEAL' ? { reason: dto.reason } : {}),
          ...(action === 'UPHOLD_APPEAL' && current.evaluationId ? { evaluationId: current.evaluationId, appealOutcome: 'UPHELD' } : {}),
        },
      },
    });
  }
}
