// Field-level difference between two contents of an item (DB1405 7.1.3: every adjustment of the
// catalogue is visible as what changed). Pure.
import type { ItemContent, MaterialContent } from './content';

export const SCALAR_FIELDS = [
  'name', 'category', 'source', 'level', 'department', 'legalBasis', 'timeLimitDays', 'statutoryFee',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/**
 * One change. Scalars and the procedure are compared as a whole ('set'); materials are matched
 * by name (names are unique within an item) so that "one material added, one copy count
 * changed" reads as such rather than as a rewritten list.
 */
export type ContentChange =
  | { field: ScalarField; op: 'set'; before: string | number | null; after: string | number }
  | { field: 'procedure'; op: 'set'; before: string[] | null; after: string[] }
  | { field: 'materials'; op: 'added'; name: string; after: MaterialContent }
  | { field: 'materials'; op: 'removed'; name: string; before: MaterialContent }
  | { field: 'materials'; op: 'changed'; name: string; before: MaterialContent; after: MaterialContent }
  | { field: 'materials'; op: 'reordered'; before: string[]; after: string[] };

const sameMaterial = (a: MaterialContent, b: MaterialContent) =>
  a.form === b.form && a.copies === b.copies && a.howToGet === b.howToGet;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What `next` changes relative to `prev`; `prev` null (a first version) lists everything as new. */
export function diffItemContent(prev: ItemContent | null, next: ItemContent): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const field of SCALAR_FIELDS) {
    const before = prev ? prev[field] : null;
    if (before !== next[field]) changes.push({ field, op: 'set', before, after: next[field] } as ContentChange);
  }
  if (!prev || !sameList(prev.procedure, next.procedure)) {
    changes.push({ field: 'procedure', op: 'set', before: prev ? [...prev.procedure] : null, after: [...next.procedure] });
  }

  const before = new Map((prev?.materials ?? []).map((m) => [m.name, m]));
  const after = new Map(next.materials.map((m) => [m.name, m]));
  for (const m of prev?.materials ?? []) {
    if (!after.has(m.name)) changes.push({ field: 'materials', op: 'removed', name: m.name, before: { ...m } });
  }
  for (const m of next.materials) {
    const old = before.get(m.name);
    if (!old) changes.push({ field: 'materials', op: 'added', name: m.name, after: { ...m } });
    else if (!sameMaterial(old, m)) changes.push({ field: 'materials', op: 'changed', name: m.name, before: { ...old }, after: { ...m } });
  }
  // Order matters to citizens reading the checklist; report it only among materials kept.
  const keptBefore = (prev?.materials ?? []).map((m) => m.name).filter((n) => after.has(n));
  const keptAfter = next.materials.map((m) => m.name).filter((n) => before.has(n));
  if (!sameList(keptBefore, keptAfter)) changes.push({ field: 'materials', op: 'reordered', before: keptBefore, after: keptAfter });
  return changes;
}
