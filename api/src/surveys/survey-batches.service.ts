import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { caseScope } from '../cases/case-commands';
import { Clock } from '../cases/clock';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import type { CreateBatchDto } from './dto/survey.dto';
import { drawSample, type Candidate } from './survey-sample';
import { monthBounds, monthColumn, monthOfColumn } from './survey-month';
import { SurveyErrors } from './surveys.errors';

const isCityWide = (user: Principal) => user.scopePath.split('/').filter(Boolean).length === 1;

/**
 * DB1405 8.1.2: the monthly 回访 sample — per township up to perTownship of the cases closed
 * (COMPLETED or FAILED) in the month, drawn with a stored seed so anyone can redraw and compare.
 * One batch per month for the whole city: drawing it is for city-wide roles (403
 * SURVEY.CITY_WIDE_ONLY otherwise); every role reads the calls of its own scope.
 */
@Injectable()
export class SurveyBatchesService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async create(user: Principal, dto: CreateBatchDto) {
    if (monthBounds(dto.month).end > this.clock.now()) throw SurveyErrors.monthNotClosed(dto.month);
    if (!isCityWide(user)) throw SurveyErrors.cityWideOnly();
    const id = await this.draw(dto.month, dto.perTownship ?? this.config.SURVEY_PER_TOWNSHIP, dto.seed ?? randomInt(0, 2 ** 31 - 1), user.userId);
    return (await this.list(user)).items.find((b) => b.id === id)!;
  }

  /** The closed cases of the month with their township (the station's village's parent), by id. */
  async candidates(month: string): Promise<Candidate[]> {
    const { start, end } = monthBounds(month);
    return this.prisma.$queryRaw<Candidate[]>`
      SELECT c.id AS "caseId", v.parent_code AS "townshipCode"
      FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions v ON v.code = s.region_code
      WHERE c.status IN ('COMPLETED', 'FAILED') AND c.completed_at >= ${start} AND c.completed_at < ${end} AND v.parent_code IS NOT NULL
      ORDER BY c.id`;
  }

  /** Draws and stores the batch; 409 SURVEY.BATCH_EXISTS when the month has one. Returns its id. */
  async draw(month: string, perTownship: number, seed: number, createdById: number | null): Promise<number> {
    if (await this.prisma.surveyBatch.findUnique({ where: { month: monthColumn(month) }, select: { id: true } })) throw SurveyErrors.batchExists(month);
    const sample = drawSample(await this.candidates(month), seed, perTownship);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const batch = await tx.surveyBatch.create({ data: { month: monthColumn(month), seed, perTownship, createdById, createdAt: this.clock.now() } });
        await tx.surveyCall.createMany({ data: sample.map((s) => ({ batchId: batch.id, caseId: s.caseId, townshipCode: s.townshipCode })) });
        return batch.id;
      });
    } catch (e) {
      // two draws of the same month at once (the monthly job and a person): the unique month decides
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw SurveyErrors.batchExists(month);
      throw e;
    }
  }

  /** Every batch, with its calls counted within the caller's scope. */
  async list(user: Principal) {
    const [batches, groups] = await Promise.all([
      this.prisma.surveyBatch.findMany({ orderBy: { month: 'desc' } }),
      this.prisma.surveyCall.groupBy({ by: ['batchId', 'outcome'], where: { case: caseScope(user) }, _count: { _all: true } }),
    ]);
    return {
      items: batches.map((b) => {
        const mine = groups.filter((g) => g.batchId === b.id);
        const n = (o: string) => mine.filter((g) => g.outcome === o).reduce((s, g) => s + g._count._all, 0);
        return {
          id: b.id, month: monthOfColumn(b.month), seed: b.seed, perTownship: b.perTownship, createdAt: b.createdAt.toISOString(), automatic: b.createdById === null,
          sampled: mine.reduce((s, g) => s + g._count._all, 0), reached: n('REACHED'), notReached: n('NOT_REACHED'), refused: n('REFUSED'), pending: n('PENDING'),
        };
      }),
    };
  }
}
