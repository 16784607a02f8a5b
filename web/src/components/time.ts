/**
 * Instants as Jincheng reads them: Beijing time (Asia/Shanghai), whatever the browser's zone.
 * Pure; shared by the case and audit pages.
 */

const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-11-14T16:05:09.123Z" → "2026-11-15 00:05" (or with ":09" when `seconds`); invalid → placeholder. */
export function formatDateTime(iso: string | null | undefined, opts: { seconds?: boolean; placeholder?: string } = {}): string {
  const placeholder = opts.placeholder ?? '—';
  if (!iso) return placeholder;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return placeholder;
  const p: Record<string, string> = {};
  for (const part of FORMAT.formatToParts(d)) p[part.type] = part.value;
  const hm = `${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ''}`;
  return `${p.year}-${p.month}-${p.day} ${hm}`;
}

/** The Beijing calendar day of an instant, "YYYY-MM-DD". */
export function shanghaiDay(d: Date): string {
  return formatDateTime(d.toISOString()).slice(0, 10);
}
