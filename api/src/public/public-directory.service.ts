import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@prisma/client';
import { categoryLabel } from '../agents/categories';
import { PrismaService } from '../infra/prisma.service';
import { FACILITIES, ZONES } from '../stations/facilities';
import type { PublicCatalogueQuery, PublicStationQuery } from './dto/public-query.dto';
import type {
  PublicItemDetailDto, PublicItemDto, PublicItemListDto, PublicRegionListDto, PublicStationDetailDto, PublicStationDto, PublicStationListDto,
} from './dto/public-directory.dto';
import { PublicErrors } from './public.errors';
import { PublicRegionsService } from './public-regions.service';

// The public directory: the service catalogue (DB1405 7.1, published per 4.4 with materials,
// procedure, time limit and handling level), the stations (5.1) and their agents (5.2; 4.4
// publishes agents, so name and category are shown — never a phone). Every select below names its
// columns: nothing personal is even read, so nothing personal can slip into an answer.

export const FREE_OF_CHARGE = '红色代办服务免费，不收取任何代办费、手续费（DB1405 4.5）';

const LEVEL_LABEL: Record<string, string> = { VILLAGE: '村级办理', TOWNSHIP: '乡镇办理', COUNTY: '县级办理' };
const FORM_LABEL: Record<string, string> = { ORIGINAL: '原件', COPY: '复印件', ORIGINAL_AND_COPY: '原件及复印件' };
const ZONE_ORDER = ZONES.map((z) => z.key as string);
const FACILITY_ORDER = FACILITIES.map((f) => f.key as string);
const ZONE_LABEL = new Map<string, string>(ZONES.map((z) => [z.key, z.label]));
const FACILITY_LABEL = new Map<string, string>(FACILITIES.map((f) => [f.key, f.label]));

const ITEM_SELECT = {
  id: true, code: true, name: true, category: true, level: true, department: true, timeLimitDays: true, statutoryFee: true,
  _count: { select: { materials: true } },
} satisfies Prisma.CatalogueItemSelect;

const STATION_SELECT = {
  id: true, name: true, address: true, openingHours: true,
  region: { select: { name: true, parent: { select: { name: true, parent: { select: { code: true, name: true } } } } } },
  _count: { select: { agents: { where: { active: true } } } },
} satisfies Prisma.StationSelect;

type ItemRow = Prisma.CatalogueItemGetPayload<{ select: typeof ITEM_SELECT }>;
type StationRow = Prisma.StationGetPayload<{ select: typeof STATION_SELECT }>;

function itemView(i: ItemRow): PublicItemDto {
  return {
    id: i.id, code: i.code, name: i.name, category: i.category, level: i.level, levelLabel: LEVEL_LABEL[i.level] ?? i.level,
    department: i.department, timeLimitDays: i.timeLimitDays, statutoryFee: Number(i.statutoryFee.toString()), materialCount: i._count.materials,
  };
}

function stationView(s: StationRow): PublicStationDto {
  const township = s.region.parent;
  const county = township?.parent;
  return {
    id: s.id, name: s.name, address: s.address, openingHours: s.openingHours,
    countyCode: county?.code ?? '', county: county?.name ?? '', township: township?.name ?? '', village: s.region.name,
    agentCount: s._count.agents,
  };
}

function labelled(keys: readonly string[], order: string[], labels: Map<string, string>) {
  return order.filter((k) => keys.includes(k)).map((key) => ({ key, label: labels.get(key)! }));
}

/** Published, in force: an item that is active and has a published version (version ≥ 1). */
const PUBLISHED: Prisma.CatalogueItemWhereInput = { active: true, version: { gte: 1 } };

@Injectable()
export class PublicDirectoryService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService, private readonly regions: PublicRegionsService) {}

  async catalogue(q: PublicCatalogueQuery): Promise<PublicItemListDto> {
    const text = q.q?.trim();
    const items = await this.prisma.catalogueItem.findMany({
      where: {
        ...PUBLISHED,
        ...(q.level ? { level: q.level } : {}),
        ...(text ? { OR: [{ name: { contains: text, mode: 'insensitive' } }, { category: { contains: text } }, { department: { contains: text } }] } : {}),
      },
      select: ITEM_SELECT,
      orderBy: [{ category: 'asc' }, { code: 'asc' }],
      take: 1000,
    });
    return { items: items.map(itemView), freeOfCharge: FREE_OF_CHARGE };
  }

  async item(id: number): Promise<PublicItemDetailDto> {
    const item = await this.prisma.catalogueItem.findFirst({
      where: { id, ...PUBLISHED },
      select: {
        ...ITEM_SELECT, legalBasis: true, procedure: true,
        materials: { select: { name: true, form: true, copies: true, howToGet: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      },
    });
    if (!item) throw PublicErrors.itemNotFound();
    return {
      ...itemView(item), legalBasis: item.legalBasis, procedure: item.procedure, freeOfCharge: FREE_OF_CHARGE,
      materials: item.materials.map((m) => ({ name: m.name, form: m.form, formLabel: FORM_LABEL[m.form] ?? m.form, copies: m.copies, howToGet: m.howToGet })),
    };
  }

  async stations(q: PublicStationQuery): Promise<PublicStationListDto> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    let path: string | undefined;
    if (q.region) {
      const region = await this.prisma.region.findUnique({ where: { code: q.region }, select: { path: true } });
      if (!region) throw PublicErrors.regionNotFound();
      path = region.path;
    }
    const text = q.q?.trim();
    const where: Prisma.StationWhereInput = {
      ...(path ? { region: { path: { startsWith: path } } } : {}),
      ...(text ? { OR: [{ name: { contains: text } }, { address: { contains: text } }] } : {}),
    };
    const [total, rows] = await Promise.all([
      this.prisma.station.count({ where }),
      this.prisma.station.findMany({ where, select: STATION_SELECT, orderBy: { regionCode: 'asc' }, skip: (page - 1) * pageSize, take: pageSize }),
    ]);
    return { items: rows.map(stationView), total, page, pageSize };
  }

  async station(id: number): Promise<PublicStationDetailDto> {
    const s = await this.prisma.station.findUnique({
      where: { id },
      select: {
        ...STATION_SELECT, zones: true, facilities: true,
        // DB1405 4.4: agents are published by name and category; the phone is not selected at all.
        agents: { where: { active: true }, select: { name: true, category: true }, orderBy: { id: 'asc' } },
      },
    });
    if (!s) throw PublicErrors.stationNotFound();
    return {
      ...stationView(s),
      zones: labelled(s.zones, ZONE_ORDER, ZONE_LABEL),
      facilities: labelled(s.facilities, FACILITY_ORDER, FACILITY_LABEL),
      agents: s.agents.map((a) => ({ name: a.name, category: a.category, categoryLabel: categoryLabel(a.category) })),
    };
  }

  async regionTree(): Promise<PublicRegionListDto> {
    return { items: (await this.regions.tree()).map(({ code, name, level, parentCode }) => ({ code, name, level, parentCode })) };
  }
}
