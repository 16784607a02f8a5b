-- Rollups by service station (month × county × township × station, no catalogue item): the
-- dashboard's drill-down from a township to its stations read the deduplicated facts (FINAL) and
-- took 0.9-1 s at 10 M cases (docs/benchmarks.md). Same columns and meaning as the rollups of
-- 0004 with station_id in place of item_id, filled from the same facts in the same ETL runs
-- (etl/src/rollups/rollup-defs.ts). case_station_rollup.basis also takes 'due' (超期件数).
CREATE TABLE IF NOT EXISTS case_station_rollup
(
    month          Date,
    basis          LowCardinality(String),
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    station_id     UInt32,
    n              UInt64,
    a              UInt64,
    b              Int64,
    c              UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (basis, county_code, township_code, station_id);

CREATE TABLE IF NOT EXISTS case_station_rollup_stage AS case_station_rollup;

CREATE TABLE IF NOT EXISTS evaluation_station_rollup
(
    month          Date,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    station_id     UInt32,
    channel        LowCardinality(String),
    n              UInt64,
    satisfied      UInt64,
    bad            UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (county_code, township_code, station_id, channel);

CREATE TABLE IF NOT EXISTS evaluation_station_rollup_stage AS evaluation_station_rollup;

CREATE TABLE IF NOT EXISTS consultation_station_rollup
(
    month          Date,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    station_id     UInt32,
    channel        LowCardinality(String),
    n              UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(month)
ORDER BY (county_code, township_code, station_id, channel);

CREATE TABLE IF NOT EXISTS consultation_station_rollup_stage AS consultation_station_rollup;
