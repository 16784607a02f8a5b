// How each rollup month is computed from the facts (see etl/clickhouse/migrations/0004_rollups.sql).
// `{months:Array(Date)}` is the only variable: the first days of the months to recompute.

export interface RollupDef {
  table: string;
  stage: string;
  /** The fact table whose changes touch this rollup. */
  fact: string;
  /** INSERT INTO stage … for the given months. */
  fill: string;
}

const local = (col: string) => `toDate(${col}, 'Asia/Shanghai')`;

export const ROLLUPS: readonly RollupDef[] = [
  {
    table: 'case_rollup', stage: 'case_rollup_stage', fact: 'cases',
    // One pass over the facts: each case contributes to up to three bases (its registration,
    // acceptance and completion months), unfolded with ARRAY JOIN.
    fill: `INSERT INTO case_rollup_stage
      SELECT toStartOfMonth(bs.2) AS month, bs.1 AS basis, county_code, township_code, item_id,
        count() AS n,
        multiIf(bs.1 = 'created', countIf(notice_count >= 1), bs.1 = 'accepted', countIf(status = 'COMPLETED'), countIf(completed_date <= due_date)) AS a,
        multiIf(bs.1 = 'created', toInt64(countIf(notice_count = 1)), bs.1 = 'completed', toInt64(sum(ifNull(working_days, 0))), 0) AS b,
        if(bs.1 = 'completed', count(working_days), 0) AS c
      FROM (
        SELECT county_code, township_code, item_id, status, notice_count, completed_date, due_date, working_days,
          arrayFilter(x -> isNotNull(x.2) AND toStartOfMonth(assumeNotNull(x.2)) IN {months:Array(Date)}, [
            ('created', toNullable(${local('created_at')})),
            ('accepted', if(isNull(accepted_at), NULL, ${local('assumeNotNull(accepted_at)')})),
            ('completed', if(status = 'COMPLETED', completed_date, NULL))]) AS bases
        FROM cases FINAL
        WHERE toStartOfMonth(${local('created_at')}) IN {months:Array(Date)}
           OR (isNotNull(accepted_at) AND toStartOfMonth(${local('assumeNotNull(accepted_at)')}) IN {months:Array(Date)})
           OR (status = 'COMPLETED' AND toStartOfMonth(assumeNotNull(completed_date)) IN {months:Array(Date)})
      )
      ARRAY JOIN bases AS bs
      GROUP BY month, basis, county_code, township_code, item_id`,
  },
  {
    table: 'evaluation_rollup', stage: 'evaluation_rollup_stage', fact: 'evaluations',
    fill: `INSERT INTO evaluation_rollup_stage
      SELECT toStartOfMonth(created_date) AS month, county_code, township_code, item_id, channel,
        count() AS n, sum(satisfied) AS satisfied, sum(bad) AS bad
      FROM evaluations FINAL
      WHERE toStartOfMonth(created_date) IN {months:Array(Date)} AND appeal_outcome != 'UPHELD'
      GROUP BY month, county_code, township_code, item_id, channel`,
  },
  {
    table: 'consultation_rollup', stage: 'consultation_rollup_stage', fact: 'consultations',
    fill: `INSERT INTO consultation_rollup_stage
      SELECT toStartOfMonth(created_date) AS month, county_code, township_code, item_id, channel, count() AS n
      FROM consultations FINAL
      WHERE toStartOfMonth(created_date) IN {months:Array(Date)}
      GROUP BY month, county_code, township_code, item_id, channel`,
  },
];
