-- clock_stopped: the case has an open pause (补正 or 中止, DB1405 6.3.2). A suspended case keeps the
-- status IN_PROGRESS in Postgres while its time limit stands still, so 超期件数 cannot tell it from
-- a running one by status alone; it counts a running case as overdue only while its clock goes.
-- Existing rows read 0 until the next backfill or change of the case (pauses are rare and short).
ALTER TABLE cases ADD COLUMN IF NOT EXISTS clock_stopped UInt8 DEFAULT 0 AFTER notice_count;
