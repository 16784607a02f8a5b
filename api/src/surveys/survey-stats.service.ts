import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { caseScope } from '../cases/case-commands';
import { PrismaService } from '../infra/prisma.service';
import { RegionsService } from '../regions/regions.service';
import type { StatsQuery } from './dto/survey.dto';
import { monthColumn } from './survey-month';
import { surveyStats } from './survey-stats';

/** DB1405 8.1.2 / 8.1.3: a month's response and satisfaction per township of a region in the caller's scope. */
@Injectable()
export class SurveyStatsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService, @Inject(RegionsService) private readonly regions: RegionsService) {}

  async stats(user: Principal, q: StatsQuery) {
    const region = await this.regions.findInScope(user, q.region ?? user.regionCode);
    const batch = await this.prisma.surveyBatch.findUnique({ where: { month: monthColumn(q.month) } });
    const townships = region.level === 'VILLAGE' ? [] : await this.prisma.region.findMany({
      where: { level: 'TOWNSHIP', path: { startsWith: region.path } }, select: { code: true, name: true }, orderBy: { code: 'asc' },
    });
    const groups = batch ? await this.prisma.surveyCall.groupBy({
      by: ['townshipCode', 'outcome', 'level'],
      where: { batchId: batch.id, AND: [{ case: caseScope(user) }, { case: { station: { region: { path: { startsWith: region.path } } } } }] },
      _count: { _all: true },
    }) : [];
    const stats = surveyStats(groups.map((g) => ({ townshipCode: g.townshipCode, outcome: g.outcome, level: g.level, count: g._count._all })), townships);
    return {
      month: q.month,
      region: { code: region.code, name: region.name, level: region.level },
      batch: batch ? { id: batch.id, seed: batch.seed, perTownship: batch.perTownship } : null,
      ...stats,
    };
  }
}
