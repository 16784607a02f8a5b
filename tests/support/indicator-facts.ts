import type { Pool } from 'pg';
import type { ClickHouse } from '../../etl/src/clickhouse/client';

// Test data for the indicator twins (tests/integration/indicators.test.ts): the facts the demo
// seed may not produce yet (cross-level hand-offs, 回访 samples, rectifications) are written by
// SQL from the seeded cases and events, only when their table is empty, so every indicator is
// checked on real rows. Then the ETL is run until ClickHouse holds what Postgres holds.

const local = (col: string) => `(${col} AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * DB1405 7.2.3: one hop per HANDED_UP event, its steps spread over the time until the result came
 * back (RESULT_RETURNED), to the millisecond; a hop still upstairs has done only its first steps.
 */
/** Where each step of a returned hop ends, as a share of the hop's time (uneven: review takes longest). */
const SHARE = [0.12, 0.4, 0.55, 0.63, 0.88];
const HANDOFFS = `
  WITH hu AS (
    SELECT e.case_id, e.at AS up,
           (SELECT min(b.at) FROM case_events b WHERE b.case_id = e.case_id AND b.type = 'RESULT_RETURNED' AND b.id > e.id) AS back
    FROM case_events e WHERE e.type = 'HANDED_UP'),
  t AS (
    SELECT hu.*, c.level, r.path, c.id % 997 AS j
    FROM hu JOIN cases c ON c.id = hu.case_id JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
    WHERE c.level <> 'VILLAGE')
  INSERT INTO case_handoffs (case_id, level, to_region_code, status, handed_up_by_id, handed_up_at,
    materials_confirmed_at, reviewed_at, signed_at, stamped_at, issued_at, returned_at)
  SELECT case_id, level, CASE WHEN level = 'COUNTY' THEN split_part(path, '/', 3) ELSE split_part(path, '/', 4) END,
    CASE WHEN back IS NOT NULL THEN 'RETURNED'
         ELSE (ARRAY['HANDED_UP', 'MATERIALS_CONFIRMED', 'REVIEWED', 'SIGNED', 'STAMPED', 'ISSUED'])[j % 6 + 1] END,
    (SELECT id FROM users WHERE username = 'agent'), up,
    ${[1, 2, 3, 4, 5, 6].map((k) => `CASE WHEN back IS NOT NULL THEN ${k === 6 ? 'back' : `up + (back - up) * (${SHARE[k - 1]} - (j % 5) * 0.01)`}
         WHEN j % 6 >= ${k} THEN up + ${k} * (40 + j % 50) * interval '1 minute' + (j % 59) * interval '1 second' + j * interval '1 millisecond' END`).join(',\n    ')}
  FROM t`;

/** DB1405 8.1.2: a monthly sample of completed cases, most reached, some not, refused or pending. */
const SURVEYS = [
  `INSERT INTO survey_batches (month, seed, per_township)
   SELECT DISTINCT date_trunc('month', ${local('completed_at')})::date, 7, 5 FROM cases WHERE status = 'COMPLETED'`,
  `INSERT INTO survey_calls (batch_id, case_id, township_code, outcome, level, called_at)
   SELECT b.id, c.id, split_part(r.path, '/', 4),
     (ARRAY['NOT_REACHED', 'REFUSED', 'PENDING', 'REACHED', 'REACHED', 'REACHED', 'REACHED', 'REACHED'])[c.id % 8 + 1],
     CASE WHEN c.id % 8 >= 3 THEN (ARRAY['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'SATISFIED'])[c.id % 5 + 1]::"EvaluationLevel" END,
     CASE WHEN c.id % 8 <> 2 THEN c.completed_at + interval '20 days' END
   FROM cases c JOIN stations s ON s.id = c.station_id JOIN regions r ON r.code = s.region_code
   JOIN survey_batches b ON b.month = date_trunc('month', ${local('c.completed_at')})::date
   WHERE c.status = 'COMPLETED' AND c.id % 3 = 0`,
];

/** DB1405 8.2: a task per bad rating, due in ten days: most closed on time, some late, some open, a few appeals upheld. */
const RECTIFICATIONS = [
  `INSERT INTO rectifications (source, evaluation_id, case_id, station_id, status, due_date, summary, closed_at, created_at)
   SELECT 'EVALUATION', e.id, e.case_id, c.station_id, CASE WHEN e.id % 5 = 0 THEN 'VERIFIED' ELSE 'CLOSED' END,
     ${local('e.created_at')} + 10, '群众评价不满意：办理时效', 
     CASE WHEN e.id % 5 = 0 THEN NULL WHEN e.id % 5 = 1 THEN e.created_at + interval '15 days' ELSE e.created_at + interval '4 days' END,
     e.created_at + interval '1 hour'
   FROM evaluations e JOIN cases c ON c.id = e.case_id WHERE e.level IN ('DISSATISFIED', 'VERY_DISSATISFIED')`,
  `INSERT INTO rectification_events (rectification_id, type, from_status, to_status, at)
   SELECT id, 'APPEAL_UPHELD', 'APPEALED', 'CLOSED', closed_at FROM rectifications WHERE status = 'CLOSED' AND id % 6 = 0`,
  `UPDATE evaluations e SET appeal_outcome = 'UPHELD', updated_at = now()
   FROM rectifications r JOIN rectification_events x ON x.rectification_id = r.id AND x.type = 'APPEAL_UPHELD'
   WHERE r.evaluation_id = e.id`,
];

async function isEmpty(pool: Pool, table: string): Promise<boolean> {
  return (await pool.query(`SELECT NOT EXISTS (SELECT 1 FROM ${table}) AS empty`)).rows[0].empty;
}

/** Writes the missing facts; returns the tables it filled. */
export async function fillMissingFacts(pool: Pool, force: string[] = []): Promise<string[]> {
  const filled: string[] = [];
  const fill = async (table: string, sql: string[]) => {
    if (!force.includes(table) && !(await isEmpty(pool, table))) return;
    for (const s of sql) await pool.query(s);
    filled.push(table);
  };
  await fill('case_handoffs', [HANDOFFS]);
  await fill('survey_calls', SURVEYS);
  await fill('rectifications', RECTIFICATIONS);
  return filled;
}

const SAME = [
  ['cases', 'SELECT count(*) FROM cases', 'SELECT count() FROM cases FINAL'],
  ['consultations', 'SELECT count(*) FROM consultations', 'SELECT count() FROM consultations FINAL'],
  ['evaluations', `SELECT count(*) FILTER (WHERE appeal_outcome = 'UPHELD') * 1000000 + count(*) FROM evaluations`,
    `SELECT countIf(appeal_outcome = 'UPHELD') * 1000000 + count() FROM evaluations FINAL`],
  ['survey_calls', 'SELECT count(*) FROM survey_calls', 'SELECT count() FROM survey_calls FINAL'],
  ['rectifications', 'SELECT count(*) FROM rectifications', 'SELECT count() FROM rectifications FINAL'],
  ['case_handoffs', 'SELECT count(*) FROM case_handoffs', 'SELECT count() FROM case_handoffs FINAL'],
] as const;

/**
 * Runs the ETL until ClickHouse has every fact row Postgres has. The ETL's horizon is the
 * cluster-wide snapshot xmin: another test seeding in the same server holds it back for a while.
 */
export async function syncUntilEqual(pool: Pool, ch: ClickHouse, sync: () => Promise<void>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sync();
    const diffs: string[] = [];
    for (const [table, pgSql, chSql] of SAME) {
      const pg = Number(Object.values((await pool.query(pgSql)).rows[0])[0]);
      const rs = await ch.client.query({ query: chSql, format: 'JSONEachRow' });
      const chN = Number(Object.values((await rs.json<Record<string, string>>())[0])[0]);
      if (pg !== chN) diffs.push(`${table}: pg ${pg}, ch ${chN}`);
    }
    if (!diffs.length) return;
    if (Date.now() > deadline) throw new Error(`ClickHouse did not catch up: ${diffs.join('; ')}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
