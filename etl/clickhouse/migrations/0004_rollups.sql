-- Rollups for the dashboard's common grain: month × county × township × catalogue item (issue 6).
-- A month's rows are recomputed from the deduplicated facts (FINAL) whenever the ETL touched that
-- month, into a staging table, then swapped in with REPLACE PARTITION: readers see the old month or
-- the new one, never a half. (An incremental materialized view cannot follow ReplacingMergeTree
-- replacements: it would count a re-sent or updated case twice.)
--
-- case_rollup.basis and what n, a, b, c count in it:
--   created   (登记日期)  n = cases, a = with a notice of missing materials, b = told exactly once
--   accepted  (受理日期)  n = accepted cases, a = of them completed
--   completed (办结日期)  n = completed cases, a = on time, b = sum of working days, c = cases with working days
CREATE TABLE IF NOT EXISTS case_rollup
(
    month          Date,
    basis          LowCardinality(String),
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    item_id        UInt32,
    n              UInt64,
    a              UInt64,
    b              Int64,
    c              UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (basis, county_code, township_code, item_id);

CREATE TABLE IF NOT EXISTS case_rollup_stage AS case_rollup;

-- Evaluations by month of the evaluation, outside upheld appeals (误评 / 恶意评价, DB1405 8.2).
CREATE TABLE IF NOT EXISTS evaluation_rollup
(
    month          Date,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    item_id        UInt32,
    channel        LowCardinality(String),
    n              UInt64,
    satisfied      UInt64,
    bad            UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (county_code, township_code, item_id, channel);

CREATE TABLE IF NOT EXISTS evaluation_rollup_stage AS evaluation_rollup;

CREATE TABLE IF NOT EXISTS consultation_rollup
(
    month          Date,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    item_id        UInt32,
    channel        LowCardinality(String),
    n              UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (county_code, township_code, item_id, channel);

CREATE TABLE IF NOT EXISTS consultation_rollup_stage AS consultation_rollup;
