// The station register as a spreadsheet (DB1405 5.1): the export's columns are the import's, so
// an exported file can be edited and uploaded again. Informational columns (names of the county,
// township and village, 缺少设施, 代办员人数) are derived and ignored on import. Pure.
import { mark, parseMark, splitList, joinList } from '../excel/cell-values';
import type { RowError } from '../excel/excel.errors';
import { missingColumns, type SheetTable } from '../excel/read-sheet';
import type { SheetCell, SheetColumn } from '../excel/write-sheet';
import {
  COORDINATE_PAIR_MESSAGE, isLatitude, isLongitude, LATITUDE_MESSAGE, LONGITUDE_MESSAGE, roundCoordinate,
} from './coordinates';
import { FACILITIES, type FacilityKey, missingFacilities, ZONES, zoneFromText, zoneLabel, type ZoneKey } from './facilities';
import { isValidStationName, normaliseStationName, STATION_NAME_MESSAGE } from './station-name';

export const STATION_COL = {
  region: '区域代码',
  county: '县（市、区）',
  township: '乡镇（街道）',
  village: '村（社区）',
  name: '站点名称',
  address: '地址',
  hours: '开放时间',
  lat: '纬度',
  lng: '经度',
  zones: '功能分区',
  missing: '缺少设施',
  agents: '代办员人数',
} as const;

export const STATION_COLUMNS: readonly SheetColumn[] = [
  { header: STATION_COL.region, width: 16 },
  { header: STATION_COL.county, width: 12 },
  { header: STATION_COL.township, width: 14 },
  { header: STATION_COL.village, width: 12 },
  { header: STATION_COL.name, width: 24 },
  { header: STATION_COL.address, width: 36 },
  { header: STATION_COL.hours, width: 28 },
  { header: STATION_COL.lat, width: 11 },
  { header: STATION_COL.lng, width: 11 },
  { header: STATION_COL.zones, width: 34 },
  ...FACILITIES.map((f) => ({ header: f.label, width: Math.max(6, f.label.length * 2 + 2) })),
  { header: STATION_COL.missing, width: 30 },
  { header: STATION_COL.agents, width: 10 },
];

/** Columns an import must have (the derived ones may be left out). */
export const STATION_IMPORT_REQUIRED: readonly string[] = [
  STATION_COL.region, STATION_COL.name, STATION_COL.address, STATION_COL.hours, STATION_COL.lat, STATION_COL.lng,
  STATION_COL.zones, ...FACILITIES.map((f) => f.label),
];

export const MISSING_COLUMN_INDEX = STATION_COLUMNS.findIndex((c) => c.header === STATION_COL.missing);

export interface StationSheetSource {
  regionCode: string;
  countyName: string;
  townshipName: string;
  villageName: string;
  name: string;
  address: string;
  openingHours: string;
  latitude: number | null;
  longitude: number | null;
  zones: readonly string[];
  facilities: readonly string[];
  agentCount: number;
}

/** One export row, in STATION_COLUMNS order: facilities as ✓/✗, what is missing spelled out. */
export function stationSheetRow(s: StationSheetSource): SheetCell[] {
  const present = new Set(s.facilities);
  return [
    s.regionCode, s.countyName, s.townshipName, s.villageName, s.name, s.address, s.openingHours,
    s.latitude, s.longitude, joinList(s.zones.map(zoneLabel)),
    ...FACILITIES.map((f) => mark(present.has(f.key))),
    joinList(missingFacilities(s).map((k) => FACILITIES.find((f) => f.key === k)!.label)),
    s.agentCount,
  ];
}

export interface StationImportRow {
  row: number;
  regionCode: string;
  name: string;
  address: string;
  openingHours: string;
  latitude: number | null;
  longitude: number | null;
  zones: ZoneKey[];
  facilities: FacilityKey[];
}

/** What the database says about a region code, as far as the caller may see it. */
export type RegionLookup = ReadonlyMap<string, { level: string }>;

export const REGION_NOT_FOUND_MESSAGE = '区域不存在或不在您的管辖范围内';
export const NOT_VILLAGE_MESSAGE = '区域代码应为村（社区）级区域';

/**
 * Every problem of every row at once (the import writes nothing unless there are none).
 * `regions` holds only the region codes inside the caller's scope: a code outside it reads as
 * not found, so an import cannot probe what lies beyond the scope.
 */
export function validateStationSheet(table: SheetTable, regions: RegionLookup): { rows: StationImportRow[]; errors: RowError[] } {
  const errors = missingColumns(table, STATION_IMPORT_REQUIRED);
  if (errors.length) return { rows: [], errors };
  const rows: StationImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of table.rows) {
    const problem = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;

    const regionCode = values[STATION_COL.region];
    if (!regionCode) problem(STATION_COL.region, '请填写区域代码');
    else if (!/^\d{12}$/.test(regionCode)) problem(STATION_COL.region, '区域代码应为 12 位村（社区）代码');
    else if (!regions.has(regionCode)) problem(STATION_COL.region, REGION_NOT_FOUND_MESSAGE);
    else if (regions.get(regionCode)!.level !== 'VILLAGE') problem(STATION_COL.region, NOT_VILLAGE_MESSAGE);
    else if (seen.has(regionCode)) problem(STATION_COL.region, `与第 ${seen.get(regionCode)} 行的区域代码重复`);
    else seen.set(regionCode, row);

    const name = normaliseStationName(values[STATION_COL.name]);
    if (!name) problem(STATION_COL.name, '请填写站点名称');
    else if (!isValidStationName(name)) problem(STATION_COL.name, STATION_NAME_MESSAGE); // DB1405 5.1.1

    const address = values[STATION_COL.address];
    if (!address) problem(STATION_COL.address, '请填写地址');
    else if ([...address].length > 200) problem(STATION_COL.address, '地址不超过 200 个字');

    const openingHours = values[STATION_COL.hours];
    if (!openingHours) problem(STATION_COL.hours, '请填写开放时间');
    else if ([...openingHours].length > 100) problem(STATION_COL.hours, '开放时间不超过 100 个字');

    const latText = values[STATION_COL.lat];
    const lngText = values[STATION_COL.lng];
    const latitude = latText ? Number(latText) : null;
    const longitude = lngText ? Number(lngText) : null;
    if (latitude !== null && !isLatitude(latitude)) problem(STATION_COL.lat, LATITUDE_MESSAGE);
    if (longitude !== null && !isLongitude(longitude)) problem(STATION_COL.lng, LONGITUDE_MESSAGE);
    if ((latitude === null) !== (longitude === null)) problem(latitude === null ? STATION_COL.lat : STATION_COL.lng, COORDINATE_PAIR_MESSAGE);

    // DB1405 5.1.3
    const zones: ZoneKey[] = [];
    for (const text of splitList(values[STATION_COL.zones])) {
      const z = zoneFromText(text);
      if (z) zones.push(z);
      else problem(STATION_COL.zones, `无法识别的功能分区“${text}”，应为：${joinList(ZONES.map((x) => x.label))}`);
    }

    // DB1405 5.1.5
    const facilities: FacilityKey[] = [];
    for (const f of FACILITIES) {
      const present = parseMark(values[f.label]);
      if (present === null) problem(f.label, '应填写 ✓、✗、是 或 否');
      else if (present) facilities.push(f.key);
    }

    if (errors.length === before) {
      rows.push({
        row, regionCode, name, address, openingHours,
        latitude: latitude === null ? null : roundCoordinate(latitude),
        longitude: longitude === null ? null : roundCoordinate(longitude),
        zones: [...new Set(zones)], facilities,
      });
    }
  }
  return { rows, errors };
}
