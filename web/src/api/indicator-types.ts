// Shapes of the indicator API (GET /indicators, /indicators/{key}, /indicators/{key}/export) as the
// leadership dashboard uses them. Ratios are fractions 0-1; a ratio's change is in points (0.012 =
// 1.2 个百分点), a count's or average's change is relative (0.05 = +5 %).

import type { RegionLevel } from './types';

export type IndicatorUnit = '%' | '件' | '工作日' | '小时';
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'total';
export type GroupBy = 'none' | 'region' | 'item' | 'agent' | 'channel' | 'step';
export type RegionGroupLevel = 'county' | 'township' | 'station';

export interface IndicatorInfo {
  key: string;
  name: string;
  unit: IndicatorUnit | string;
  formula: string;
  clause: string;
  dimensions: GroupBy[];
  higherIsBetter: boolean | null;
}

export interface Interval {
  low: number;
  high: number;
}

export interface IndicatorValue {
  numerator: number;
  denominator: number;
  /** Rate (0-1), count or average; null when nothing to divide or suppressed (样本不足). */
  value: number | null;
  interval: Interval | null;
  suppressed: boolean;
}

export interface IndicatorGroup {
  key: string;
  name: string;
  /** Region groups: the region to drill down into (for a station, its village). */
  regionCode?: string;
}

export interface IndicatorRow extends IndicatorValue {
  /** 'YYYY-MM' (month grain), 'total' (total grain), … */
  period: string;
  group: IndicatorGroup | null;
}

export interface IndicatorResponse {
  indicator: IndicatorInfo;
  region: { code: string; name: string; level: RegionLevel };
  from: string;
  to: string;
  grain: Grain;
  groupBy: GroupBy;
  regionLevel: RegionGroupLevel | null;
  rows: IndicatorRow[];
  total: IndicatorValue;
  previous?: IndicatorValue & { change: number | null };
}

export interface IndicatorParams {
  from: string;
  to: string;
  grain?: Grain;
  groupBy?: GroupBy;
  regionLevel?: RegionGroupLevel;
  region?: string | null;
  itemId?: number | null;
  agentId?: number | null;
  channel?: string | null;
  compare?: boolean;
}

/** The query string of an indicator request, in a stable order (also the cache key of the dashboard). */
export function indicatorQuery(p: IndicatorParams): string {
  const q = new URLSearchParams();
  q.set('from', p.from);
  q.set('to', p.to);
  if (p.grain) q.set('grain', p.grain);
  if (p.groupBy && p.groupBy !== 'none') q.set('groupBy', p.groupBy);
  if (p.regionLevel) q.set('regionLevel', p.regionLevel);
  if (p.region) q.set('region', p.region);
  if (p.itemId) q.set('itemId', String(p.itemId));
  if (p.agentId) q.set('agentId', String(p.agentId));
  if (p.channel) q.set('channel', p.channel);
  if (p.compare) q.set('compare', 'true');
  return q.toString();
}
