/** Pure helpers of the public statistics pages: URL state, the period shown, rate texts. */
import { formatRate } from '../../format';
import type { AreaSatisfaction, Granularity, PublicRegion, RateView, SatisfactionCell, SatisfactionResponse } from './public-types';

export const TOTAL = '合计';

export interface StatsState {
  period: Granularity;
  /** A county or township code; null = the whole city. */
  region: string | null;
  /** The period shown in the area list: one of the response's periods, or 合计; null = the default. */
  at: string | null;
}

const REGION = /^\d{6,12}$/;

export function parseStatsQuery(q: URLSearchParams): StatsState {
  const region = q.get('region');
  return {
    period: q.get('period') === 'quarter' ? 'quarter' : 'month',
    region: region && REGION.test(region) ? region : null,
    at: q.get('at') || null,
  };
}

export function serializeStatsQuery(s: StatsState): string {
  const q = new URLSearchParams();
  if (s.period !== 'month') q.set('period', s.period);
  if (s.region) q.set('region', s.region);
  if (s.at) q.set('at', s.at);
  return q.toString();
}

/** The period shown by default: the latest one with enough ratings to show a rate, else the whole range. */
export function defaultPeriod(data: Pick<SatisfactionResponse, 'periods' | 'overall'>): string {
  for (let i = data.overall.trend.length - 1; i >= 0; i--) {
    if (!data.overall.trend[i].satisfaction.suppressed) return data.overall.trend[i].period;
  }
  return TOTAL;
}

/** The shown period: the asked one when the answer has it, else the default. */
export function shownPeriod(data: Pick<SatisfactionResponse, 'periods' | 'overall'>, at: string | null): string {
  if (at && (at === TOTAL || data.periods.includes(at))) return at;
  return defaultPeriod(data);
}

export function cellAt<C extends { period: string }>(area: { total: C; trend: C[] }, period: string): C {
  if (period === TOTAL) return area.total;
  return area.trend.find((c) => c.period === period) ?? area.total;
}

/** '2026-03' → '2026年3月'; '2026-Q1' → '2026年第一季度'; 合计 stays. */
export function periodLabel(p: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}年第${'一二三四'[Number(q[2]) - 1]}季度`;
  return p;
}

export interface RateText {
  /** '92.4%' or '样本不足'. */
  main: string;
  /** The interval as text, or null when withheld. */
  low: string | null;
  high: string | null;
  suppressed: boolean;
}

export function rateText(r: RateView): RateText {
  if (r.suppressed || r.rate === null) return { main: r.label ?? '样本不足', low: null, high: null, suppressed: true };
  return { main: formatRate(r.rate), low: formatRate(r.low), high: formatRate(r.high), suppressed: false };
}

export function counties(regions: readonly PublicRegion[]): PublicRegion[] {
  return regions.filter((r) => r.level === 'COUNTY');
}

export function townshipsOf(regions: readonly PublicRegion[], county: string | null): PublicRegion[] {
  return county ? regions.filter((r) => r.level === 'TOWNSHIP' && r.parentCode === county) : [];
}

/** The county a region lies in (itself for a county), or null for the city / unknown codes. */
export function countyOf(regions: readonly PublicRegion[], code: string | null): string | null {
  const r = code ? regions.find((x) => x.code === code) : undefined;
  if (!r) return null;
  if (r.level === 'COUNTY') return r.code;
  if (r.level === 'TOWNSHIP') return r.parentCode;
  return null;
}

/** Whether an area of the list can be opened one level down (a county into its townships). */
export function canDrill(area: AreaSatisfaction | { level: string }): boolean {
  return area.level === 'COUNTY';
}

export type { SatisfactionCell };
