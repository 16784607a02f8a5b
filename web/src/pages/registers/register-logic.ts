/**
 * Pure helpers of the register pages (DB1405 5.1 stations, 5.2 agents): what a role may do,
 * the checklists in clause order, the diff an edit form sends, import errors, formatting.
 * The keys and their order mirror the API (api/src/stations/facilities.ts, agents/categories.ts).
 */
import type { ImportRowError, Station, StationUpdate } from '../../api/types';

export const ZONE_KEYS = ['OFFICE', 'FORM_FILLING', 'WAITING', 'SELF_SERVICE'] as const;
export const FACILITY_KEYS = [
  'SEATS', 'SELF_SERVICE_TERMINAL', 'DRINKING_WATER', 'WIFI', 'FIRST_AID_KIT', 'READING_GLASSES', 'UMBRELLAS', 'CHARGERS',
  'PHONE', 'COMPUTER', 'PRINTER',
] as const;
export const AGENT_CATEGORY_KEYS = [
  'PARTY_MEMBER', 'TOWNSHIP_STAFF', 'VILLAGE_CADRE', 'VILLAGER_GROUP_LEADER', 'PARTY_GROUP_LEADER', 'GRID_LEADER',
  'PARTY_ACTIVIST', 'GRADUATE_VILLAGE_OFFICIAL', 'OTHER',
] as const;
export const MISSING_ANY = 'ANY';

export interface RegisterPermissions {
  stationWrite: boolean;
  stationExport: boolean;
  agentWrite: boolean;
  agentExport: boolean;
}

/** Mirrors the server's role → permission map (which still decides: the buttons only avoid dead ends). */
export function registerPermissions(role: string): RegisterPermissions {
  const write = role === 'ADMIN' || role === 'COUNTY_LEADER' || role === 'TOWNSHIP_REVIEWER';
  const exportable = write || role === 'CITY_LEADER';
  return { stationWrite: write, stationExport: exportable, agentWrite: write, agentExport: exportable };
}

/** Keys in checklist order, unknown ones dropped. */
export function inOrder(keys: Iterable<string>, order: readonly string[]): string[] {
  const set = new Set(keys);
  return order.filter((k) => set.has(k));
}

export function missingOf(facilities: readonly string[]): string[] {
  const present = new Set(facilities);
  return FACILITY_KEYS.filter((k) => !present.has(k));
}

export const STATION_NAME_RULE = /^.{1,30}村便民服务站$/u;

export interface StationForm {
  name: string;
  address: string;
  openingHours: string;
  latitude: string;
  longitude: string;
  zones: string[];
  facilities: string[];
}

export function stationForm(s: Station): StationForm {
  return {
    name: s.name,
    address: s.address,
    openingHours: s.openingHours,
    latitude: s.latitude === null ? '' : String(s.latitude),
    longitude: s.longitude === null ? '' : String(s.longitude),
    zones: inOrder(s.zones, ZONE_KEYS),
    facilities: inOrder(s.facilities, FACILITY_KEYS),
  };
}

/** '' → null, a number → the number, anything else → undefined (invalid). */
export function parseCoordinate(text: string): number | null | undefined {
  const v = text.trim();
  if (!v) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export type StationPatchResult = { ok: true; patch: StationUpdate } | { ok: false; problem: 'name' | 'coordinates' };

/** Only what changed; the name rule and the coordinate pair checked before anything is sent. */
export function stationPatch(s: Station, form: StationForm): StationPatchResult {
  const patch: StationUpdate = {};
  const name = form.name.trim();
  if (name !== s.name) {
    if (!STATION_NAME_RULE.test(name)) return { ok: false, problem: 'name' };
    patch.name = name;
  }
  if (form.address.trim() !== s.address) patch.address = form.address.trim();
  if (form.openingHours.trim() !== s.openingHours) patch.openingHours = form.openingHours.trim();
  const lat = parseCoordinate(form.latitude);
  const lng = parseCoordinate(form.longitude);
  if (lat === undefined || lng === undefined || (lat === null) !== (lng === null)) return { ok: false, problem: 'coordinates' };
  if (lat !== s.latitude || lng !== s.longitude) {
    patch.latitude = lat;
    patch.longitude = lng;
  }
  const zones = inOrder(form.zones, ZONE_KEYS);
  if (zones.join() !== inOrder(s.zones, ZONE_KEYS).join()) patch.zones = zones;
  const facilities = inOrder(form.facilities, FACILITY_KEYS);
  if (facilities.join() !== inOrder(s.facilities, FACILITY_KEYS).join()) patch.facilities = facilities;
  return { ok: true, patch };
}

/** Toggles a key in a list (checkbox lists). */
export function toggle(list: readonly string[], key: string, on: boolean): string[] {
  return on ? (list.includes(key) ? [...list] : [...list, key]) : list.filter((k) => k !== key);
}

/** The row-level errors of a refused import (IMPORT.INVALID_ROWS), or null for any other error. */
export function importRowErrors(err: unknown): ImportRowError[] | null {
  const e = err as { code?: unknown; details?: unknown } | null;
  if (!e || e.code !== 'IMPORT.INVALID_ROWS' || !Array.isArray(e.details)) return null;
  return e.details.filter(
    (d): d is ImportRowError =>
      typeof d === 'object' && d !== null && typeof d.row === 'number' && typeof d.column === 'string' && typeof d.message === 'string',
  );
}

/** 7.5 → '7.5', 12 → '12'. */
export function formatHours(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

/** Today in China (UTC+8) as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** YYYYMMDD for file names. */
export const compactDay = (iso: string): string => iso.replace(/-/g, '');

/** '社保、医保, 民政' → ['社保', '医保', '民政']. */
export function splitSkills(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean))];
}

export const PHONE_RULE = /^1[3-9]\d{9}$/;

export type TrainingProblem = 'course' | 'date' | 'hours';

/** DB1405 5.2.4: a training record the server will accept (course, a date not after today, 0.5-100 hours). */
export function trainingProblem(form: { course: string; date: string; hours: string }, today: string): TrainingProblem | null {
  if (!form.course.trim()) return 'course';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date) || form.date > today) return 'date';
  const h = Number(form.hours);
  if (!Number.isFinite(h) || h < 0.5 || h > 100 || Math.round(h * 10) !== h * 10) return 'hours';
  return null;
}

/** Number of pages for a total (at least 1). */
export const pageCount = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));
