import { chDateTime, regionLevels } from './case-row';

// What the outbox stream moves, entity by entity: the extraction SQL (dates cast to text in SQL so
// node-postgres never shifts a DATE through the process time zone; local dates are Jincheng's) and
// a pure mapper to the ClickHouse row. `version` is the run's snapshot horizon (xmin), see
// etl/clickhouse/migrations/0002_outbox_entities.sql.

type Row = Record<string, any>;

export interface EntitySpec {
  /** Postgres table, as the capture trigger writes it into etl_changes.entity. */
  entity: string;
  /** ClickHouse table and its key column. */
  table: string;
  key: string;
  keyKind: 'int' | 'text';
  /** SELECT … FROM … (no WHERE): `pgKey` names the key in it. */
  select: string;
  pgKey: string;
  map(r: Row, version: string): Record<string, unknown>;
  /**
   * Backfill projection for COPY (etl/src/sync/copy-stream.ts) for the large tables: the ClickHouse
   * columns in order, shaped in SQL exactly as `map` shapes them ($VERSION is the snapshot xmin,
   * a number this process computed). The others backfill in pages through `map`.
   */
  copy?: { columns: string[]; sql: string };
}

const LOCAL = `AT TIME ZONE 'Asia/Shanghai'`;
const STATION_REGION = `JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code`;

function region(path: string) {
  const lv = regionLevels(path);
  return { region_path: path, county_code: lv.county, township_code: lv.township };
}

const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? 1 : 0);
const GOOD = new Set(['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED']);
const BAD = new Set(['DISSATISFIED', 'VERY_DISSATISFIED']);

export const ENTITIES: readonly EntitySpec[] = [
  {
    entity: 'consultations', table: 'consultations', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.station_id, x.agent_id, r.path AS region_path, x.item_id, x.topic, x.channel::text AS channel,
        x.status::text AS status, x.created_at, (x.created_at ${LOCAL})::date::text AS created_date, x.answered_at,
        x.due_date::text AS due_date
      FROM consultations x JOIN stations s ON s.id = x.station_id JOIN regions r ON r.code = s.region_code`,
    copy: {
      columns: ['id', 'station_id', 'agent_id', 'region_path', 'county_code', 'township_code', 'item_id', 'topic', 'channel', 'status',
        'created_at', 'created_date', 'answered_at', 'due_date', 'version', 'is_deleted'],
      sql: `SELECT x.id, x.station_id, x.agent_id, r.path, split_part(r.path, '/', 3), split_part(r.path, '/', 4), coalesce(x.item_id, 0),
          x.topic, x.channel, x.status, x.created_at, (x.created_at ${LOCAL})::date, x.answered_at, x.due_date, $VERSION, 0
        FROM consultations x JOIN stations s ON s.id = x.station_id JOIN regions r ON r.code = s.region_code`,
    },
    map: (r, version) => ({
      id: r.id, station_id: r.station_id, agent_id: r.agent_id, ...region(r.region_path), item_id: r.item_id ?? 0,
      topic: r.topic ?? '', channel: r.channel, status: r.status, created_at: chDateTime(r.created_at), created_date: r.created_date,
      answered_at: chDateTime(r.answered_at), due_date: r.due_date, version, is_deleted: 0,
    }),
  },
  {
    entity: 'evaluations', table: 'evaluations', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.case_id, x.occasion, x.channel::text AS channel, x.level::text AS level, x.done, x.efficiency,
        x.attitude, x.professionalism, x.appeal_outcome, c.station_id, c.agent_id, c.item_id, r.path AS region_path,
        x.created_at, (x.created_at ${LOCAL})::date::text AS created_date
      FROM evaluations x JOIN cases c ON c.id = x.case_id ${STATION_REGION}`,
    copy: {
      columns: ['id', 'case_id', 'occasion', 'channel', 'level', 'satisfied', 'bad', 'done', 'efficiency', 'attitude', 'professionalism',
        'appeal_outcome', 'station_id', 'agent_id', 'item_id', 'region_path', 'county_code', 'township_code', 'created_at', 'created_date',
        'version', 'is_deleted'],
      sql: `SELECT x.id, x.case_id, x.occasion, x.channel, x.level,
          (x.level IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'))::int, (x.level IN ('DISSATISFIED', 'VERY_DISSATISFIED'))::int,
          x.done::int, x.efficiency, x.attitude, x.professionalism, coalesce(x.appeal_outcome, ''), c.station_id, c.agent_id, c.item_id,
          r.path, split_part(r.path, '/', 3), split_part(r.path, '/', 4), x.created_at, (x.created_at ${LOCAL})::date, $VERSION, 0
        FROM evaluations x JOIN cases c ON c.id = x.case_id ${STATION_REGION}`,
    },
    map: (r, version) => ({
      id: r.id, case_id: r.case_id, occasion: r.occasion, channel: r.channel, level: r.level,
      satisfied: GOOD.has(r.level) ? 1 : 0, bad: BAD.has(r.level) ? 1 : 0, done: bool(r.done),
      efficiency: r.efficiency, attitude: r.attitude, professionalism: r.professionalism, appeal_outcome: r.appeal_outcome ?? '',
      station_id: r.station_id, agent_id: r.agent_id, item_id: r.item_id, ...region(r.region_path),
      created_at: chDateTime(r.created_at), created_date: r.created_date, version, is_deleted: 0,
    }),
  },
  {
    entity: 'survey_calls', table: 'survey_calls', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, b.month::text AS batch_month, x.case_id, c.station_id, r.path AS region_path, x.outcome,
        x.level::text AS level, x.called_at, x.created_at
      FROM survey_calls x JOIN survey_batches b ON b.id = x.batch_id JOIN cases c ON c.id = x.case_id ${STATION_REGION}`,
    map: (r, version) => ({
      id: r.id, batch_month: r.batch_month, case_id: r.case_id, station_id: r.station_id, ...region(r.region_path),
      outcome: r.outcome, level: r.level ?? '', called_at: chDateTime(r.called_at), created_at: chDateTime(r.created_at),
      version, is_deleted: 0,
    }),
  },
  {
    entity: 'rectifications', table: 'rectifications', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.source, x.case_id, x.station_id, r.path AS region_path, x.status, x.due_date::text AS due_date,
        x.created_at, (x.created_at ${LOCAL})::date::text AS created_date, x.closed_at,
        (x.closed_at ${LOCAL})::date::text AS closed_date, x.alert_level,
        EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = x.id AND e.type = 'APPEAL_UPHELD') AS appeal_upheld
      FROM rectifications x JOIN stations s ON s.id = x.station_id JOIN regions r ON r.code = s.region_code`,
    map: (r, version) => ({
      id: r.id, source: r.source, case_id: r.case_id, station_id: r.station_id, ...region(r.region_path), status: r.status,
      due_date: r.due_date, created_at: chDateTime(r.created_at), created_date: r.created_date,
      closed_at: chDateTime(r.closed_at), closed_date: r.closed_date, alert_level: r.alert_level, appeal_upheld: r.appeal_upheld ? 1 : 0,
      version, is_deleted: 0,
    }),
  },
  {
    entity: 'case_handoffs', table: 'case_handoffs', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.case_id, x.level::text AS level, x.to_region_code, x.status, c.station_id, c.item_id,
        r.path AS region_path, x.handed_up_at, (x.handed_up_at ${LOCAL})::date::text AS handed_up_date,
        x.materials_confirmed_at, x.reviewed_at, x.signed_at, x.stamped_at, x.issued_at, x.returned_at
      FROM case_handoffs x JOIN cases c ON c.id = x.case_id ${STATION_REGION}`,
    map: (r, version) => ({
      id: r.id, case_id: r.case_id, level: r.level, to_region_code: r.to_region_code, status: r.status,
      station_id: r.station_id, item_id: r.item_id, ...region(r.region_path), handed_up_at: chDateTime(r.handed_up_at),
      handed_up_date: r.handed_up_date, materials_confirmed_at: chDateTime(r.materials_confirmed_at),
      reviewed_at: chDateTime(r.reviewed_at), signed_at: chDateTime(r.signed_at), stamped_at: chDateTime(r.stamped_at),
      issued_at: chDateTime(r.issued_at), returned_at: chDateTime(r.returned_at), version, is_deleted: 0,
    }),
  },
  {
    entity: 'regions', table: 'regions', key: 'code', keyKind: 'text', pgKey: 'x.code',
    select: `SELECT x.code, x.name, x.level::text AS level, x.parent_code, x.path FROM regions x`,
    map: (r, version) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parent_code ?? '', path: r.path, version, is_deleted: 0 }),
  },
  {
    entity: 'stations', table: 'stations', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.name, x.region_code, r.path AS region_path FROM stations x JOIN regions r ON r.code = x.region_code`,
    map: (r, version) => ({ id: r.id, name: r.name, region_code: r.region_code, region_path: r.region_path, version, is_deleted: 0 }),
  },
  {
    entity: 'agents', table: 'agents', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.station_id, x.name, x.category::text AS category, x.active FROM agents x`,
    map: (r, version) => ({ id: r.id, station_id: r.station_id, name: r.name, category: r.category, active: r.active ? 1 : 0, version, is_deleted: 0 }),
  },
  {
    entity: 'catalogue_items', table: 'catalogue_items', key: 'id', keyKind: 'int', pgKey: 'x.id',
    select: `SELECT x.id, x.code, x.name, x.category, x.level::text AS level, x.time_limit_days, x.active FROM catalogue_items x`,
    map: (r, version) => ({
      id: r.id, code: r.code, name: r.name, category: r.category, level: r.level, time_limit_days: r.time_limit_days,
      active: r.active ? 1 : 0, version, is_deleted: 0,
    }),
  },
];

export const byKeysSql = (e: EntitySpec) => `${e.select} WHERE ${e.pgKey} = ANY($1::${e.keyKind === 'int' ? 'int' : 'text'}[])`;
export const pageSql = (e: EntitySpec) => `${e.select} WHERE ${e.pgKey} > $1 ORDER BY ${e.pgKey} LIMIT $2`;

/** The rows that were deleted in Postgres, written again as tombstones (same sort key, newer version). */
export function tombstones(current: Row[], version: string): Row[] {
  return current.map((r) => ({ ...r, version, is_deleted: 1 }));
}
