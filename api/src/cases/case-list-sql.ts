import { Prisma } from '@prisma/client';
import { FINISHED } from './case-state';

// The WHERE of the case list (GET /cases), as bound SQL: the workbench filters plus the ones a
// dashboard number drills through with (DB1405 7.2.1 e), 8): region, item, agent, a date window on
// one of the case's dates, and 超期. 超期 compares the *local* completion date with the due date,
// which a Prisma filter cannot say, hence SQL. Every caller value is a bound parameter; column
// names come from the fixed map below. Pure (builds Prisma.Sql only).

export type CaseDateField = 'created' | 'accepted' | 'completed' | 'due';
export const CASE_DATE_FIELDS: readonly CaseDateField[] = ['created', 'accepted', 'completed', 'due'];

export interface CaseListFilter {
  /** The caller's region scope, a path prefix like '/140500/140522/'. */
  scopePath: string;
  status?: string;
  stationId?: number;
  caseNo?: string;
  /** true: still being handled; false: finished (completed or failed). */
  open?: boolean;
  alertLevel?: string;
  /** A region inside the scope (any level); outside it the list is simply empty. */
  regionCode?: string;
  itemId?: number;
  agentId?: number;
  /** Which date from/to bound (local Jincheng dates, both inclusive). */
  dateField?: CaseDateField;
  from?: string;
  to?: string;
  /**
   * 超期, as the overdue-count indicator counts it: finished after the due date (local date), or
   * still running with its clock going and the due date passed. false: has a due date and is not overdue.
   */
  overdue?: boolean;
  /** Today's local date (for "due date passed"). */
  today: string;
}

const TIMESTAMP: Record<Exclude<CaseDateField, 'due'>, Prisma.Sql> = {
  created: Prisma.raw('c.created_at'),
  accepted: Prisma.raw('c.accepted_at'),
  completed: Prisma.raw('c.completed_at'),
};

const finishedList = Prisma.raw(FINISHED.map((s) => `'${s}'`).join(', '));

/** Local midnight (Asia/Shanghai, UTC+8, no DST) of an ISO date, as an instant. */
export function shanghaiMidnight(iso: string): Date {
  return new Date(`${iso}T00:00:00+08:00`);
}

function dayAfter(iso: string): Date {
  return new Date(shanghaiMidnight(iso).getTime() + 86_400_000);
}

// Running with the clock going, as api/src/indicators/registry.ts says it: not waiting for a 补正,
// not awaiting materials, no open pause (中止) — DB1405 6.3.2.
const runningList = Prisma.raw(['ACCEPTED', 'IN_PROGRESS', 'HANDED_UP'].map((s) => `'${s}'`).join(', '));

export function overdueSql(today: string): Prisma.Sql {
  return Prisma.sql`((c.completed_at IS NOT NULL AND (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date > c.due_date)
    OR (c.status IN (${runningList}) AND c.due_date < ${today}::date
        AND NOT EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_id = c.id AND p.ended_at IS NULL)))`;
}

export function caseListWhere(f: CaseListFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r.path LIKE ${`${f.scopePath}%`}`];
  if (f.status) parts.push(Prisma.sql`c.status = ${f.status}::"CaseStatus"`);
  if (f.stationId !== undefined) parts.push(Prisma.sql`c.station_id = ${f.stationId}`);
  if (f.caseNo) parts.push(Prisma.sql`c.case_no = ${f.caseNo}`);
  if (f.open === true) parts.push(Prisma.sql`c.status NOT IN (${finishedList})`);
  if (f.open === false) parts.push(Prisma.sql`c.status IN (${finishedList})`);
  if (f.alertLevel) parts.push(Prisma.sql`c.alert_level = ${f.alertLevel}`);
  // Region paths are '/city/county/township/village/': a region's subtree is every path containing its code.
  if (f.regionCode) parts.push(Prisma.sql`r.path LIKE ${`%/${f.regionCode}/%`}`);
  if (f.itemId !== undefined) parts.push(Prisma.sql`c.item_id = ${f.itemId}`);
  if (f.agentId !== undefined) parts.push(Prisma.sql`c.agent_id = ${f.agentId}`);
  if (f.dateField === 'due') {
    if (f.from) parts.push(Prisma.sql`c.due_date >= ${f.from}::date`);
    if (f.to) parts.push(Prisma.sql`c.due_date <= ${f.to}::date`);
  } else if (f.dateField) {
    const col = TIMESTAMP[f.dateField];
    if (f.from) parts.push(Prisma.sql`${col} >= ${shanghaiMidnight(f.from)}`);
    if (f.to) parts.push(Prisma.sql`${col} < ${dayAfter(f.to)}`);
  }
  if (f.overdue === true) parts.push(overdueSql(f.today));
  if (f.overdue === false) parts.push(Prisma.sql`c.due_date IS NOT NULL AND NOT COALESCE(${overdueSql(f.today)}, false)`);
  return Prisma.join(parts, ' AND ');
}

/** The tables the WHERE above reads: the case, its station and the station's region (for the scope). */
export const CASE_LIST_FROM = Prisma.sql`FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code`;
