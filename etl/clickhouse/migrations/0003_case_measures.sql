-- Measures the indicators need on each case, computed at extraction from Postgres (case-queries.ts):
-- working_days: working days from acceptance to completion (次日起算) minus paused working days
--   (补正/中止, DB1405 6.3), by the working-day calendar; null while open or outside the calendar.
-- notice_count: how many times the citizen was told about missing materials (the intake notice
--   plus every later 补正 request); 一次性告知 (DB1405 6.2.2) means exactly one.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS working_days Nullable(Int32) AFTER paused_days;
ALTER TABLE cases ADD COLUMN IF NOT EXISTS notice_count UInt16 DEFAULT 0 AFTER working_days;

-- Cross-level hand-offs (DB1405 7.2.3), one row per hop, for per-step durations.
CREATE TABLE IF NOT EXISTS case_handoffs
(
    id                     UInt32,
    case_id                UInt32,
    level                  LowCardinality(String),
    to_region_code         String,
    status                 LowCardinality(String),
    station_id             UInt32,
    item_id                UInt32,
    region_path            String,
    county_code            LowCardinality(String),
    township_code          LowCardinality(String),
    handed_up_at           DateTime64(3, 'UTC'),
    handed_up_date         Date,
    materials_confirmed_at Nullable(DateTime64(3, 'UTC')),
    reviewed_at            Nullable(DateTime64(3, 'UTC')),
    signed_at              Nullable(DateTime64(3, 'UTC')),
    stamped_at             Nullable(DateTime64(3, 'UTC')),
    issued_at              Nullable(DateTime64(3, 'UTC')),
    returned_at            Nullable(DateTime64(3, 'UTC')),
    version                UInt64,
    is_deleted             UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
PARTITION BY toYYYYMM(handed_up_at)
ORDER BY (county_code, township_code, id);
