-- Facts of cases, keyed like Postgres: ReplacingMergeTree(version, is_deleted) keeps the newest
-- version of each case id, so re-sending a row (a retried batch) never counts it twice.
-- The partition and sort keys use only columns that never change for a case (created_at,
-- region), as replacement happens only within a partition and a sort key.
CREATE TABLE IF NOT EXISTS cases
(
    id             UInt32,
    case_no        String,
    station_id     UInt32,
    region_path    String,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    village_code   String,
    item_id        UInt32,
    agent_id       UInt32,
    status         LowCardinality(String),
    level          LowCardinality(String),
    home_visit     UInt8,
    created_at     DateTime64(3, 'UTC'),
    accepted_at    Nullable(DateTime64(3, 'UTC')),
    due_date       Nullable(Date),
    completed_at   Nullable(DateTime64(3, 'UTC')),
    completed_date Nullable(Date) COMMENT 'local (Asia/Shanghai) date of completion',
    paused_days    UInt16,
    updated_at     DateTime64(3, 'UTC'),
    version        UInt32,
    is_deleted     UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(created_at)
ORDER BY (county_code, township_code, id);

-- Case events are immutable; the id alone dedups a re-sent row.
CREATE TABLE IF NOT EXISTS case_events
(
    id           UInt64,
    case_id      UInt32,
    type         LowCardinality(String),
    from_status  LowCardinality(String),
    to_status    LowCardinality(String),
    actor_id     Nullable(UInt32),
    at           DateTime64(3, 'UTC'),
    region_path  String,
    data         String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(at)
ORDER BY id;

-- Where each ETL stream stands: the Postgres transaction horizon (xid8) below which every
-- change is already here. Stored beside the data it describes, so a lost ClickHouse also loses
-- its checkpoint and is rebuilt from scratch instead of silently missing history.
CREATE TABLE IF NOT EXISTS etl_checkpoints
(
    stream      String,
    position    UInt64,
    rows_moved  UInt64,
    updated_at  DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY stream;
