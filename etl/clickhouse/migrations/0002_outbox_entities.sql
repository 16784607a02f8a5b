-- Facts and dimensions moved through the Postgres outbox (etl_changes, Postgres migration 0004).
-- version = the Postgres snapshot horizon (xmin) of the run that read the row: a later run always
-- reads a newer state with a larger xmin, so ReplacingMergeTree keeps the newest; a deleted row is
-- written once more with is_deleted = 1 and disappears from FINAL reads (no ghost rows).
-- Region columns are copied from the handling station at the time of the sync, so every fact
-- filters by a region-path prefix without a join, like the cases table.

CREATE TABLE IF NOT EXISTS consultations
(
    id             UInt32,
    station_id     UInt32,
    agent_id       UInt32,
    region_path    String,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    item_id        UInt32 COMMENT '0 = a matter not in the catalogue',
    topic          String COMMENT 'free text of the matter (off-catalogue demand, DB1405 7.1.2)',
    channel        LowCardinality(String),
    status         LowCardinality(String),
    created_at     DateTime64(3, 'UTC'),
    created_date   Date COMMENT 'local (Asia/Shanghai) date',
    answered_at    Nullable(DateTime64(3, 'UTC')),
    due_date       Nullable(Date),
    version        UInt64,
    is_deleted     UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(created_at)
ORDER BY (county_code, township_code, id);

CREATE TABLE IF NOT EXISTS evaluations
(
    id              UInt32,
    case_id         UInt32,
    occasion        UInt16,
    channel         LowCardinality(String),
    level           LowCardinality(String),
    satisfied       UInt8 COMMENT '非常满意, 满意 or 基本满意',
    bad             UInt8 COMMENT '不满意 or 非常不满意 (差评)',
    done            Nullable(UInt8),
    efficiency      Nullable(UInt8),
    attitude        Nullable(UInt8),
    professionalism Nullable(UInt8),
    appeal_outcome  LowCardinality(String) COMMENT 'UPHELD: 误评/恶意评价 confirmed, outside the rates',
    station_id      UInt32,
    agent_id        UInt32,
    item_id         UInt32,
    region_path     String,
    county_code     LowCardinality(String),
    township_code   LowCardinality(String),
    created_at      DateTime64(3, 'UTC'),
    created_date    Date,
    version         UInt64,
    is_deleted      UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(created_at)
ORDER BY (county_code, township_code, id);

CREATE TABLE IF NOT EXISTS survey_calls
(
    id             UInt32,
    batch_month    Date,
    case_id        UInt32,
    station_id     UInt32,
    region_path    String,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    outcome        LowCardinality(String) COMMENT 'PENDING, REACHED, NOT_REACHED, REFUSED',
    level          LowCardinality(String) COMMENT 'empty when no rating was given',
    called_at      Nullable(DateTime64(3, 'UTC')),
    created_at     DateTime64(3, 'UTC'),
    version        UInt64,
    is_deleted     UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(batch_month)
ORDER BY (county_code, township_code, id);

CREATE TABLE IF NOT EXISTS rectifications
(
    id             UInt32,
    source         LowCardinality(String),
    case_id        UInt32,
    station_id     UInt32,
    region_path    String,
    county_code    LowCardinality(String),
    township_code  LowCardinality(String),
    status         LowCardinality(String),
    due_date       Date,
    created_at     DateTime64(3, 'UTC'),
    created_date   Date,
    closed_at      Nullable(DateTime64(3, 'UTC')),
    closed_date    Nullable(Date),
    alert_level    LowCardinality(String),
    version        UInt64,
    is_deleted     UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(created_at)
ORDER BY (county_code, township_code, id);

CREATE TABLE IF NOT EXISTS regions
(
    code         String,
    name         String,
    level        LowCardinality(String),
    parent_code  String,
    path         String,
    version      UInt64,
    is_deleted   UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY code;

CREATE TABLE IF NOT EXISTS stations
(
    id            UInt32,
    name          String,
    region_code   String,
    region_path   String,
    version       UInt64,
    is_deleted    UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id;

CREATE TABLE IF NOT EXISTS agents
(
    id            UInt32,
    station_id    UInt32,
    name          String COMMENT 'agents are published by name (DB1405 4.4); never citizens',
    category      LowCardinality(String),
    active        UInt8,
    version       UInt64,
    is_deleted    UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id;

CREATE TABLE IF NOT EXISTS catalogue_items
(
    id               UInt32,
    code             String,
    name             String,
    category         LowCardinality(String),
    level            LowCardinality(String),
    time_limit_days  UInt16,
    active           UInt8,
    version          UInt64,
    is_deleted       UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY id;
