// Months of the 回访 survey (DB1405 8.1.2) are calendar months in Asia/Shanghai. Pure.

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** [start, end) instants of a YYYY-MM month in China time. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: new Date(`${month}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
}

/** The DATE column value of survey_batches.month. */
export const monthColumn = (month: string) => new Date(`${month}-01T00:00:00Z`);
export const monthOfColumn = (d: Date) => d.toISOString().slice(0, 7);

/** The month before the one containing `today` (YYYY-MM-DD). */
export function previousMonth(today: string): string {
  const [y, m] = today.slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
