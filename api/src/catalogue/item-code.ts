// Codes of new catalogue items (DB1405 7.1.2: locally added items join the list). The seeded
// catalogue numbers items per category ('JC-MZ-001' for 民政); a new item continues the series of
// its category, or 'JC-QT-' (其他) for a category not seen before. Pure.

const CODE = /^(.*-)(\d+)$/;
export const FALLBACK_PREFIX = 'JC-QT-';

/** The prefix used by items of the same category ('JC-MZ-'), or the fallback. */
export function prefixForCategory(category: string, items: ReadonlyArray<{ code: string; category: string }>): string {
  const same = items.filter((i) => i.category === category).map((i) => CODE.exec(i.code)?.[1]).filter((p): p is string => !!p);
  if (same.length === 0) return FALLBACK_PREFIX;
  // the most common prefix wins (ties: the alphabetically first, for a stable answer)
  const counts = new Map<string, number>();
  for (const p of same) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** The next free code with `prefix`: one above the highest number in use, at least 3 digits. */
export function nextCode(prefix: string, codes: readonly string[]): string {
  let max = 0;
  for (const code of codes) {
    if (!code.startsWith(prefix)) continue;
    const m = /^\d+$/.exec(code.slice(prefix.length));
    if (m) max = Math.max(max, Number(m[0]));
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
