// The public satisfaction figures (DB1405 8.1.3; 好差评 five levels): per area and period, the
// number of valid ratings n, 满意率 and 差评率 with Wilson 95 % intervals, suppressed as "样本不足"
// below MIN_SAMPLE, and the 回访 response rate (DB1405 8.1.2). Pure: the formulas are the shared
// ones of api/src/evaluations/satisfaction.ts.
import { DEFINITIONS, LEVELS, MIN_SAMPLE, rate, satisfactionRates, type Level, type Rate } from '../evaluations/satisfaction';
import type { PeriodPlan } from './public-periods';
import { rollUp, type AreaLevel, type Bucket, type MonthlyRow } from './rollup';

export interface RatingRow extends MonthlyRow {
  counts: Record<Level, number>;
}

export interface SurveyRow extends MonthlyRow {
  sampled: number;
  reached: number;
  pending: number;
}

/** A rate as published: the value and interval, or null with the suppression flag and label. */
export interface RateView {
  suppressed: boolean;
  label: string | null;
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface SatisfactionCell {
  period: string;
  n: number;
  satisfaction: RateView;
  bad: RateView;
  survey: { sampled: number; reached: number; pending: number; responseRate: RateView };
}

export interface AreaRef {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface AreaSatisfaction extends AreaRef {
  total: SatisfactionCell;
  trend: SatisfactionCell[];
}

export const TOTAL = '合计';

export const PUBLIC_DEFINITIONS = {
  ...DEFINITIONS,
  validRatings: '有效评价数 = 评价总数 − 经申诉核实为误评、恶意评价的评价（该评价仍留档，但不计入各项比率）',
  response: '回访率 = 成功回访数（接通并完成回访）÷ 当期抽样回访数（含尚未拨打的）',
  period: '评价按提交日期计入月份（季度由其三个月合成）；回访按抽样月份计入',
  minSample: `有效评价（或抽样回访）少于 ${MIN_SAMPLE} 条时不公布比率，显示“样本不足”`,
} as const;

const round4 = (v: number) => Math.round(v * 10000) / 10000;

export function rateView(r: Rate): RateView {
  if (r.suppressed) return { suppressed: true, label: r.label, rate: null, low: null, high: null };
  return { suppressed: false, label: null, rate: round4(r.rate), low: round4(r.interval.low), high: round4(r.interval.high) };
}

interface Acc {
  counts: Record<Level, number>;
  sampled: number;
  reached: number;
  pending: number;
}

const zero = (): Acc => ({ counts: Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>, sampled: 0, reached: 0, pending: 0 });

type Tagged = ({ kind: 'rating' } & RatingRow) | ({ kind: 'survey' } & SurveyRow);

function add(into: Acc, row: Tagged): void {
  if (row.kind === 'rating') {
    for (const l of LEVELS) into.counts[l] += row.counts[l] ?? 0;
  } else {
    into.sampled += row.sampled;
    into.reached += row.reached;
    into.pending += row.pending;
  }
}

export function cellOf(period: string, acc: Acc): SatisfactionCell {
  const s = satisfactionRates(acc.counts);
  return {
    period,
    n: s.n,
    satisfaction: rateView(s.satisfaction),
    bad: rateView(s.bad),
    survey: { sampled: acc.sampled, reached: acc.reached, pending: acc.pending, responseRate: rateView(rate(acc.reached, acc.sampled)) },
  };
}

function view(ref: AreaRef, b: Bucket<Acc>): AreaSatisfaction {
  return { ...ref, total: cellOf(TOTAL, b.total), trend: [...b.byPeriod].map(([p, acc]) => cellOf(p, acc)) };
}

/** The region as a whole and each of its areas, per period and over the whole range. */
export function satisfactionView(
  region: AreaRef,
  areas: readonly AreaRef[],
  plan: Pick<PeriodPlan, 'granularity' | 'periods'>,
  ratings: readonly RatingRow[],
  surveys: readonly SurveyRow[],
  areaOf: (row: MonthlyRow) => string,
): { overall: AreaSatisfaction; areas: AreaSatisfaction[] } {
  const rows: Tagged[] = [...ratings.map((r) => ({ kind: 'rating' as const, ...r })), ...surveys.map((s) => ({ kind: 'survey' as const, ...s }))];
  const rolled = rollUp(rows, plan, areaOf, areas.map((a) => a.code), zero, add);
  return { overall: view(region, rolled.overall), areas: areas.map((a) => view(a, rolled.areas.get(a.code)!)) };
}
