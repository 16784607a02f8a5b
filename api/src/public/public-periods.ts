// Reporting periods of the public disclosure (DB1405 8.1.3: satisfaction "per month and quarter").
// Pure. Queries always read whole months ([fromDate, toExclusive)); quarters are made of their
// three months here, so one ClickHouse query serves both granularities.
import { lastMonths, monthRange } from '../indicators/periods';

export type Granularity = 'month' | 'quarter';

export interface PeriodPlan {
  granularity: Granularity;
  /** Echo of the range in the granularity's own notation ('2026-01' or '2026-Q1'). */
  from: string;
  to: string;
  /** Every period of the range, oldest first. */
  periods: string[];
  fromDate: string;
  toExclusive: string;
}

export type PlanResult = ({ ok: true } & PeriodPlan) | { ok: false; message: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
export const MAX_QUARTERS = 40;
const DEFAULT_MONTHS = 12;
const DEFAULT_QUARTERS = 4;

/** '2026-05' → '2026-Q2'. */
export function quarterOfMonth(month: string): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  return `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}`;
}

/** The period a month belongs to in the granularity. */
export function periodOfMonth(month: string, g: Granularity): string {
  return g === 'month' ? month : quarterOfMonth(month);
}

function quarterFirstMonth(q: string): string {
  const m = QUARTER.exec(q)!;
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}`;
}

function quarterLastMonth(q: string): string {
  const m = QUARTER.exec(q)!;
  return `${m[1]}-${String(Number(m[2]) * 3).padStart(2, '0')}`;
}

/** A quarter given as 'YYYY-Qn' or as any of its months. */
function asQuarter(v: string): string | null {
  if (QUARTER.test(v)) return v;
  if (MONTH.test(v)) return quarterOfMonth(v);
  return null;
}

/**
 * The periods from `from` to `to` inclusive. Absent bounds default to the last 12 months (or 4
 * quarters) up to `today` ('YYYY-MM-DD', Jincheng's date); a lone `from` runs to today.
 */
export function periodPlan(g: Granularity, from: string | undefined, to: string | undefined, today: string): PlanResult {
  if (g === 'month') {
    const def = lastMonths(today, DEFAULT_MONTHS);
    const f = from ?? (to ? lastMonths(`${to}-01`, DEFAULT_MONTHS).from : def.from);
    const t = to ?? def.to;
    const r = monthRange(f, t);
    if (!r.ok) return r;
    return { ok: true, granularity: g, from: f, to: t, periods: r.months, fromDate: r.fromDate, toExclusive: r.toExclusive };
  }
  const current = quarterOfMonth(today.slice(0, 7));
  const fq = from === undefined ? undefined : asQuarter(from);
  const tq = to === undefined ? current : asQuarter(to);
  if (fq === null || tq === null) return { ok: false, message: '季度格式应为 YYYY-Qn（如 2026-Q1）或 YYYY-MM' };
  const startQ = fq ?? shiftQuarter(tq, -(DEFAULT_QUARTERS - 1));
  const r = monthRange(quarterFirstMonth(startQ), quarterLastMonth(tq));
  if (!r.ok) return { ok: false, message: r.message.replace(/月份/g, '季度') };
  const periods = [...new Set(r.months.map(quarterOfMonth))];
  if (periods.length > MAX_QUARTERS) return { ok: false, message: `查询跨度不能超过 ${MAX_QUARTERS} 个季度` };
  return { ok: true, granularity: g, from: startQ, to: tq, periods, fromDate: r.fromDate, toExclusive: r.toExclusive };
}

function shiftQuarter(q: string, by: number): string {
  const m = QUARTER.exec(q)!;
  const i = Number(m[1]) * 4 + Number(m[2]) - 1 + by;
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
}
