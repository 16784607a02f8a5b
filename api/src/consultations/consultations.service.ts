import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationStatus, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { CalendarService } from '../calendar/calendar.service';
import { addWorkingDays, NotCoveredError } from '../calendar/working-days';
import { CaseCommands } from '../cases/case-commands';
import { CaseErrors } from '../cases/cases.errors';
import { Clock } from '../cases/clock';
import { CommissionService } from '../cases/commission.service';
import type { ConvertConsultationDto } from '../cases/dto/commission.dto';
import { dateColumn, isoOfDateColumn } from '../cases/due-date';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG, PG_POOL } from '../infra/tokens';
import type { Pool } from 'pg';
import { maskPhone } from '../privacy/masking';
import { PiiCipher } from '../privacy/pii-cipher';
import { insertConsultation } from './consultation-insert-sql';
import { consultationView } from './consultation-views';
import { ConsultationErrors } from './consultations.errors';
import type { AnswerDto, ConsultationListQuery, CreateConsultationDto } from './dto/consultation.dto';

const include = {
  item: { select: { id: true, name: true } },
  station: { select: { id: true, name: true } },
  agent: { select: { id: true, name: true } },
  cases: { select: { id: true, caseNo: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.ConsultationInclude;

/**
 * DB1405 6.1 and 7.2.1 a): every call and visit is registered; the agent who receives it owns it
 * (首问负责) until it is answered — at once (6.1.2) or within CONSULTATION_ANSWER_DAYS working
 * days after asking the department (6.1.3) — or turned into a case in one step.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(CalendarService) private readonly calendar: CalendarService,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CommissionService) private readonly commission: CommissionService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  private scope(user: Principal): Prisma.ConsultationWhereInput {
    return { station: { region: { path: { startsWith: user.scopePath } } } };
  }

  private async find(user: Principal, id: number) {
    const c = await this.prisma.consultation.findFirst({ where: { AND: [{ id }, this.scope(user)] }, include });
    if (!c) throw ConsultationErrors.notFound();
    return c;
  }

  /** The answer-by date of an open consultation; null when it would lie past the calendar (never a guess). */
  private async answerBy(today: string): Promise<Date | null> {
    try {
      return dateColumn(addWorkingDays(await this.calendar.calendar(), today, this.config.CONSULTATION_ANSWER_DAYS));
    } catch (e) {
      if (e instanceof NotCoveredError) return null;
      throw e;
    }
  }

  async create(user: Principal, dto: CreateConsultationDto) {
    if (!user.stationId) throw CaseErrors.notAnAgent();
    const now = this.clock.now();
    const answer = dto.answer?.trim() || null;
    const due = answer ? null : await this.answerBy(this.clock.today());
    const row = await insertConsultation(this.pool, {
      userId: user.userId, stationId: user.stationId, channel: dto.channel,
      citizenName: dto.citizen.name.trim(), citizenPhoneEnc: this.pii.encrypt(dto.citizen.phone), citizenPhoneMasked: maskPhone(dto.citizen.phone),
      itemId: dto.itemId ?? null, topic: dto.topic.trim(), content: dto.content, answer,
      status: answer ? 'ANSWERED' : 'OPEN', answeredAt: answer ? now : null, dueDate: due ? isoOfDateColumn(due) : null, createdAt: now,
    });
    if (!row) {
      await this.commands.actorAgentId(user); // 403 CASE.NOT_AN_AGENT, or else:
      throw ConsultationErrors.unknownItem();
    }
    return consultationView(row, this.clock.today());
  }

  async list(user: Principal, q: ConsultationListQuery) {
    const where: Prisma.ConsultationWhereInput = {
      AND: [this.scope(user), q.status ? { status: q.status as ConsultationStatus } : {}, q.station ? { stationId: q.station } : {}],
    };
    const [rows, total] = await Promise.all([
      this.prisma.consultation.findMany({ where, include, orderBy: { id: 'desc' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
      this.prisma.consultation.count({ where }),
    ]);
    const today = this.clock.today();
    return { items: rows.map((r) => consultationView(r, today)), total, page: q.page, pageSize: q.pageSize };
  }

  async get(user: Principal, id: number) {
    return consultationView(await this.find(user, id), this.clock.today());
  }

  /** DB1405 6.1.3: the answer after asking the department; once only. */
  async answer(user: Principal, id: number, dto: AnswerDto) {
    const c = await this.find(user, id);
    const res = await this.prisma.consultation.updateMany({
      where: { id, status: 'OPEN' },
      data: { status: 'ANSWERED', answer: dto.answer.trim(), answeredAt: this.clock.now() },
    });
    if (res.count === 0) {
      const now = await this.prisma.consultation.findUniqueOrThrow({ where: { id }, select: { status: true } });
      throw now.status === 'CONVERTED' || c.status === 'CONVERTED' ? ConsultationErrors.alreadyConverted() : ConsultationErrors.alreadyAnswered();
    }
    return this.get(user, id);
  }

  /** One step from consultation to case (DB1405 6.1 → 6.2): same citizen, consent recorded, consultation CONVERTED. */
  async convert(user: Principal, id: number, dto: ConvertConsultationDto) {
    const c = await this.find(user, id);
    if (c.status === 'CONVERTED') throw ConsultationErrors.alreadyConverted();
    const consentMethod = this.commission.voluntary(dto);
    const itemId = dto.itemId ?? c.itemId;
    if (!itemId) throw ConsultationErrors.noItem();
    const caseId = await this.prisma.$transaction((tx) =>
      this.commission.createInTx(tx, user, {
        itemId, consentMethod, homeVisit: dto.homeVisit ?? false, providedMaterialIds: dto.providedMaterialIds, consultationId: id,
        citizen: { name: c.citizenName, phoneEnc: c.citizenPhoneEnc, phoneMasked: c.citizenPhoneMasked, idEnc: null, idMasked: null },
      }));
    return this.commission.respond(user, caseId);
  }
}
