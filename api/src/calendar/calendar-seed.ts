import type { Pool } from 'pg';
import { chineseDaysRows } from './calendar-source';

export const CALENDAR_FIRST_YEAR = 2020;

/**
 * Fills the working-day calendar from chinese-days when it is empty. Whichever process needs it
 * first does it (the API at boot, the ETL before computing working days on the first backfill);
 * ON CONFLICT makes two at once harmless, and an admin's edits are never overwritten.
 */
export async function ensureCalendar(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM calendar_days');
  if (rows[0].n > 0) return;
  const days = chineseDaysRows(CALENDAR_FIRST_YEAR);
  await pool.query(
    `INSERT INTO calendar_days (date, is_working_day, name, source, updated_at)
     SELECT d, w, n, 'chinese-days', now() FROM unnest($1::date[], $2::bool[], $3::text[]) AS t(d, w, n)
     ON CONFLICT (date) DO NOTHING`,
    [days.map((d) => d.date), days.map((d) => d.isWorkingDay), days.map((d) => d.name)]);
}
