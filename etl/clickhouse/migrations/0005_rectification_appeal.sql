-- A rectification closed because its appeal was upheld (误评 / 恶意评价, DB1405 8.2) needed no
-- rectification: the on-time rate and the public progress count it apart (Postgres: the task's
-- APPEAL_UPHELD event).
ALTER TABLE rectifications ADD COLUMN IF NOT EXISTS appeal_upheld UInt8 DEFAULT 0 AFTER alert_level;
