import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { Errors } from '../common/app-error';
import { ExcelErrors } from '../excel/excel.errors';
import { readSheet } from '../excel/read-sheet';
import { writeSheet } from '../excel/write-sheet';
import { PrismaService } from '../infra/prisma.service';
import { maskName, maskPhone } from '../privacy/masking';
import { RegionsService } from '../regions/regions.service';
import { COORDINATE_PAIR_MESSAGE, isLatitude, isLongitude, LATITUDE_MESSAGE, LONGITUDE_MESSAGE, roundCoordinate } from './coordinates';
import type { CreateStationDto, UpdateStationDto } from './dto/station-input.dto';
import { MISSING_ANY, type StationFilterQuery, type StationListQuery } from './dto/station-query.dto';
import { FACILITY_KEYS, missingFacilities, normaliseFacilities, normaliseZones } from './facilities';
import { isValidStationName, normaliseStationName } from './station-name';
import { MISSING_COLUMN_INDEX, STATION_COL, STATION_COLUMNS, stationSheetRow, validateStationSheet } from './station-sheet';
import { StationErrors } from './stations.errors';

/** More rows than the city has villages (≈2,000): one file can carry the whole register. */
export const MAX_IMPORT_ROWS = 5000;

const SELECT = {
  id: true, regionCode: true, name: true, address: true, openingHours: true, latitude: true, longitude: true,
  zones: true, facilities: true, updatedAt: true,
  // village → township → county, for the names shown beside each station
  region: { select: { name: true, parent: { select: { code: true, name: true, parent: { select: { code: true, name: true } } } } } },
  _count: { select: { agents: { where: { active: true } } } },
} satisfies Prisma.StationSelect;

type StationRow = Prisma.StationGetPayload<{ select: typeof SELECT }>;

export interface StationView {
  id: number;
  regionCode: string;
  villageName: string;
  townshipCode: string;
  townshipName: string;
  countyCode: string;
  countyName: string;
  name: string;
  address: string;
  openingHours: string;
  latitude: number | null;
  longitude: number | null;
  zones: string[];
  facilities: string[];
  missingFacilities: string[];
  agentCount: number;
  updatedAt: string;
}

function toView(s: StationRow): StationView {
  const township = s.region.parent;
  const county = township?.parent;
  return {
    id: s.id,
    regionCode: s.regionCode,
    villageName: s.region.name,
    townshipCode: township?.code ?? '',
    townshipName: township?.name ?? '',
    countyCode: county?.code ?? '',
    countyName: county?.name ?? '',
    name: s.name,
    address: s.address,
    openingHours: s.openingHours,
    latitude: s.latitude === null ? null : Number(s.latitude),
    longitude: s.longitude === null ? null : Number(s.longitude),
    zones: s.zones,
    facilities: s.facilities,
    missingFacilities: missingFacilities(s),
    agentCount: s._count.agents,
    updatedAt: s.updatedAt.toISOString(),
  };
}

const inScope = (user: Principal): Prisma.StationWhereInput => ({ region: { path: { startsWith: user.scopePath } } });

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/** DB1405 5.1: the station register, always confined to the caller's region scope. */
@Injectable()
export class StationsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(RegionsService) private readonly regions: RegionsService,
  ) {}

  private async where(user: Principal, q: StationFilterQuery): Promise<Prisma.StationWhereInput> {
    // a region filter outside the scope is a 404 (REGION.NOT_FOUND); inside, it narrows the scope
    const path = q.region ? (await this.regions.findInScope(user, q.region)).path : user.scopePath;
    const and: Prisma.StationWhereInput[] = [{ region: { path: { startsWith: path } } }];
    const text = q.q?.trim();
    if (text) and.push({ OR: [{ name: { contains: text, mode: 'insensitive' } }, { address: { contains: text, mode: 'insensitive' } }] });
    if (q.missingFacility === MISSING_ANY) and.push({ NOT: { facilities: { hasEvery: [...FACILITY_KEYS] } } });
    else if (q.missingFacility) and.push({ NOT: { facilities: { has: q.missingFacility } } });
    return { AND: and };
  }

  async list(user: Principal, q: StationListQuery) {
    const where = await this.where(user, q);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [total, rows] = await Promise.all([
      this.prisma.station.count({ where }),
      this.prisma.station.findMany({ where, select: SELECT, orderBy: { regionCode: 'asc' }, skip: (page - 1) * pageSize, take: pageSize }),
    ]);
    return { items: rows.map(toView), total, page, pageSize };
  }

  async get(user: Principal, id: number) {
    const s = await this.prisma.station.findFirst({
      where: { id, ...inScope(user) },
      select: { ...SELECT, agents: { select: { id: true, name: true, category: true, phone: true, active: true }, orderBy: { id: 'asc' } } },
    });
    if (!s) throw StationErrors.notFound();
    return {
      ...toView(s),
      // agents' personal data is masked wherever agents are listed
      agents: s.agents.map((a) => ({ id: a.id, name: maskName(a.name), category: a.category, phone: maskPhone(a.phone), active: a.active })),
    };
  }

  async create(user: Principal, dto: CreateStationDto): Promise<StationView> {
    const name = checkedName(dto.name);
    const coords = checkedCoordinates(dto);
    const region = await this.prisma.region.findFirst({ where: { code: dto.regionCode, path: { startsWith: user.scopePath } }, select: { level: true } });
    if (!region) throw Errors.regionNotFound();
    if (region.level !== 'VILLAGE') throw StationErrors.notVillage();
    if (await this.prisma.station.findUnique({ where: { regionCode: dto.regionCode }, select: { id: true } })) throw StationErrors.exists();
    try {
      const s = await this.prisma.station.create({
        data: {
          regionCode: dto.regionCode, name, address: dto.address.trim(), openingHours: dto.openingHours.trim(), ...coords,
          zones: normaliseZones(dto.zones ?? []), facilities: normaliseFacilities(dto.facilities ?? []),
        },
        select: SELECT,
      });
      return toView(s);
    } catch (e) {
      if (isUniqueViolation(e)) throw StationErrors.exists(); // created concurrently
      throw e;
    }
  }

  async update(user: Principal, id: number, dto: UpdateStationDto): Promise<StationView> {
    const found = await this.prisma.station.findFirst({ where: { id, ...inScope(user) }, select: { id: true } });
    if (!found) throw StationErrors.notFound();
    const data: Prisma.StationUpdateInput = {
      ...(dto.name !== undefined && { name: checkedName(dto.name) }),
      ...(dto.address !== undefined && { address: dto.address.trim() }),
      ...(dto.openingHours !== undefined && { openingHours: dto.openingHours.trim() }),
      ...checkedCoordinates(dto),
      ...(dto.zones !== undefined && { zones: normaliseZones(dto.zones) }),
      ...(dto.facilities !== undefined && { facilities: normaliseFacilities(dto.facilities) }),
    };
    const s = await this.prisma.station.update({ where: { id }, data, select: SELECT });
    return toView(s);
  }

  /** The filtered register as .xlsx: facilities as ✓/✗ columns, what is missing in red. */
  async exportXlsx(user: Principal, q: StationFilterQuery): Promise<Buffer> {
    const rows = await this.prisma.station.findMany({ where: await this.where(user, q), select: SELECT, orderBy: { regionCode: 'asc' } });
    return writeSheet({
      name: '服务站登记表',
      columns: STATION_COLUMNS,
      rows: rows.map((r) => stationSheetRow(toView(r))),
      red: (v, col) => v === '✗' || (col === MISSING_COLUMN_INDEX && !!v),
    });
  }

  /**
   * Validate every row first; if any is wrong write nothing (422 with every problem); otherwise
   * upsert all rows, matched by village, in one transaction.
   */
  async importXlsx(user: Principal, file: Buffer): Promise<{ created: number; updated: number }> {
    const table = await readSheet(file, { maxRows: MAX_IMPORT_ROWS });
    const codes = [...new Set(table.rows.map((r) => r.values[STATION_COL.region] ?? '').filter((c) => /^\d{12}$/.test(c)))];
    // only regions inside the scope are looked up: one outside reads as "not found"
    const regions = await this.prisma.region.findMany({ where: { code: { in: codes }, path: { startsWith: user.scopePath } }, select: { code: true, level: true } });
    const { rows, errors } = validateStationSheet(table, new Map(regions.map((r) => [r.code, { level: r.level }])));
    if (errors.length) throw ExcelErrors.invalidRows(errors);
    if (!rows.length) throw ExcelErrors.empty();
    try {
      return await this.prisma.$transaction(async (tx) => {
        const existing = await tx.station.findMany({ where: { regionCode: { in: rows.map((r) => r.regionCode) } }, select: { regionCode: true } });
        const known = new Set(existing.map((s) => s.regionCode));
        let created = 0;
        for (const r of rows) {
          const data = { name: r.name, address: r.address, openingHours: r.openingHours, latitude: r.latitude, longitude: r.longitude, zones: r.zones, facilities: r.facilities };
          if (known.has(r.regionCode)) await tx.station.update({ where: { regionCode: r.regionCode }, data });
          else {
            await tx.station.create({ data: { regionCode: r.regionCode, ...data } });
            created++;
          }
        }
        return { created, updated: rows.length - created };
      }, { timeout: 120_000, maxWait: 10_000 });
    } catch (e) {
      if (isUniqueViolation(e)) throw StationErrors.exists(); // a station created meanwhile: nothing was written
      throw e;
    }
  }
}

function checkedName(raw: string): string {
  const name = normaliseStationName(raw);
  if (!isValidStationName(name)) throw StationErrors.invalidName(); // DB1405 5.1.1
  return name;
}

/** Both coordinates or neither; null clears them; each inside Jincheng. */
function checkedCoordinates(dto: { latitude?: number | null; longitude?: number | null }): { latitude?: number | null; longitude?: number | null } {
  const { latitude, longitude } = dto;
  if (latitude === undefined && longitude === undefined) return {};
  if ((latitude ?? null) === null && (longitude ?? null) === null) return { latitude: null, longitude: null };
  if (latitude == null || longitude == null) throw StationErrors.invalidCoordinates(COORDINATE_PAIR_MESSAGE);
  if (!isLatitude(latitude)) throw StationErrors.invalidCoordinates(LATITUDE_MESSAGE);
  if (!isLongitude(longitude)) throw StationErrors.invalidCoordinates(LONGITUDE_MESSAGE);
  return { latitude: roundCoordinate(latitude), longitude: roundCoordinate(longitude) };
}
