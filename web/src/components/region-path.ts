/**
 * Finding the way from the scope root down to a region given only its code (e.g. from a shared
 * link). Chinese administrative division codes nest by prefix: city 140500 → county 140522 →
 * township 140522100 → village 140522100201; six-digit codes of provinces and cities are padded
 * with "00" pairs. Pure.
 */
import type { Region, RegionLevel } from '../api/types';

/** The prefix a code's descendants share: 140500 → 1405, 140000 → 14, 140522 → 140522. */
export function descendantPrefix(code: string): string {
  if (code.length !== 6) return code;
  let p = code;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return p;
}

/** True when `code` is `target` itself or one of its ancestors. */
export function isSelfOrAncestor(code: string, target: string): boolean {
  if (code === target) return true;
  const prefix = descendantPrefix(code);
  return prefix.length < target.length && target.startsWith(prefix);
}

/**
 * Among the children of a region, the one on the way to `target` (the target itself or its
 * ancestor); the longest matching prefix wins. null when none is.
 */
export function pickOnPath(options: readonly Region[], target: string | null): Region | null {
  if (!target) return null;
  let best: Region | null = null;
  for (const r of options) {
    if (r.code === target) return r;
    if (isSelfOrAncestor(r.code, target)) {
      if (!best || descendantPrefix(r.code).length > descendantPrefix(best.code).length) best = r;
    }
  }
  return best;
}

const NEXT_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  PROVINCE: 'CITY',
  CITY: 'COUNTY',
  COUNTY: 'TOWNSHIP',
  TOWNSHIP: 'VILLAGE',
  VILLAGE: null,
};

/** The level of a region's children; null for the lowest level (villages / service stations). */
export function childLevel(level: RegionLevel | string): RegionLevel | null {
  return NEXT_LEVEL[level as RegionLevel] ?? null;
}
