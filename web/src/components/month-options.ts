/** Option lists of the month picker. Pure. */

/** Years from `max`'s year back `count` years (newest first); includes `value`'s year if older. */
export function yearOptions(max: string, count: number, value?: string): string[] {
  const top = Number(max.slice(0, 4));
  const out: string[] = [];
  for (let y = top; y > top - count; y--) out.push(String(y));
  const vy = value?.slice(0, 4);
  if (vy && /^\d{4}$/.test(vy) && !out.includes(vy)) {
    out.push(vy);
    out.sort((a, b) => Number(b) - Number(a));
  }
  return out;
}

/** The 12 months of a year as options; those after `max` are disabled. */
export function monthOptions(year: string, max: string): { value: string; label: string; disabled: boolean }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const value = String(i + 1).padStart(2, '0');
    return { value, label: `${i + 1}月`, disabled: `${year}-${value}` > max };
  });
}
