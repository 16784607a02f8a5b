// The station checklists of DB1405 5.1: functional zones (5.1.3) and service facilities and
// office equipment (5.1.5). Keys are what the database stores (stations.zones / .facilities);
// labels are what users read in the register, the export and the import. Pure.

/** DB1405 5.1.3: 日常办公区、填单区、办事等候区、自助服务区. */
export const ZONES = [
  { key: 'OFFICE', label: '日常办公区' },
  { key: 'FORM_FILLING', label: '填单区' },
  { key: 'WAITING', label: '办事等候区' },
  { key: 'SELF_SERVICE', label: '自助服务区' },
] as const;

/**
 * DB1405 5.1.5, in the order of the clause: service facilities (等候座椅 … 充电器) then office
 * equipment (电话、电脑、打印机).
 */
export const FACILITIES = [
  { key: 'SEATS', label: '等候座椅' },
  { key: 'SELF_SERVICE_TERMINAL', label: '自助服务终端' },
  { key: 'DRINKING_WATER', label: '饮水机' },
  { key: 'WIFI', label: '无线WiFi' },
  { key: 'FIRST_AID_KIT', label: '急救箱' },
  { key: 'READING_GLASSES', label: '老花镜' },
  { key: 'UMBRELLAS', label: '雨伞' },
  { key: 'CHARGERS', label: '充电器' },
  { key: 'PHONE', label: '电话' },
  { key: 'COMPUTER', label: '电脑' },
  { key: 'PRINTER', label: '打印机' },
] as const;

export type ZoneKey = (typeof ZONES)[number]['key'];
export type FacilityKey = (typeof FACILITIES)[number]['key'];

export const ZONE_KEYS: readonly ZoneKey[] = ZONES.map((z) => z.key);
export const FACILITY_KEYS: readonly FacilityKey[] = FACILITIES.map((f) => f.key);

const ZONE_LABEL = new Map<string, string>(ZONES.map((z) => [z.key, z.label]));
const FACILITY_LABEL = new Map<string, string>(FACILITIES.map((f) => [f.key, f.label]));
// Labels as the clause writes them, plus the short forms people type in spreadsheets.
const ZONE_BY_LABEL = new Map<string, ZoneKey>([
  ...ZONES.map((z) => [z.label, z.key] as [string, ZoneKey]),
  ['办公区', 'OFFICE'], ['等候区', 'WAITING'], ['自助区', 'SELF_SERVICE'],
]);

export const isZoneKey = (v: string): v is ZoneKey => ZONE_LABEL.has(v);
export const isFacilityKey = (v: string): v is FacilityKey => FACILITY_LABEL.has(v);

export function zoneLabel(key: string): string {
  return ZONE_LABEL.get(key) ?? key;
}

export function facilityLabel(key: string): string {
  return FACILITY_LABEL.get(key) ?? key;
}

/** A zone from its Chinese label (as typed in an import) or its key; null when unknown. */
export function zoneFromText(text: string): ZoneKey | null {
  const v = text.trim();
  if (isZoneKey(v)) return v;
  return ZONE_BY_LABEL.get(v) ?? null;
}

/** DB1405 5.1.5: what the station lacks, in checklist order (unknown stored keys are ignored). */
export function missingFacilities(station: { facilities: readonly string[] }): FacilityKey[] {
  const present = new Set(station.facilities);
  return FACILITY_KEYS.filter((k) => !present.has(k));
}

/** Known keys only, de-duplicated, in checklist order: how facilities are stored. */
export function normaliseFacilities(keys: readonly string[]): FacilityKey[] {
  const present = new Set(keys);
  return FACILITY_KEYS.filter((k) => present.has(k));
}

/** Known keys only, de-duplicated, in clause order: how zones are stored. */
export function normaliseZones(keys: readonly string[]): ZoneKey[] {
  const present = new Set(keys);
  return ZONE_KEYS.filter((k) => present.has(k));
}
