import type { Pool } from 'pg';

/**
 * 按时办结率 computed independently on Postgres (the truth), for comparison with ClickHouse:
 * completed cases by local completion month, on time when the local completion date is not
 * after the due date.
 */
export async function pgOnTimeByMonth(pool: Pool, p: { path: string; fromDate: string; toExclusive: string }) {
  const { rows } = await pool.query<{ period: string; completed: string; on_time: string }>(`
    WITH done AS (
      SELECT (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date AS d, c.due_date
      FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
      WHERE c.status = 'COMPLETED' AND r.path LIKE $1 || '%')
    SELECT to_char(d, 'YYYY-MM') AS period, count(*) AS completed, count(*) FILTER (WHERE d <= due_date) AS on_time
    FROM done WHERE d >= $2::date AND d < $3::date GROUP BY 1 ORDER BY 1`, [p.path, p.fromDate, p.toExclusive]);
  return rows.map((r) => ({ period: r.period, completed: Number(r.completed), onTime: Number(r.on_time) }));
}

// ---------------------------------------------------------------------------------------------
// Every indicator of api/src/indicators/registry.ts again, on Postgres (the correctness twins of
// tests/integration/indicators.test.ts, and the baseline of `npm run bench:dashboard`), from the source tables
// (cases, case_events, consultations, evaluations, survey_calls/survey_batches, rectifications
// and their events, case_handoffs, calendar_days, stations, regions), written from the formula
// text and NOT from the ETL's SQL: working days by counting calendar rows, notices by counting
// events, regions by walking up the region tree, local dates in Asia/Shanghai. A key missing
// here fails tests/integration/indicators.test.ts, so a new indicator cannot go unchecked.
//
// Each twin selects one row per counted unit (a case, a consultation, a rating, a call, a task,
// a hand-off step) with: d (the date the period is taken from), station_id, item_id, agent_id,
// channel, step, num and den (what the unit adds to the numerator and denominator; den is 0 for
// counts). $1 is today's local date. pgIndicator() filters, groups and sums them.

const local = (col: string) => `(${col} AT TIME ZONE 'Asia/Shanghai')::date`;
const GOOD = `('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')`;
const BAD = `('DISSATISFIED', 'VERY_DISSATISFIED')`;
const caseDims = (c: string) => `${c}.station_id, ${c}.item_id, ${c}.agent_id, NULL::text AS channel, NULL::text AS step`;
/** Exact elapsed hours of a hand-off step; only steps with both ends recorded count. */
const STEP_DONE = 's.a IS NOT NULL AND s.b IS NOT NULL';

export const PG_TWINS: Readonly<Record<string, string>> = {
  // DB1405 4.3: completed cases by completion date; on time when not after the (pause-adjusted) due date.
  'on-time-rate': `
    SELECT ${local('c.completed_at')} AS d, ${caseDims('c')},
           CASE WHEN ${local('c.completed_at')} <= c.due_date THEN 1 ELSE 0 END AS num, 1 AS den
    FROM cases c WHERE c.status = 'COMPLETED'`,

  // Due in the period and finished after the due date, or still running (no open pause) and past it.
  'overdue-count': `
    SELECT c.due_date AS d, ${caseDims('c')},
           CASE WHEN (c.completed_at IS NOT NULL AND ${local('c.completed_at')} > c.due_date)
                  OR (c.status IN ('ACCEPTED', 'IN_PROGRESS', 'HANDED_UP') AND c.due_date < $1::date
                      AND NOT EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_id = c.id AND p.ended_at IS NULL))
                THEN 1 ELSE 0 END AS num, 0 AS den
    FROM cases c WHERE c.due_date IS NOT NULL`,

  // Working days from the day after acceptance to the completion day, counted row by row in the
  // calendar, minus the paused working days; only where the calendar covers both dates.
  'avg-duration': `
    SELECT ${local('c.completed_at')} AS d, ${caseDims('c')},
           (SELECT count(*) FROM calendar_days k
             WHERE k.is_working_day AND k.date > ${local('c.accepted_at')} AND k.date <= ${local('c.completed_at')}) - c.paused_days AS num,
           1 AS den
    FROM cases c
    WHERE c.status = 'COMPLETED' AND c.accepted_at IS NOT NULL
      AND EXISTS (SELECT 1 FROM calendar_days k WHERE k.date = ${local('c.accepted_at')})
      AND EXISTS (SELECT 1 FROM calendar_days k WHERE k.date = ${local('c.completed_at')})`,

  'completion-rate': `
    SELECT ${local('c.accepted_at')} AS d, ${caseDims('c')},
           CASE WHEN c.status = 'COMPLETED' THEN 1 ELSE 0 END AS num, 1 AS den
    FROM cases c WHERE c.accepted_at IS NOT NULL`,

  // DB1405 6.2.2 / 6.3.2: notices = the intake notice of missing materials + every 补正 request.
  'one-time-notice-rate': `
    SELECT ${local('c.created_at')} AS d, ${caseDims('c')}, CASE WHEN n.k = 1 THEN 1 ELSE 0 END AS num, 1 AS den
    FROM cases c
    JOIN (SELECT case_id, count(*) AS k FROM case_events
           WHERE type = 'SUPPLEMENT_REQUESTED' OR (type = 'CREATED' AND to_status = 'AWAITING_MATERIALS')
           GROUP BY case_id) n ON n.case_id = c.id`,

  // DB1405 7.2.3: each step of a hand-off from the previous step's time to its own.
  'hop-duration': `
    SELECT ${local('h.handed_up_at')} AS d, c.station_id, c.item_id, c.agent_id, NULL::text AS channel, s.step,
           CASE WHEN ${STEP_DONE} THEN extract(epoch FROM s.b - s.a) / 3600 ELSE 0 END AS num,
           CASE WHEN ${STEP_DONE} THEN 1 ELSE 0 END AS den
    FROM case_handoffs h JOIN cases c ON c.id = h.case_id
    CROSS JOIN LATERAL (VALUES
      ('1 收件确认', h.handed_up_at, h.materials_confirmed_at), ('2 审核', h.materials_confirmed_at, h.reviewed_at),
      ('3 签批', h.reviewed_at, h.signed_at), ('4 盖章', h.signed_at, h.stamped_at),
      ('5 出证', h.stamped_at, h.issued_at), ('6 回传', h.issued_at, h.returned_at)) AS s(step, a, b)`,

  // A consultation about a matter outside the catalogue has no item (item 0 in the figures).
  'consultation-count': `
    SELECT ${local('x.created_at')} AS d, x.station_id, coalesce(x.item_id, 0) AS item_id, x.agent_id,
           x.channel::text AS channel, NULL::text AS step, 1 AS num, 0 AS den
    FROM consultations x`,

  'case-count': `SELECT ${local('c.created_at')} AS d, ${caseDims('c')}, 1 AS num, 0 AS den FROM cases c`,

  // DB1405 8.1: ratings of the handling station's case; an upheld appeal (误评/恶意评价) is left out.
  'satisfaction-rate': `
    SELECT ${local('e.created_at')} AS d, c.station_id, c.item_id, c.agent_id, e.channel::text AS channel, NULL::text AS step,
           CASE WHEN e.level::text IN ${GOOD} THEN 1 ELSE 0 END AS num, 1 AS den
    FROM evaluations e JOIN cases c ON c.id = e.case_id WHERE e.appeal_outcome IS DISTINCT FROM 'UPHELD'`,

  'bad-rate': `
    SELECT ${local('e.created_at')} AS d, c.station_id, c.item_id, c.agent_id, e.channel::text AS channel, NULL::text AS step,
           CASE WHEN e.level::text IN ${BAD} THEN 1 ELSE 0 END AS num, 1 AS den
    FROM evaluations e JOIN cases c ON c.id = e.case_id WHERE e.appeal_outcome IS DISTINCT FROM 'UPHELD'`,

  // DB1405 8.1.2: reached calls of the month's sample ÷ all sampled calls (pending ones included).
  'survey-response-rate': `
    SELECT b.month AS d, ${caseDims('c')}, CASE WHEN sc.outcome = 'REACHED' THEN 1 ELSE 0 END AS num, 1 AS den
    FROM survey_calls sc JOIN survey_batches b ON b.id = sc.batch_id JOIN cases c ON c.id = sc.case_id`,

  // DB1405 8.2.2: tasks due in the period that are due by now or closed, closed by their due date.
  // A task closed because its appeal was upheld needed no rectification: outside the rate, as in
  // RectificationStatsService (STATS_DEFINITIONS.appeal).
  'rectification-on-time-rate': `
    SELECT r.due_date AS d, r.station_id, c.item_id, c.agent_id, NULL::text AS channel, NULL::text AS step,
           CASE WHEN r.status = 'CLOSED' AND ${local('r.closed_at')} <= r.due_date THEN 1 ELSE 0 END AS num, 1 AS den
    FROM rectifications r JOIN cases c ON c.id = r.case_id
    WHERE (r.due_date < $1::date OR r.status = 'CLOSED')
      AND NOT EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = r.id AND e.type = 'APPEAL_UPHELD')`,
};

export type TwinGrain = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'total';
export type TwinGroup = 'none' | 'region' | 'item' | 'agent' | 'channel' | 'step';

export interface TwinQuery {
  grain: TwinGrain;
  groupBy: TwinGroup;
  regionLevel?: 'county' | 'township' | 'station';
  /** Region subtree, e.g. '/140500/140522/'. */
  path: string;
  fromDate: string;
  toExclusive: string;
  today: string;
  itemId?: number;
  agentId?: number;
  channel?: string;
}

export interface TwinRow { period: string; group: string | null; numerator: number; denominator: number }

const PERIOD: Record<TwinGrain, string> = {
  day: `to_char(g.d, 'YYYY-MM-DD')`,
  week: `to_char(g.d - (extract(isodow FROM g.d)::int - 1), 'YYYY-MM-DD')`, // the Monday of the ISO week
  month: `to_char(g.d, 'YYYY-MM')`,
  quarter: `to_char(g.d, 'YYYY') || '-Q' || to_char(g.d, 'Q')`,
  year: `to_char(g.d, 'YYYY')`,
  total: `'total'`,
};

/** The ancestor region at a level: the region whose path is a prefix of the station's. */
const ancestor = (level: 'COUNTY' | 'TOWNSHIP') => `JOIN regions a ON a.level = '${level}' AND g.path LIKE a.path || '%'`;

/** One indicator on Postgres, grouped like GET /api/v1/indicators/:key (rows sorted by period, group). */
export async function pgIndicator(pool: Pool, key: string, q: TwinQuery): Promise<TwinRow[]> {
  const facts = PG_TWINS[key];
  if (!facts) throw new Error(`no Postgres twin for indicator ${key}`);
  const params: unknown[] = [q.today, q.fromDate, q.toExclusive, q.path];
  // ($1 typed here too, for the twins that do not need today)
  const where = ['$1::date IS NOT NULL', 'g.d >= $2::date', 'g.d < $3::date', `g.path LIKE $4 || '%'`];
  if (q.itemId !== undefined) where.push(`g.item_id = $${params.push(q.itemId)}`);
  if (q.agentId !== undefined) where.push(`g.agent_id = $${params.push(q.agentId)}`);
  if (q.channel !== undefined) where.push(`g.channel = $${params.push(q.channel)}`);
  let join = '';
  let grp: string;
  switch (q.groupBy) {
    case 'none': grp = `''`; break;
    case 'region': {
      const level = q.regionLevel ?? 'county';
      if (level === 'station') grp = 'g.station_id::text';
      else { join = ancestor(level === 'county' ? 'COUNTY' : 'TOWNSHIP'); grp = 'a.code'; }
      break;
    }
    case 'item': grp = 'g.item_id::text'; break;
    case 'agent': grp = 'g.agent_id::text'; break;
    case 'channel': grp = 'g.channel'; break;
    case 'step': grp = 'g.step'; break;
  }
  const { rows } = await pool.query<{ period: string; grp: string; num: number; den: number }>(`
    WITH f AS (${facts}),
    g AS (SELECT f.*, r.path FROM f JOIN stations s ON s.id = f.station_id JOIN regions r ON r.code = s.region_code)
    SELECT ${PERIOD[q.grain]} AS period, ${grp} AS grp, sum(g.num)::float8 AS num, sum(g.den)::float8 AS den
    FROM g ${join}
    WHERE ${where.join(' AND ')}
    GROUP BY 1, 2`, params);
  return rows
    .map((r) => ({ period: r.period, group: q.groupBy === 'none' ? null : r.grp, numerator: r.num, denominator: r.den }))
    .sort((x, y) => (x.period === y.period ? String(x.group) < String(y.group) ? -1 : 1 : x.period < y.period ? -1 : 1));
}
