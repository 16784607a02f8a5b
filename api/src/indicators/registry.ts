// Every indicator the bureau reviews, declared once as data (key, Chinese name, formula, unit,
// dimensions) and compiled by query-builder.ts into ClickHouse SQL whose only variable parts are
// bound parameters (architecture.md convention 4). Expressions here are constants of the code,
// never user input. Sources are the ReplacingMergeTree facts moved by the ETL, read with FINAL.

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type GroupBy = 'none' | 'region' | 'item' | 'agent' | 'channel' | 'step';
export type Source = 'cases' | 'consultations' | 'evaluations' | 'survey_calls' | 'rectifications' | 'case_handoffs';

export type Measure =
  /** numerator ÷ denominator, with a Wilson 95 % interval; `minSample` suppresses small cells. */
  | { kind: 'ratio'; numerator: string; denominator: string; minSample?: number }
  | { kind: 'count'; value: string }
  /** sum ÷ count (an average), e.g. working days per completed case. */
  | { kind: 'average'; sum: string; count: string };

export interface Indicator {
  key: string;
  name: string;
  unit: '%' | '件' | '工作日' | '小时';
  formula: string;
  clause: string;
  source: Source;
  /** The Date expression a period groups by (local Jincheng dates). */
  date: string;
  /** A fixed condition of the indicator (may use {today:Date}). */
  where?: string;
  measure: Measure;
  dimensions: readonly GroupBy[];
  /** For per-step indicators: ARRAY JOIN of (step name, value) tuples. */
  steps?: string;
  /** Higher is better (for colouring changes on the dashboard). */
  higherIsBetter?: boolean;
}

// Running cases: the clock is going. A case waiting for a 补正 (SUPPLEMENT_REQUESTED) or suspended
// (中止, an open pause: clock_stopped) has its clock stopped and its due date moves once it resumes
// (DB1405 6.3.2), so it is not overdue.
const RUNNING = `status IN ('ACCEPTED', 'IN_PROGRESS', 'HANDED_UP') AND clock_stopped = 0`;
const accepted = `toDate(accepted_at, 'Asia/Shanghai')`;
const created = `toDate(created_at, 'Asia/Shanghai')`;
// Elapsed hours between two instants, to the millisecond. (dateDiff('minute', …) would count minute
// boundaries crossed: 10:00:59 → 10:01:00 is "1 minute".) NULL unless both steps happened.
const hours = (a: string, b: string) => `(toUnixTimestamp64Milli(${b}) - toUnixTimestamp64Milli(${a})) / 3600000`;

export const INDICATOR_LIST: readonly Indicator[] = [
  {
    key: 'on-time-rate', name: '按时办结率', unit: '%', clause: 'DB1405 4.3, 7.2.1 e)', source: 'cases', date: 'completed_date',
    formula: '按期办结件数 ÷ 办结件数（按办结日期统计；办结日期不晚于承诺办结日期为按期，补正、中止暂停的工作日及批准的延期已顺延）',
    where: `status = 'COMPLETED'`, measure: { kind: 'ratio', numerator: 'countIf(completed_date <= due_date)', denominator: 'count()' },
    dimensions: ['none', 'region', 'item', 'agent'], higherIsBetter: true,
  },
  {
    key: 'overdue-count', name: '超期件数', unit: '件', clause: 'DB1405 4.3, 7.2.1 e)', source: 'cases', date: 'due_date',
    formula: '承诺办结日期在统计期内，且办结（含未办成终结）晚于承诺日期，或至今仍在办理（补正、中止暂停计时中的不计）且已过承诺日期的件数',
    where: 'isNotNull(due_date)',
    measure: { kind: 'count', value: `countIf((isNotNull(completed_date) AND completed_date > due_date) OR (${RUNNING} AND due_date < {today:Date}))` },
    dimensions: ['none', 'region', 'item', 'agent'], higherIsBetter: false,
  },
  {
    key: 'avg-duration', name: '平均办理时长', unit: '工作日', clause: 'DB1405 4.3', source: 'cases', date: 'completed_date',
    formula: '办结件自受理次日起至办结日的工作日数之和（扣除补正、中止暂停的工作日）÷ 办结件数',
    where: `status = 'COMPLETED' AND isNotNull(working_days)`, measure: { kind: 'average', sum: 'sum(working_days)', count: 'count()' },
    dimensions: ['none', 'region', 'item', 'agent'], higherIsBetter: false,
  },
  {
    key: 'completion-rate', name: '办结率', unit: '%', clause: 'DB1405 6.4', source: 'cases', date: accepted,
    formula: '统计期内受理的办件中已办结（办成）的件数 ÷ 受理件数（按受理日期统计）',
    where: 'isNotNull(accepted_at)', measure: { kind: 'ratio', numerator: `countIf(status = 'COMPLETED')`, denominator: 'count()' },
    dimensions: ['none', 'region', 'item', 'agent'], higherIsBetter: true,
  },
  {
    key: 'one-time-notice-rate', name: '一次性告知率', unit: '%', clause: 'DB1405 6.2.2', source: 'cases', date: created,
    formula: '材料不全的办件（登记时告知缺件，或办理中要求补正）中，自始至终只告知过一次的件数 ÷ 材料不全的办件件数（按登记日期统计）',
    where: 'notice_count >= 1', measure: { kind: 'ratio', numerator: 'countIf(notice_count = 1)', denominator: 'count()' },
    dimensions: ['none', 'region', 'item', 'agent'], higherIsBetter: true,
  },
  {
    key: 'hop-duration', name: '跨层级各环节时长', unit: '小时', clause: 'DB1405 7.2.3', source: 'case_handoffs', date: 'handed_up_date',
    formula: '上报件各环节的平均耗时（小时）：上报→收件确认→审核→签批→盖章→出证→回传，按上报日期统计，仅计已完成的环节',
    measure: { kind: 'average', sum: 'sumIf(step.2, isNotNull(step.2))', count: 'countIf(isNotNull(step.2))' },
    steps: `[('1 收件确认', ${hours('handed_up_at', 'materials_confirmed_at')}), ('2 审核', ${hours('materials_confirmed_at', 'reviewed_at')}),
      ('3 签批', ${hours('reviewed_at', 'signed_at')}), ('4 盖章', ${hours('signed_at', 'stamped_at')}),
      ('5 出证', ${hours('stamped_at', 'issued_at')}), ('6 回传', ${hours('issued_at', 'returned_at')})]`,
    dimensions: ['step'], higherIsBetter: false,
  },
  {
    key: 'consultation-count', name: '咨询量', unit: '件', clause: 'DB1405 6.1, 7.1.2', source: 'consultations', date: 'created_date',
    formula: '统计期内登记的咨询件数（含目录外事项）', measure: { kind: 'count', value: 'count()' },
    dimensions: ['none', 'region', 'item', 'agent', 'channel'],
  },
  {
    key: 'case-count', name: '办件量', unit: '件', clause: 'DB1405 6.2, 7.1.2', source: 'cases', date: created,
    formula: '统计期内登记的代办件数', measure: { kind: 'count', value: 'count()' },
    dimensions: ['none', 'region', 'item', 'agent'],
  },
  {
    key: 'satisfaction-rate', name: '满意率', unit: '%', clause: 'DB1405 8.1', source: 'evaluations', date: 'created_date',
    formula: '（非常满意 + 满意 + 基本满意）÷ 有效评价数；申诉成立（误评、恶意评价）的评价不计入；少于 10 条显示“样本不足”',
    where: `appeal_outcome != 'UPHELD'`, measure: { kind: 'ratio', numerator: 'sum(satisfied)', denominator: 'count()', minSample: 10 },
    dimensions: ['none', 'region', 'item', 'agent', 'channel'], higherIsBetter: true,
  },
  {
    key: 'bad-rate', name: '差评率', unit: '%', clause: 'DB1405 8.1, 8.2', source: 'evaluations', date: 'created_date',
    formula: '（不满意 + 非常不满意）÷ 有效评价数；申诉成立的评价不计入；少于 10 条显示“样本不足”',
    where: `appeal_outcome != 'UPHELD'`, measure: { kind: 'ratio', numerator: 'sum(bad)', denominator: 'count()', minSample: 10 },
    dimensions: ['none', 'region', 'item', 'agent', 'channel'], higherIsBetter: false,
  },
  {
    key: 'survey-response-rate', name: '回访率', unit: '%', clause: 'DB1405 8.1.2', source: 'survey_calls', date: 'batch_month',
    formula: '成功回访数 ÷ 抽样回访数（按抽样月份统计）', measure: { kind: 'ratio', numerator: `countIf(outcome = 'REACHED')`, denominator: 'count()' },
    dimensions: ['none', 'region'], higherIsBetter: true,
  },
  {
    key: 'rectification-on-time-rate', name: '整改按期完成率', unit: '%', clause: 'DB1405 8.2', source: 'rectifications', date: 'due_date',
    formula: '整改期限在统计期内且已到期或已办结的整改任务中，在期限内复查通过并办结的件数 ÷ 任务数；申诉成立（误评、恶意评价）而办结的任务无需整改，不计入',
    where: `(due_date < {today:Date} OR status = 'CLOSED') AND appeal_upheld = 0`,
    measure: { kind: 'ratio', numerator: `countIf(status = 'CLOSED' AND closed_date <= due_date)`, denominator: 'count()' },
    dimensions: ['none', 'region'], higherIsBetter: true,
  },
];

export const INDICATORS: ReadonlyMap<string, Indicator> = new Map(INDICATOR_LIST.map((i) => [i.key, i]));

/** What GET /indicators lists: the declaration without its SQL. */
export function describe(i: Indicator) {
  return { key: i.key, name: i.name, unit: i.unit, formula: i.formula, clause: i.clause, dimensions: i.dimensions, higherIsBetter: i.higherIsBetter ?? null };
}
