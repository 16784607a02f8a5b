// Public rectification progress (DB1405 8.2, disclosed per 8.1.3): for the rectifications opened
// in each period, how many were closed within their due date, closed late, are still open, and
// of those how many are already past due. Pure.
import type { PeriodPlan } from './public-periods';
import { rollUp, type Bucket, type MonthlyRow } from './rollup';
import { TOTAL, type AreaRef } from './satisfaction-view';

export interface RectificationRow extends MonthlyRow {
  opened: number;
  closedOnTime: number;
  closedLate: number;
  /** Closed because an appeal (误评 / 恶意评价) was upheld: no rectification was owed. */
  appealUpheld: number;
  open: number;
  overdue: number;
}

export type RectificationCounts = Omit<RectificationRow, keyof MonthlyRow>;

export interface RectificationCell extends RectificationCounts {
  period: string;
}

export interface AreaRectifications extends AreaRef {
  total: RectificationCell;
  trend: RectificationCell[];
}

export const RECTIFICATION_DEFINITIONS = {
  cohort: '按整改任务的立项日期计入月份（季度由其三个月合成），统计这些任务现在的进展',
  onTime: '按期完成 = 在整改期限（工作日）内复查通过并办结',
  late: '超期完成 = 办结日期晚于整改期限',
  appealUpheld: '申诉成立 = 经复核属误评或恶意评价而办结，无需整改，不计入按期、超期',
  open: '整改中 = 尚未办结（含核实、整改、反馈、复查和申诉中）',
  overdue: '已超期 = 整改中且已超过整改期限',
} as const;

const zero = (): RectificationCounts => ({ opened: 0, closedOnTime: 0, closedLate: 0, appealUpheld: 0, open: 0, overdue: 0 });

function add(into: RectificationCounts, r: RectificationRow): void {
  into.opened += r.opened;
  into.closedOnTime += r.closedOnTime;
  into.closedLate += r.closedLate;
  into.appealUpheld += r.appealUpheld;
  into.open += r.open;
  into.overdue += r.overdue;
}

function view(ref: AreaRef, b: Bucket<RectificationCounts>): AreaRectifications {
  return { ...ref, total: { period: TOTAL, ...b.total }, trend: [...b.byPeriod].map(([period, c]) => ({ period, ...c })) };
}

export function rectificationView(
  region: AreaRef,
  areas: readonly AreaRef[],
  plan: Pick<PeriodPlan, 'granularity' | 'periods'>,
  rows: readonly RectificationRow[],
  areaOf: (row: MonthlyRow) => string,
): { overall: AreaRectifications; areas: AreaRectifications[] } {
  const rolled = rollUp(rows, plan, areaOf, areas.map((a) => a.code), zero, add);
  return { overall: view(region, rolled.overall), areas: areas.map((a) => view(a, rolled.areas.get(a.code)!)) };
}
