/**
 * The KPI cards of the leadership dashboard: which indicators, how a value and its change against
 * the previous period of the same length are written, and whether a change is good news. Pure.
 */
import { formatCount, formatRate } from '../../format';

/** In the order of the cards: time limits first (DB1405 7.2.1 e), then demand, satisfaction (8.1), rectification (8.2). */
export const KPI_KEYS = [
  'on-time-rate',
  'case-count',
  'consultation-count',
  'avg-duration',
  'satisfaction-rate',
  'bad-rate',
  'overdue-count',
  'rectification-on-time-rate',
  'one-time-notice-rate',
  'survey-response-rate',
] as const;

/** 92.4% · 1,234 件 · 3.2 工作日; 样本不足 when the server suppressed a small cell; — when nothing to show. */
export function formatValue(unit: string, value: number | null, suppressed = false): string {
  if (suppressed) return '样本不足';
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === '%') return formatRate(value);
  if (unit === '件') return formatCount(value);
  return value.toFixed(1);
}

/** The unit written after a value ('%' is part of the value already). */
export function unitSuffix(unit: string): string {
  return unit === '%' ? '' : unit;
}

const MINUS = '−';

/**
 * A change as text: a rate moves in percentage points (0.012 → "+1.2 个百分点"), a count or an
 * average in per cent of the previous value (0.05 → "+5.0%"); null (no base) → null.
 */
export function formatChange(unit: string, change: number | null | undefined): string | null {
  if (change === null || change === undefined || !Number.isFinite(change)) return null;
  const scaled = Math.round(change * 1000) / 10;
  if (scaled === 0) return '持平';
  const sign = scaled > 0 ? '+' : MINUS;
  return unit === '%' ? `${sign}${Math.abs(scaled).toFixed(1)} 个百分点` : `${sign}${Math.abs(scaled).toFixed(1)}%`;
}

export type Tone = 'good' | 'bad' | 'flat' | 'neutral';

/** Green when the indicator moved the way it should, red when the other way; neutral for volumes. */
export function changeTone(change: number | null | undefined, higherIsBetter: boolean | null | undefined): Tone {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'neutral';
  if (Math.round(change * 1000) === 0) return 'flat';
  if (higherIsBetter === null || higherIsBetter === undefined) return 'neutral';
  return change > 0 === higherIsBetter ? 'good' : 'bad';
}

/** ▲ / ▼ / ＝ in front of a change. */
export function changeArrow(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change) || Math.round(change * 1000) === 0) return '';
  return change > 0 ? '▲' : '▼';
}

/** What the numerator and denominator of each indicator count (table headers, tooltips). */
export const PART_LABELS: Record<string, { numerator: string; denominator: string }> = {
  'on-time-rate': { numerator: '按期办结', denominator: '办结件数' },
  'completion-rate': { numerator: '已办结', denominator: '受理件数' },
  'one-time-notice-rate': { numerator: '一次告知', denominator: '材料不全件数' },
  'avg-duration': { numerator: '工作日合计', denominator: '办结件数' },
  'hop-duration': { numerator: '小时合计', denominator: '已完成环节数' },
  'satisfaction-rate': { numerator: '满意评价', denominator: '有效评价' },
  'bad-rate': { numerator: '差评', denominator: '有效评价' },
  'survey-response-rate': { numerator: '成功回访', denominator: '抽样回访' },
  'rectification-on-time-rate': { numerator: '按期办结', denominator: '应办结任务' },
};

export function partLabels(key: string): { numerator: string; denominator: string } {
  return PART_LABELS[key] ?? { numerator: '件数', denominator: '—' };
}
