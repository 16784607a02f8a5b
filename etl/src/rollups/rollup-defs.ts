// How each rollup month is computed from the facts (see etl/clickhouse/migrations/0004_rollups.sql
// and 0006_station_rollups.sql).
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

/**
 * Bumped whenever a rollup's definition changes: a ClickHouse whose rollups were built by another
 * version rebuilds them all once (etl/src/sync/streams.ts). 2: case_rollup bases 'due' and
 * 'due_open'; 3: the station rollups (0006).
 */
export const ROLLUP_VERSION = '3';

// 超期件数 (api/src/indicators/registry.ts) split by what does not depend on "today": finished after
// the due date ('due', by month), and still running ('due_open', by due day: overdue once that day
// has passed, decided at query time).
const FINISHED_LATE = '(isNotNull(completed_date) AND completed_date > due_date)';
const RUNNING = `status IN ('ACCEPTED', 'IN_PROGRESS', 'HANDED_UP') AND clock_stopped = 0`;

// As in api/src/indicators/query-builder.ts: every version of a fact row lies in one partition.
const FINAL_PER_PARTITION = 'SETTINGS do_not_merge_across_partitions_select_final = 1';

// The months' local dates, and the same bounds on created_at (the partition key) so that a run
// refreshing this month reads this month's partitions, not all of them (the freshness benchmark's
// ETL run refreshes the current month every second).
const CREATED_IN_MONTHS = `toStartOfMonth(created_date) IN {months:Array(Date)}
        AND created_at >= toDateTime(arrayMin({months:Array(Date)}), 'Asia/Shanghai')
        AND created_at < toDateTime(addMonths(arrayMax({months:Array(Date)}), 1), 'Asia/Shanghai')`;

/** The rollups of one fact table, by catalogue item (0004) and by service station (0006). */
type Dim = 'item_id' | 'station_id';
/** The station rollup beside an item rollup (case_rollup → case_station_rollup). */
export const stationRollupOf = (itemRollup: string) => itemRollup.replace(/_rollup$/, '_station_rollup');
const tables = (base: string, dim: Dim) => {
  const table = dim === 'item_id' ? `${base}_rollup` : stationRollupOf(`${base}_rollup`);
  return { table, stage: `${table}_stage` };
};

function caseRollup(dim: Dim): RollupDef {
  const { table, stage } = tables('case', dim);
  return {
    table, stage, fact: 'cases',
    // One pass over the facts: each case contributes to up to five bases (its registration,
    // acceptance, completion and due months, and its due *day* while it is still running: 超期件数
    // counts it from the day after), unfolded with ARRAY JOIN.
    fill: `INSERT INTO ${stage}
      SELECT if(bs.1 = 'due_open', bs.2, toStartOfMonth(bs.2)) AS month, bs.1 AS basis, county_code, township_code, ${dim},
        count() AS n,
        multiIf(bs.1 = 'created', countIf(notice_count >= 1), bs.1 = 'accepted', countIf(status = 'COMPLETED'),
          bs.1 = 'due', countIf(${FINISHED_LATE}), bs.1 = 'due_open', 0, countIf(completed_date <= due_date)) AS a,
        multiIf(bs.1 = 'created', toInt64(countIf(notice_count = 1)), bs.1 = 'completed', toInt64(sum(ifNull(working_days, 0))), 0) AS b,
        if(bs.1 = 'completed', count(working_days), 0) AS c
      FROM (
        SELECT county_code, township_code, ${dim}, status, clock_stopped, notice_count, completed_date, due_date, working_days,
          arrayFilter(x -> isNotNull(x.2) AND toStartOfMonth(assumeNotNull(x.2)) IN {months:Array(Date)}, [
            ('created', toNullable(${local('created_at')})),
            ('accepted', if(isNull(accepted_at), NULL, ${local('assumeNotNull(accepted_at)')})),
            ('completed', if(status = 'COMPLETED', completed_date, NULL)),
            ('due', due_date),
            ('due_open', if((${RUNNING}) AND NOT ${FINISHED_LATE}, due_date, NULL))]) AS bases
        FROM cases FINAL
        WHERE toStartOfMonth(${local('created_at')}) IN {months:Array(Date)}
           OR (isNotNull(accepted_at) AND toStartOfMonth(${local('assumeNotNull(accepted_at)')}) IN {months:Array(Date)})
           OR (status = 'COMPLETED' AND toStartOfMonth(assumeNotNull(completed_date)) IN {months:Array(Date)})
           OR (isNotNull(due_date) AND toStartOfMonth(assumeNotNull(due_date)) IN {months:Array(Date)})
      )
      ARRAY JOIN bases AS bs
      GROUP BY month, basis, county_code, township_code, ${dim}
      ${FINAL_PER_PARTITION}`,
  };
}

function evaluationRollup(dim: Dim): RollupDef {
  const { table, stage } = tables('evaluation', dim);
  return {
    table, stage, fact: 'evaluations',
    // Evaluations by month of the evaluation, outside upheld appeals (误评 / 恶意评价, DB1405 8.2).
    fill: `INSERT INTO ${stage}
      SELECT toStartOfMonth(created_date) AS month, county_code, township_code, ${dim}, channel,
        count() AS n, sum(satisfied) AS satisfied, sum(bad) AS bad
      FROM evaluations FINAL
      WHERE ${CREATED_IN_MONTHS} AND appeal_outcome != 'UPHELD'
      GROUP BY month, county_code, township_code, ${dim}, channel
      ${FINAL_PER_PARTITION}`,
  };
}

function consultationRollup(dim: Dim): RollupDef {
  const { table, stage } = tables('consultation', dim);
  return {
    table, stage, fact: 'consultations',
    fill: `INSERT INTO ${stage}
      SELECT toStartOfMonth(created_date) AS month, county_code, township_code, ${dim}, channel, count() AS n
      FROM consultations FINAL
      WHERE ${CREATED_IN_MONTHS}
      GROUP BY month, county_code, township_code, ${dim}, channel
      ${FINAL_PER_PARTITION}`,
  };
}

export const ROLLUPS: readonly RollupDef[] = (['item_id', 'station_id'] as const).flatMap((dim) => [
  caseRollup(dim), evaluationRollup(dim), consultationRollup(dim),
]);
