// Version rows → what the API shows: who proposed and decided (names masked, as in every list),
// and the field-level diff against the previous PUBLISHED version of the item. Pure.
import { maskName } from '../privacy/masking';
import { contentFromJson, type ItemContent } from './content';
import { diffItemContent, type ContentChange } from './content-diff';
import { dateColumnToIso } from './publication';

export interface VersionRow {
  id: number;
  itemId: number;
  version: number;
  changeType: string;
  status: string;
  content: unknown;
  reason: string;
  evidence: unknown;
  effectiveFrom: Date | null;
  proposedById: number | null;
  proposedAt: Date;
  decidedById: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  publishedAt: Date | null;
  appliedAt: Date | null;
}

export interface UserRef {
  id: number;
  displayName: string;
  role: string;
}

export interface PersonRef {
  name: string;
  role: string;
}

export interface VersionView {
  id: number;
  itemId: number;
  version: number;
  changeType: string;
  status: string;
  reason: string;
  evidence: unknown;
  effectiveFrom: string | null;
  proposedBy: PersonRef | null;
  proposedAt: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionNote: string | null;
  publishedAt: string | null;
  appliedAt: string | null;
  current: boolean;
  content: ItemContent;
  comparedTo: number | null;
  diff: ContentChange[];
}

/** The latest published version of the item below `version` (what `version` changes), or null. */
export function previousPublished<T extends Pick<VersionRow, 'version' | 'status'>>(versionsOfItem: readonly T[], version: number): T | null {
  let best: T | null = null;
  for (const v of versionsOfItem) {
    if (v.status === 'PUBLISHED' && v.version < version && (!best || v.version > best.version)) best = v;
  }
  return best;
}

function person(users: ReadonlyMap<number, UserRef>, id: number | null): PersonRef | null {
  if (id === null) return null;
  const u = users.get(id);
  return u ? { name: maskName(u.displayName), role: u.role } : { name: '—', role: '' };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * One version as shown. `versionsOfItem` must hold at least the item's published versions;
 * `currentVersion` is the item's version in effect.
 */
export function toVersionView(row: VersionRow, versionsOfItem: readonly VersionRow[], users: ReadonlyMap<number, UserRef>, currentVersion: number): VersionView {
  const prev = previousPublished(versionsOfItem, row.version);
  const content = contentFromJson(row.content);
  return {
    id: row.id,
    itemId: row.itemId,
    version: row.version,
    changeType: row.changeType,
    status: row.status,
    reason: row.reason,
    evidence: row.evidence ?? null,
    effectiveFrom: dateColumnToIso(row.effectiveFrom),
    proposedBy: person(users, row.proposedById),
    proposedAt: row.proposedAt.toISOString(),
    decidedBy: person(users, row.decidedById),
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
    publishedAt: iso(row.publishedAt),
    appliedAt: iso(row.appliedAt),
    current: row.version === currentVersion && row.appliedAt !== null,
    content,
    comparedTo: prev ? prev.version : null,
    diff: diffItemContent(prev ? contentFromJson(prev.content) : null, content),
  };
}

/** The user ids a list of versions mentions (to load their names in one query). */
export function mentionedUsers(rows: readonly VersionRow[]): number[] {
  const ids = new Set<number>();
  for (const r of rows) {
    if (r.proposedById !== null) ids.add(r.proposedById);
    if (r.decidedById !== null) ids.add(r.decidedById);
  }
  return [...ids];
}
