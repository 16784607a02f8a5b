// Pure mappers from Postgres rows (as node-postgres returns them) to ClickHouse JSONEachRow rows.

export interface PgCaseRow {
  id: number;
  case_no: string;
  station_id: number;
  region_path: string;
  item_id: number;
  agent_id: number;
  status: string;
  level: string;
  home_visit: boolean;
  created_at: Date;
  accepted_at: Date | null;
  due_date: string | null;
  completed_at: Date | null;
  completed_date: string | null;
  paused_days: number;
  working_days: number | null;
  notice_count: number;
  clock_stopped: number;
  updated_at: Date;
  version: number;
}

export interface PgCaseEventRow {
  id: string; // bigint as text
  case_id: number;
  type: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: number | null;
  at: Date;
  region_path: string;
  data: string;
}

/** ClickHouse DateTime64(3,'UTC') literal: 'YYYY-MM-DD hh:mm:ss.mmm'. */
export function chDateTime(d: Date): string;
export function chDateTime(d: Date | null): string | null;
export function chDateTime(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 23).replace('T', ' ') : null;
}

/** '/140500/140522/140522100/140522100201/' → the codes of each level. */
export function regionLevels(path: string): { city: string; county: string; township: string; village: string } {
  const [city = '', county = '', township = '', village = ''] = path.split('/').filter(Boolean);
  return { city, county, township, village };
}

export function toChCase(r: PgCaseRow) {
  const lv = regionLevels(r.region_path);
  return {
    id: r.id,
    case_no: r.case_no,
    station_id: r.station_id,
    region_path: r.region_path,
    county_code: lv.county,
    township_code: lv.township,
    village_code: lv.village,
    item_id: r.item_id,
    agent_id: r.agent_id,
    status: r.status,
    level: r.level,
    home_visit: r.home_visit ? 1 : 0,
    created_at: chDateTime(r.created_at),
    accepted_at: chDateTime(r.accepted_at),
    due_date: r.due_date,
    completed_at: chDateTime(r.completed_at),
    completed_date: r.completed_date,
    paused_days: r.paused_days,
    working_days: r.completed_at && r.accepted_at ? r.working_days : null,
    notice_count: r.notice_count,
    clock_stopped: r.clock_stopped ? 1 : 0,
    updated_at: chDateTime(r.updated_at),
    version: r.version,
    is_deleted: 0,
  };
}

export function toChCaseEvent(r: PgCaseEventRow) {
  return {
    id: r.id,
    case_id: r.case_id,
    type: r.type,
    from_status: r.from_status ?? '',
    to_status: r.to_status ?? '',
    actor_id: r.actor_id,
    at: chDateTime(r.at),
    region_path: r.region_path,
    data: r.data,
  };
}
