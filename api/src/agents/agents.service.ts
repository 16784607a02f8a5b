import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type AgentCategory } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { ExcelErrors } from '../excel/excel.errors';
import { readSheet } from '../excel/read-sheet';
import { writeSheet } from '../excel/write-sheet';
import { PrismaService } from '../infra/prisma.service';
import { maskName, maskPhone } from '../privacy/masking';
import { RegionsService } from '../regions/regions.service';
import { StationErrors } from '../stations/stations.errors';
import { AGENT_COL, AGENT_COLUMNS, agentKey, agentSheetRow, validateAgentSheet } from './agent-sheet';
import { normaliseSkills } from './agent-rules';
import { AgentErrors } from './agents.errors';
import type { CreateAgentDto, CreateTrainingDto, UpdateAgentDto } from './dto/agent-input.dto';
import type { AgentFilterQuery, AgentListQuery } from './dto/agent-query.dto';
import { currentYear, trainingHoursByYear, trainingHoursInYear } from './training-hours';

export const MAX_IMPORT_ROWS = 10_000;

/** The select of an agent row, with its trainings from `since` on (for the hours of this year). */
const select = (since: Date) => ({
  id: true, stationId: true, name: true, category: true, phone: true, skills: true, active: true,
  station: { select: { name: true, regionCode: true, region: { select: { parent: { select: { name: true } } } } } },
  trainings: { where: { date: { gte: since } }, select: { date: true, hours: true } },
}) satisfies Prisma.AgentSelect;

type AgentRow = Prisma.AgentGetPayload<{ select: ReturnType<typeof select> }>;

export interface AgentView {
  id: number;
  name: string;
  phone: string;
  category: string;
  stationId: number;
  stationName: string;
  regionCode: string;
  townshipName: string;
  skills: string[];
  active: boolean;
  trainingHoursThisYear: number;
}

/** Agents' personal data is masked in lists and exports (PIPL, GB/T 35273): 张*明, 138****1234. */
function toView(a: AgentRow, year: number, opts: { fullName?: boolean } = {}): AgentView {
  return {
    id: a.id,
    name: opts.fullName ? a.name : maskName(a.name),
    phone: maskPhone(a.phone),
    category: a.category,
    stationId: a.stationId,
    stationName: a.station.name,
    regionCode: a.station.regionCode,
    townshipName: a.station.region.parent?.name ?? '',
    skills: a.skills,
    active: a.active,
    trainingHoursThisYear: trainingHoursInYear(a.trainings, year),
  };
}

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const inScope = (user: Principal): Prisma.AgentWhereInput => ({ station: { region: { path: { startsWith: user.scopePath } } } });
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** DB1405 5.2: the agent register and its training records, confined to the caller's scope. */
@Injectable()
export class AgentsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(RegionsService) private readonly regions: RegionsService,
  ) {}

  /** A station the caller may see, or 404 STATION.NOT_FOUND. */
  private async stationInScope(user: Principal, id: number): Promise<void> {
    const s = await this.prisma.station.findFirst({ where: { id, region: { path: { startsWith: user.scopePath } } }, select: { id: true } });
    if (!s) throw StationErrors.notFound();
  }

  private async agentInScope(user: Principal, id: number) {
    const a = await this.prisma.agent.findFirst({ where: { id, ...inScope(user) }, select: { id: true, stationId: true, name: true, phone: true } });
    if (!a) throw AgentErrors.notFound();
    return a;
  }

  private async where(user: Principal, q: AgentFilterQuery): Promise<Prisma.AgentWhereInput> {
    const and: Prisma.AgentWhereInput[] = [inScope(user)];
    if (q.station !== undefined) {
      await this.stationInScope(user, q.station);
      and.push({ stationId: q.station });
    }
    if (q.region) {
      const region = await this.regions.findInScope(user, q.region);
      and.push({ station: { region: { path: { startsWith: region.path } } } });
    }
    if (q.category) and.push({ category: q.category as AgentCategory });
    const text = q.q?.trim();
    if (text) and.push({ OR: [{ name: { contains: text } }, { skills: { has: text } }] });
    return { AND: and };
  }

  async list(user: Principal, q: AgentListQuery) {
    const where = await this.where(user, q);
    const year = currentYear();
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [total, rows] = await Promise.all([
      this.prisma.agent.count({ where }),
      this.prisma.agent.findMany({
        where, select: select(yearStart(year)), orderBy: [{ station: { regionCode: 'asc' } }, { id: 'asc' }],
        skip: (page - 1) * pageSize, take: pageSize,
      }),
    ]);
    return { items: rows.map((a) => toView(a, year)), total, page, pageSize, year };
  }

  async get(user: Principal, id: number) {
    const year = currentYear();
    const a = await this.prisma.agent.findFirst({
      where: { id, ...inScope(user) },
      select: { ...select(yearStart(year)), trainings: { select: { id: true, course: true, provider: true, date: true, hours: true }, orderBy: [{ date: 'desc' }, { id: 'desc' }] } },
    });
    if (!a) throw AgentErrors.notFound();
    const byYear = trainingHoursByYear(a.trainings);
    return {
      ...toView(a, year, { fullName: true }),
      trainings: a.trainings.map((t) => ({ id: t.id, course: t.course, provider: t.provider, date: isoDate(t.date), hours: Number(t.hours) })),
      hoursByYear: Object.entries(byYear).map(([y, hours]) => ({ year: Number(y), hours })).sort((x, y) => y.year - x.year),
    };
  }

  private async assertUnique(stationId: number, name: string, phone: string, exceptId?: number): Promise<void> {
    const dup = await this.prisma.agent.findFirst({ where: { stationId, name, phone, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
    if (dup) throw AgentErrors.exists();
  }

  async create(user: Principal, dto: CreateAgentDto) {
    await this.stationInScope(user, dto.stationId);
    const name = dto.name.trim();
    await this.assertUnique(dto.stationId, name, dto.phone);
    const { id } = await this.prisma.agent.create({
      data: {
        stationId: dto.stationId, name, category: dto.category as AgentCategory, phone: dto.phone,
        skills: normaliseSkills(dto.skills ?? []).skills, active: dto.active ?? true,
      },
      select: { id: true },
    });
    return this.get(user, id);
  }

  async update(user: Principal, id: number, dto: UpdateAgentDto) {
    const current = await this.agentInScope(user, id);
    if (dto.stationId !== undefined && dto.stationId !== current.stationId) await this.stationInScope(user, dto.stationId);
    const name = dto.name?.trim() ?? current.name;
    const stationId = dto.stationId ?? current.stationId;
    const phone = dto.phone ?? current.phone;
    if (stationId !== current.stationId || name !== current.name || phone !== current.phone) await this.assertUnique(stationId, name, phone, id);
    await this.prisma.agent.update({
      where: { id },
      data: {
        ...(dto.stationId !== undefined && { stationId: dto.stationId }),
        ...(dto.name !== undefined && { name }),
        ...(dto.category !== undefined && { category: dto.category as AgentCategory }),
        ...(dto.phone !== undefined && { phone: dto.phone }),
        ...(dto.skills !== undefined && { skills: normaliseSkills(dto.skills).skills }),
        ...(dto.active !== undefined && { active: dto.active }),
      },
    });
    return this.get(user, id);
  }

  /** DB1405 5.2.4: record a training the agent attended. */
  async addTraining(user: Principal, id: number, dto: CreateTrainingDto) {
    await this.agentInScope(user, id);
    const date = new Date(`${dto.date}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || isoDate(date) !== dto.date) throw AgentErrors.invalidTrainingDate('培训日期不是有效的日期');
    const todayChina = isoDate(new Date(Date.now() + 8 * 3_600_000));
    if (dto.date > todayChina) throw AgentErrors.invalidTrainingDate('培训日期不能晚于今天');
    if (dto.date < '2000-01-01') throw AgentErrors.invalidTrainingDate('培训日期过早，请检查');
    const t = await this.prisma.agentTraining.create({
      data: { agentId: id, course: dto.course.trim(), provider: dto.provider?.trim() ?? '', date, hours: new Prisma.Decimal(dto.hours.toFixed(1)) },
    });
    return { id: t.id, course: t.course, provider: t.provider, date: isoDate(t.date), hours: Number(t.hours) };
  }

  /** The filtered register as .xlsx, names and phones masked like the list. */
  async exportXlsx(user: Principal, q: AgentFilterQuery): Promise<Buffer> {
    const year = currentYear();
    const rows = await this.prisma.agent.findMany({
      where: await this.where(user, q), select: select(yearStart(year)), orderBy: [{ station: { regionCode: 'asc' } }, { id: 'asc' }],
    });
    return writeSheet({ name: '代办员登记表', columns: AGENT_COLUMNS, rows: rows.map((a) => agentSheetRow(toView(a, year))) });
  }

  /**
   * Validate every row first; if any is wrong write nothing (422 with every problem); otherwise
   * upsert all rows in one transaction, matching agents by station + name + phone.
   */
  async importXlsx(user: Principal, file: Buffer): Promise<{ created: number; updated: number }> {
    const table = await readSheet(file, { maxRows: MAX_IMPORT_ROWS });
    const codes = [...new Set(table.rows.map((r) => r.values[AGENT_COL.region] ?? '').filter((c) => /^\d{12}$/.test(c)))];
    const stations = await this.prisma.station.findMany({
      where: { regionCode: { in: codes }, region: { path: { startsWith: user.scopePath } } }, select: { id: true, regionCode: true },
    });
    const { rows, errors } = validateAgentSheet(table, new Map(stations.map((s) => [s.regionCode, { stationId: s.id }])));
    if (errors.length) throw ExcelErrors.invalidRows(errors);
    if (!rows.length) throw ExcelErrors.empty();
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.agent.findMany({ where: { stationId: { in: [...new Set(rows.map((r) => r.stationId))] } }, select: { id: true, stationId: true, name: true, phone: true } });
      const byKey = new Map(existing.map((a) => [agentKey(a.stationId, a.name, a.phone), a.id]));
      let created = 0;
      for (const r of rows) {
        const data = { category: r.category as AgentCategory, skills: r.skills, active: r.active };
        const id = byKey.get(agentKey(r.stationId, r.name, r.phone));
        if (id) await tx.agent.update({ where: { id }, data });
        else {
          await tx.agent.create({ data: { stationId: r.stationId, name: r.name, phone: r.phone, ...data } });
          created++;
        }
      }
      return { created, updated: rows.length - created };
    }, { timeout: 120_000, maxWait: 10_000 });
  }
}
