/**
 * Drill-down and drill-through of the leadership dashboard. Pure.
 *
 * Drill-down: the ranking lists the children of the region shown (counties of the city, townships
 * of a county, stations of a township); clicking one shows it, one level down. A station is its
 * village's one fixed station (DB1405 5.1), so "a station" is the village's region code, and there
 * the ranking lists the station's catalogue items or agents instead.
 *
 * Drill-through: a number opens the list behind it, with the filters that select exactly the
 * cases the indicator counted (DB1405 7.2.1 e): 超期 as the overdue-count indicator says it).
 */
import type { IndicatorGroup } from '../../api/indicator-types';
import type { CaseListParams, RegionLevel } from '../../api/types';
import { periodDays, type RankBy } from './url-state';

/**
 * The level of a region from its code: 12 digits a village, 9 a township, 6 a county, or a city
 * (province) when it ends in 00 (0000): 140500 晋城市, 140522 阳城县, 140522100 凤城镇.
 */
export function levelOfCode(code: string): RegionLevel {
  if (code.length === 12) return 'VILLAGE';
  if (code.length === 9) return 'TOWNSHIP';
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

export interface RankingPlan {
  groupBy: 'region' | 'item' | 'agent';
  /** What the rows are, e.g. 县（市、区）. */
  label: string;
  /** True when a row can be drilled into (its region shown one level down). */
  drillable: boolean;
}

const CHILDREN: Partial<Record<RegionLevel, string>> = {
  PROVINCE: '市',
  CITY: '县（市、区）',
  COUNTY: '乡镇（街道）',
  TOWNSHIP: '服务站',
};

export function rankingPlan(level: RegionLevel, by: RankBy): RankingPlan {
  const label = CHILDREN[level];
  if (label) return { groupBy: 'region', label, drillable: true };
  return by === 'agent' ? { groupBy: 'agent', label: '代办员', drillable: false } : { groupBy: 'item', label: '事项', drillable: false };
}

/** What a level is called in the breadcrumb and headings. */
export const LEVEL_NAMES: Record<RegionLevel, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  VILLAGE: '服务站',
};

/** A crumb's text: the region's name; a village stands for its station, "XX村便民服务站" (DB1405 5.1.1). */
export function crumbLabel(r: { name: string; level: RegionLevel | string }): string {
  return r.level === 'VILLAGE' && !r.name.endsWith('便民服务站') ? `${r.name}便民服务站` : r.name;
}

export type DrillPart = 'value' | 'numerator' | 'denominator' | 'late';

export interface DrillContext {
  /** The region shown (null: the whole scope). */
  region: string | null;
  from: string;
  to: string;
  /** A ranking row: its group and what it groups by. */
  group?: IndicatorGroup | null;
  groupBy?: 'region' | 'item' | 'agent' | 'none' | string;
}

type CaseFilter = Pick<CaseListParams, 'dateField' | 'status' | 'overdue'>;

/** For each indicator and part of a figure: the case filters that select the cases it counts. */
const CASE_FILTERS: Record<string, Partial<Record<DrillPart, CaseFilter>>> = {
  // 按时办结率: completed cases by completion date; on time = not after the due date.
  'on-time-rate': {
    denominator: { dateField: 'completed', status: 'COMPLETED' },
    numerator: { dateField: 'completed', status: 'COMPLETED', overdue: false },
    late: { dateField: 'completed', status: 'COMPLETED', overdue: true },
  },
  // 超期件数: due date in the period, finished late or still open past it.
  'overdue-count': { value: { dateField: 'due', overdue: true }, numerator: { dateField: 'due', overdue: true } },
  'case-count': { value: { dateField: 'created' }, numerator: { dateField: 'created' } },
  'completion-rate': {
    denominator: { dateField: 'accepted' },
    numerator: { dateField: 'accepted', status: 'COMPLETED' },
  },
};

/** The case list's query for a drill-through, or null when the figure has no case list behind it. */
export function caseFilter(key: string, part: DrillPart, ctx: DrillContext): CaseListParams | null {
  const f = CASE_FILTERS[key]?.[part];
  if (!f) return null;
  const days = periodDays(ctx.from, ctx.to);
  const p: CaseListParams = { ...f, from: days.from, to: days.to };
  const g = ctx.group;
  if (g && ctx.groupBy === 'region') {
    if (!g.regionCode) return null;
    p.region = g.regionCode;
  } else if (ctx.region) p.region = ctx.region;
  if (g && ctx.groupBy === 'item') p.item = Number(g.key);
  if (g && ctx.groupBy === 'agent') p.agent = Number(g.key);
  if (g && ctx.groupBy !== 'region' && ctx.groupBy !== 'item' && ctx.groupBy !== 'agent') return null;
  return p;
}

/** The same query as /cases?… (the case list page reads these names). */
export function casesHref(p: CaseListParams): string {
  const q = new URLSearchParams();
  const put = (k: string, v: string | number | boolean | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  };
  put('region', p.region);
  put('item', p.item);
  put('agent', p.agent);
  put('status', p.status);
  put('dateField', p.dateField);
  put('from', p.from);
  put('to', p.to);
  put('overdue', p.overdue);
  return `/cases?${q.toString()}`;
}

export function casesLink(key: string, part: DrillPart, ctx: DrillContext): string | null {
  const p = caseFilter(key, part, ctx);
  return p ? casesHref(p) : null;
}

/**
 * The rectification list (DB1405 8.2) behind a figure. The list page filters by status and 逾期; it
 * shows the caller's whole scope, so the link is offered for what it can select.
 */
export function rectificationsLink(kind: 'closed' | 'overdue' | 'all'): string {
  if (kind === 'closed') return '/rectifications?status=CLOSED';
  if (kind === 'overdue') return '/rectifications?overdue=true';
  return '/rectifications';
}
