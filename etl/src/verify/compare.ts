import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { ClickHouse } from '../clickhouse/client';
import { CASES_PAGE } from '../sync/case-queries';
import { toChCase } from '../transform/case-row';
import { ENTITIES, type EntitySpec } from '../transform/outbox-rows';

// ClickHouse equals Postgres: the same keys, and per key the same row (a hash of every mapped
// column except the ETL's own version / is_deleted). `npm run etl:verify` and the ETL and fault
// tests use it. It reads whole tables: a check for operators and tests, not a hot path.

const norm = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'bigint' ? String(v) : String(v));

function rowHash(r: Record<string, unknown>, columns: string[]): string {
  return createHash('sha1').update(JSON.stringify(columns.map((c) => norm(r[c])))).digest('hex');
}

export interface TableDiff { table: string; pg: number; ch: number; missing: string[]; extra: string[]; changed: string[] }

export async function compareEntity(pool: Pool, ch: ClickHouse, spec: EntitySpec): Promise<TableDiff> {
  const pgRows = (await pool.query(spec.select)).rows.map((r) => spec.map(r, '0'));
  const columns = pgRows.length ? Object.keys(pgRows[0]).filter((c) => c !== 'version' && c !== 'is_deleted') : [];
  const rs = await ch.client.query({ query: `SELECT * FROM ${spec.table} FINAL`, format: 'JSONEachRow' });
  const chRows = await rs.json<Record<string, unknown>>();
  const pgMap = new Map(pgRows.map((r) => [String(r[spec.key]), rowHash(r, columns)]));
  const chMap = new Map<string, string>();
  for (const r of chRows) chMap.set(String(r[spec.key]), rowHash(r, columns));
  const missing = [...pgMap.keys()].filter((k) => !chMap.has(k));
  const extra = [...chMap.keys()].filter((k) => !pgMap.has(k));
  const changed = [...pgMap.keys()].filter((k) => chMap.has(k) && chMap.get(k) !== pgMap.get(k));
  return { table: spec.table, pg: pgMap.size, ch: chRows.length, missing, extra, changed };
}

/** Differences of every outbox table; an empty list means ClickHouse equals Postgres. */
export async function outboxDifferences(pool: Pool, ch: ClickHouse): Promise<TableDiff[]> {
  const diffs: TableDiff[] = [];
  for (const spec of ENTITIES) {
    const d = await compareEntity(pool, ch, spec);
    if (d.pg !== d.ch || d.missing.length || d.extra.length || d.changed.length) diffs.push({ ...d, missing: d.missing.slice(0, 5), extra: d.extra.slice(0, 5), changed: d.changed.slice(0, 5) });
  }
  return diffs;
}

/** The cases table: every case, mapped by the incremental path's SQL and mapper, against ClickHouse. */
export async function caseDifferences(pool: Pool, ch: ClickHouse): Promise<TableDiff[]> {
  const spec: EntitySpec = {
    entity: 'cases', table: 'cases', key: 'id', keyKind: 'int', pgKey: 'c.id',
    select: CASES_PAGE.replace('$1', '0').replace('$2', 'ALL'),
    map: (r) => toChCase(r as Parameters<typeof toChCase>[0]),
  };
  const d = await compareEntity(pool, ch, spec);
  return d.pg !== d.ch || d.missing.length || d.extra.length || d.changed.length ? [{ ...d, missing: d.missing.slice(0, 5), extra: d.extra.slice(0, 5), changed: d.changed.slice(0, 5) }] : [];
}

/** Case events are immutable: the same ids on both sides. */
export async function eventDifferences(pool: Pool, ch: ClickHouse): Promise<TableDiff[]> {
  const pg = (await pool.query<{ id: string }>('SELECT id::text AS id FROM case_events')).rows.map((r) => r.id);
  const rs = await ch.client.query({ query: 'SELECT toString(id) AS id FROM case_events FINAL', format: 'JSONEachRow' });
  const chIds = (await rs.json<{ id: string }>()).map((r) => r.id);
  const a = new Set(pg);
  const b = new Set(chIds);
  const missing = pg.filter((k) => !b.has(k));
  const extra = chIds.filter((k) => !a.has(k));
  return pg.length !== chIds.length || missing.length || extra.length
    ? [{ table: 'case_events', pg: pg.length, ch: chIds.length, missing: missing.slice(0, 5), extra: extra.slice(0, 5), changed: [] }] : [];
}

/** Every table the ETL feeds; an empty list means ClickHouse equals Postgres. */
export async function allDifferences(pool: Pool, ch: ClickHouse): Promise<TableDiff[]> {
  return [...await caseDifferences(pool, ch), ...await eventDifferences(pool, ch), ...await outboxDifferences(pool, ch)];
}
