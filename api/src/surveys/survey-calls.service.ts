import { Inject, Injectable } from '@nestjs/common';
import type { EvaluationLevel, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { CalendarService } from '../calendar/calendar.service';
import { caseScope } from '../cases/case-commands';
import { Clock } from '../cases/clock';
import type { AppConfig } from '../config/config';
import { BAD_LEVELS, LEVEL_TEXT, type Level } from '../evaluations/evaluation-codes';
import { redactComment } from '../evaluations/redact';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { maskName } from '../privacy/masking';
import { openRectification } from '../rectifications/rectification-opener';
import type { CallListQuery, RecordCallDto } from './dto/survey.dto';
import { SurveyErrors } from './surveys.errors';

export const OUTCOME_TEXT: Record<string, string> = { PENDING: '待回访', REACHED: '回访成功', NOT_REACHED: '未接通', REFUSED: '拒访' };
/** A call may be tried again while nobody answered; a reached or refused call is final. */
const OPEN_OUTCOMES = ['PENDING', 'NOT_REACHED'];

const include = {
  case: {
    select: {
      id: true, caseNo: true, status: true, completedAt: true, agentId: true, citizenName: true, citizenPhoneMasked: true,
      item: { select: { name: true } }, station: { select: { id: true, name: true } }, agent: { select: { name: true } },
    },
  },
  rectifications: { select: { id: true, status: true, dueDate: true } },
} as const;
type CallRow = Prisma.SurveyCallGetPayload<{ include: typeof include }>;

/** DB1405 8.1.2 follow-up calls: the list to call (personal data masked) and the outcome of each call. */
@Injectable()
export class SurveyCallsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CalendarService) private readonly calendar: CalendarService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: Principal, batchId: number, q: CallListQuery) {
    if (!(await this.prisma.surveyBatch.findUnique({ where: { id: batchId }, select: { id: true } }))) throw SurveyErrors.batchNotFound();
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Prisma.SurveyCallWhereInput = {
      batchId, case: caseScope(user), ...(q.outcome ? { outcome: q.outcome } : {}), ...(q.township ? { townshipCode: q.township } : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.surveyCall.findMany({ where, include, orderBy: [{ townshipCode: 'asc' }, { caseId: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.surveyCall.count({ where }),
    ]);
    const townships = await this.prisma.region.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.townshipCode))] } }, select: { code: true, name: true } });
    const names = new Map(townships.map((t) => [t.code, t.name]));
    return { items: rows.map((r) => view(r, names.get(r.townshipCode))), total, page, pageSize };
  }

  /**
   * One call's outcome. Scope (404); the handling agent never calls about their own case (403
   * SURVEY.SELF_CALL); a rating only when reached (422). A 不满意 / 非常不满意 rating or any
   * finding opens a rectification for the handling station (DB1405 8.2) in the same transaction.
   */
  async record(user: Principal, id: number, dto: RecordCallDto) {
    const call = await this.prisma.surveyCall.findFirst({ where: { id, case: caseScope(user) }, include });
    if (!call) throw SurveyErrors.callNotFound();
    const me = await this.prisma.user.findUnique({ where: { id: user.userId }, select: { agentId: true } });
    if (me?.agentId && me.agentId === call.case.agentId) throw SurveyErrors.selfCall();
    if (!OPEN_OUTCOMES.includes(call.outcome)) throw SurveyErrors.callRecorded();
    if (dto.level && dto.outcome !== 'REACHED') throw SurveyErrors.levelNeedsReach();
    const at = this.clock.now();
    const finding = dto.finding?.trim() || null;
    const comment = dto.comment?.trim() || null;
    await this.prisma.$transaction(async (tx) => {
      const n = await tx.surveyCall.updateMany({
        where: { id, outcome: { in: OPEN_OUTCOMES } },
        data: { outcome: dto.outcome, level: (dto.level as EvaluationLevel) ?? null, comment, finding, calledById: user.userId, calledAt: at, updatedAt: at },
      });
      if (n.count === 0) throw SurveyErrors.callRecorded();
      if ((dto.level && BAD_LEVELS.has(dto.level)) || finding) {
        const names = [call.case.citizenName];
        const parts = [`回访（${OUTCOME_TEXT[dto.outcome]}）`];
        if (dto.level) parts.push(`群众评价为“${LEVEL_TEXT[dto.level as Level]}”`);
        if (finding) parts.push(`发现问题：${redactComment(finding, names)}`);
        if (comment) parts.push(`回访记录：${redactComment(comment, names)}`);
        await openRectification(tx, this.calendar, this.config.RECTIFICATION_DAYS, {
          source: 'SURVEY', surveyCallId: id, caseId: call.caseId, summary: parts.join('；'), actorId: user.userId, at,
        });
      }
    });
    const row = await this.prisma.surveyCall.findUniqueOrThrow({ where: { id }, include });
    const township = await this.prisma.region.findUnique({ where: { code: row.townshipCode }, select: { name: true } });
    return view(row, township?.name);
  }
}

function view(r: CallRow, townshipName?: string) {
  const names = [r.case.citizenName];
  const rect = r.rectifications[0];
  return {
    id: r.id,
    batchId: r.batchId,
    townshipCode: r.townshipCode,
    townshipName: townshipName ?? r.townshipCode,
    case: {
      id: r.case.id, caseNo: r.case.caseNo, status: r.case.status, completedAt: r.case.completedAt?.toISOString() ?? null,
      item: r.case.item, station: r.case.station, agentName: r.case.agent.name,
    },
    // masked: the full phone only through the audited GET /cases/{id}/citizen
    citizen: { name: maskName(r.case.citizenName), phone: r.case.citizenPhoneMasked },
    outcome: r.outcome,
    outcomeText: OUTCOME_TEXT[r.outcome] ?? r.outcome,
    level: r.level,
    levelText: r.level ? LEVEL_TEXT[r.level as Level] : null,
    comment: redactComment(r.comment, names),
    finding: redactComment(r.finding, names),
    calledAt: r.calledAt?.toISOString() ?? null,
    calledById: r.calledById,
    rectification: rect ? { id: rect.id, status: rect.status, dueDate: rect.dueDate.toISOString().slice(0, 10) } : null,
  };
}
