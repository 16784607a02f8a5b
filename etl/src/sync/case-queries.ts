// Extraction SQL for the case streams. Dates are cast to text in SQL so that node-postgres never
// shifts a DATE through the process time zone; completed_date is the local date in Jincheng.

// wd: for every calendar day, the number of working days up to and including it, so the working
// days between two dates are one subtraction (DB1405 4.3: limits count working days, 次日起算).
// notice_count: the intake notice of missing materials plus every later 补正 request (6.2.2).
// clock_stopped: an open pause (补正 or 中止, DB1405 6.3.2) stands the time limit still.
const CLOCK_STOPPED = '(EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_id = c.id AND p.ended_at IS NULL))::int';

const CASE_COLUMNS = `
  c.id, c.case_no, c.station_id, r.path AS region_path, c.item_id, c.agent_id,
  c.status::text AS status, c.level::text AS level, c.home_visit, c.created_at, c.accepted_at,
  c.due_date::text AS due_date, c.completed_at,
  (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS completed_date,
  c.paused_days,
  CASE WHEN wa.n IS NULL OR wc.n IS NULL THEN NULL ELSE GREATEST(wc.n - wa.n - c.paused_days, 0)::int END AS working_days,
  (SELECT count(*) FILTER (WHERE e.type = 'SUPPLEMENT_REQUESTED')
        + count(*) FILTER (WHERE e.type = 'CREATED' AND e.to_status = 'AWAITING_MATERIALS')
     FROM case_events e WHERE e.case_id = c.id)::int AS notice_count,
  ${CLOCK_STOPPED} AS clock_stopped,
  c.updated_at, c.version
  FROM cases c
  JOIN stations s ON s.id = c.station_id
  JOIN regions r ON r.code = s.region_code
  LEFT JOIN wd wa ON wa.day = (c.accepted_at AT TIME ZONE 'Asia/Shanghai')::date
  LEFT JOIN wd wc ON wc.day = (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date`;

const WD = `WITH wd AS MATERIALIZED (SELECT date AS day, sum(is_working_day::int) OVER (ORDER BY date) AS n FROM calendar_days)`;

export const CASES_BY_IDS = `${WD} SELECT ${CASE_COLUMNS} WHERE c.id = ANY($1::int[])`;

export const CASES_PAGE = `${WD} SELECT ${CASE_COLUMNS} WHERE c.id > $1 ORDER BY c.id LIMIT $2`;

const EVENT_COLUMNS = `
  e.id::text AS id, e.case_id, e.type, e.from_status::text AS from_status, e.to_status::text AS to_status,
  e.actor_id, e.at, r.path AS region_path, e.data::text AS data
  FROM case_events e
  JOIN cases c ON c.id = e.case_id
  JOIN stations s ON s.id = c.station_id
  JOIN regions r ON r.code = s.region_code`;

/** Events of transactions in [from, to): every one of them has finished (to = snapshot xmin). */
export const EVENTS_IN_WINDOW = `SELECT ${EVENT_COLUMNS}
  WHERE e.txid >= $1::text::xid8 AND e.txid < $2::text::xid8 AND e.id > $3::bigint
  ORDER BY e.id LIMIT $4`;


/** The horizon: no transaction below it is still running, so nothing below it can still appear. */
export const SNAPSHOT_XMIN = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`;

// Backfill projections for COPY: exactly the ClickHouse columns, in order, already shaped (region
// levels split from the path, booleans as 0/1, instants in UTC), so the text goes through as is.
// The session runs with TimeZone = UTC (case-sync.ts), so timestamps print as UTC.
export const CASE_COPY_COLUMNS = ['id', 'case_no', 'station_id', 'region_path', 'county_code', 'township_code', 'village_code',
  'item_id', 'agent_id', 'status', 'level', 'home_visit', 'created_at', 'accepted_at', 'due_date', 'completed_at', 'completed_date',
  'paused_days', 'working_days', 'notice_count', 'clock_stopped', 'updated_at', 'version', 'is_deleted'];

export const CASES_COPY = `WITH wd AS MATERIALIZED (SELECT date AS day, sum(is_working_day::int) OVER (ORDER BY date) AS n FROM calendar_days),
  nc AS (SELECT case_id, (count(*) FILTER (WHERE type = 'SUPPLEMENT_REQUESTED')
           + count(*) FILTER (WHERE type = 'CREATED' AND to_status = 'AWAITING_MATERIALS'))::int AS n
         FROM case_events GROUP BY case_id)
  SELECT c.id, c.case_no, c.station_id, r.path, split_part(r.path, '/', 3), split_part(r.path, '/', 4), split_part(r.path, '/', 5),
    c.item_id, c.agent_id, c.status, c.level, c.home_visit::int, c.created_at, c.accepted_at, c.due_date, c.completed_at,
    (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date, c.paused_days,
    CASE WHEN c.accepted_at IS NULL OR c.completed_at IS NULL OR wa.n IS NULL OR wc.n IS NULL THEN NULL
         ELSE GREATEST(wc.n - wa.n - c.paused_days, 0) END,
    coalesce(nc.n, 0), ${CLOCK_STOPPED}, c.updated_at, c.version, 0
  FROM cases c
  JOIN stations s ON s.id = c.station_id
  JOIN regions r ON r.code = s.region_code
  LEFT JOIN wd wa ON wa.day = (c.accepted_at AT TIME ZONE 'Asia/Shanghai')::date
  LEFT JOIN wd wc ON wc.day = (c.completed_at AT TIME ZONE 'Asia/Shanghai')::date
  LEFT JOIN nc ON nc.case_id = c.id`;

export const EVENT_COPY_COLUMNS = ['id', 'case_id', 'type', 'from_status', 'to_status', 'actor_id', 'at', 'region_path', 'data'];

export const EVENTS_COPY = `SELECT e.id, e.case_id, e.type, coalesce(e.from_status::text, ''), coalesce(e.to_status::text, ''),
    e.actor_id, e.at, r.path, e.data::text
  FROM case_events e
  JOIN cases c ON c.id = e.case_id
  JOIN stations s ON s.id = c.station_id
  JOIN regions r ON r.code = s.region_code`;
