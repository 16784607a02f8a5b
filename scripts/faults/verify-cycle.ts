import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { loadConfig } from '../../api/src/config/config';
import { openClickHouse, type ClickHouse } from '../../etl/src/clickhouse/client';
import { ROLLUPS } from '../../etl/src/rollups/rollup-defs';
import { allDifferences } from '../../etl/src/verify/compare';
import type { AckedWrites } from './acked';
import { multisetDifference } from './plan';

// The fault drill's check after each cycle, in its own process (the ETL process has been stopped,
// so this one may open the chDB folder). It syncs nothing: it checks what the ETL process left.
//  1. ClickHouse equals Postgres: per table the same keys and per key the same row hash
//     (etl/src/verify/compare.ts, as `npm run etl:verify`).
//  2. Every rollup equals a recomputation of all its months from the facts (a batch re-sent after
//     a crash must not count twice there either).
//  3. Every write acknowledged to the client is in Postgres, and in ClickHouse.
// Prints one JSON line; exit 0 when all hold.

async function rollupDifferences(ch: ClickHouse): Promise<{ table: string; rows: number; onlyTable: string[]; onlyFacts: string[] }[]> {
  const list = async (query: string) => (await (await ch.client.query({ query, format: 'JSONEachRow' })).json<Record<string, unknown>>());
  const months = async (sql: string) => (await list(sql)).map((r) => String(r.m));
  // The months rebuildRollups derives from the facts, plus any month the rollups hold (a stale one must show).
  const facts: Record<string, string[]> = {
    cases: await months(`SELECT DISTINCT toString(toStartOfMonth(d)) AS m FROM (
      SELECT toDate(created_at, 'Asia/Shanghai') AS d FROM cases FINAL
      UNION ALL SELECT toDate(assumeNotNull(accepted_at), 'Asia/Shanghai') FROM cases FINAL WHERE isNotNull(accepted_at)
      UNION ALL SELECT assumeNotNull(completed_date) FROM cases FINAL WHERE isNotNull(completed_date)
      UNION ALL SELECT assumeNotNull(due_date) FROM cases FINAL WHERE isNotNull(due_date))`),
    evaluations: await months('SELECT DISTINCT toString(toStartOfMonth(created_date)) AS m FROM evaluations FINAL'),
    consultations: await months('SELECT DISTINCT toString(toStartOfMonth(created_date)) AS m FROM consultations FINAL'),
  };
  const out = [];
  for (const def of ROLLUPS) {
    const held = await months(`SELECT DISTINCT toString(month) AS m FROM ${def.table}`);
    const all = [...new Set([...facts[def.fact], ...held])];
    await ch.client.command({ query: `TRUNCATE TABLE ${def.stage}` });
    await ch.client.command({ query: def.fill, query_params: { months: all } });
    const table = await list(`SELECT * FROM ${def.table}`);
    const expected = await list(`SELECT * FROM ${def.stage}`);
    await ch.client.command({ query: `TRUNCATE TABLE ${def.stage}` });
    const d = multisetDifference(table, expected);
    out.push({ table: def.table, rows: table.length, onlyTable: d.onlyA.slice(0, 3), onlyFacts: d.onlyB.slice(0, 3) });
  }
  return out.filter((d) => d.onlyTable.length || d.onlyFacts.length);
}

async function lostWrites(pool: Pool, ch: ClickHouse, acked: AckedWrites) {
  const present = async (sql: string, ids: number[]) => new Set((await pool.query<{ id: number }>(sql, [ids])).rows.map((r) => Number(r.id)));
  const inCh = async (table: string, ids: number[]) => {
    const rs = await ch.client.query({ query: `SELECT id FROM ${table} FINAL WHERE id IN {ids:Array(UInt32)}`, query_params: { ids }, format: 'JSONEachRow' });
    return new Set((await rs.json<{ id: number | string }>()).map((r) => Number(r.id)));
  };
  const consPg = await present('SELECT id FROM consultations WHERE id = ANY($1::int[])', acked.consultations);
  const evalPg = await present('SELECT id FROM evaluations WHERE id = ANY($1::int[])', acked.evaluations);
  const [consCh, evalCh] = [await inCh('consultations', acked.consultations), await inCh('evaluations', acked.evaluations)];
  const ids = acked.cases.map((c) => c.id);
  const pgCases = new Map((await pool.query<{ id: number; version: number; events: number }>(
    `SELECT c.id, c.version, (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id) AS events FROM cases c WHERE c.id = ANY($1::int[])`, [ids],
  )).rows.map((r) => [Number(r.id), r]));
  const rs = await ch.client.query({
    query: `SELECT c.id AS id, c.version AS version, e.n AS events FROM (SELECT id, version FROM cases FINAL WHERE id IN {ids:Array(UInt32)}) AS c
      LEFT JOIN (SELECT case_id, count() AS n FROM case_events FINAL WHERE case_id IN {ids:Array(UInt32)} GROUP BY case_id) AS e ON e.case_id = c.id`,
    query_params: { ids }, format: 'JSONEachRow',
  });
  const chCases = new Map((await rs.json<{ id: string | number; version: string | number; events: string | number }>()).map((r) => [Number(r.id), r]));
  // A later change that failed on the client may still have committed: "at least", not "equal".
  const caseLost = (m: Map<number, { version: number | string; events: number | string }>) => acked.cases
    .filter((c) => { const r = m.get(c.id); return !r || Number(r.version) < c.version || Number(r.events) < c.changes; })
    .map((c) => c.id);
  const lost = {
    consultationsPg: acked.consultations.filter((i) => !consPg.has(i)),
    consultationsCh: acked.consultations.filter((i) => !consCh.has(i)),
    evaluationsPg: acked.evaluations.filter((i) => !evalPg.has(i)),
    evaluationsCh: acked.evaluations.filter((i) => !evalCh.has(i)),
    casesPg: caseLost(pgCases),
    casesCh: caseLost(chCases),
  };
  return Object.fromEntries(Object.entries(lost).filter(([, v]) => v.length).map(([k, v]) => [k, v.slice(0, 10)]));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const acked = JSON.parse(readFileSync(process.argv[2], 'utf8')) as AckedWrites;
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 2, application_name: 'rp-fault-verify' });
  const ch = openClickHouse({ database: config.CLICKHOUSE_DATABASE, chdbPath: config.chdbPath });
  try {
    await ch.ready();
    const diffs = await allDifferences(pool, ch);
    const rollups = await rollupDifferences(ch);
    const lost = await lostWrites(pool, ch, acked);
    const ok = !diffs.length && !rollups.length && !Object.keys(lost).length;
    console.log(JSON.stringify({ ok, diffs, rollups, lost }));
    process.exitCode = ok ? 0 : 1;
  } finally {
    await ch.close();
    await pool.end();
  }
}

main().catch((e) => {
  console.error(`校验失败: ${(e as Error).stack ?? e}`);
  process.exit(2);
});
