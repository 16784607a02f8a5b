import { maskName } from '../privacy/masking';
import { workingDaysBetween, type WorkingCalendar } from '../calendar/working-days';
import { CONSENT_METHODS, EXTENSION_STATUSES, FAILURE_REASONS, NOTIFY_CHANNELS, PAUSE_KINDS } from './case-codes';
import type { CaseAction } from './case-state';
import { shanghaiDate, type DueInfo } from './due-date';
import { HOP_STATUS_TEXT, hopTimeline, nextStep, type HopStatus } from './handoff-steps';
import { FORM_TEXT } from './one-time-notice';

// What staff screens get of a case. Lists and details carry only masked personal data (PIPL;
// GB/T 35273): the full name, phone and ID number come from the separate, audited citizen view.
// Staff appear by login name (actors of events) or masked name (agents).

export interface CaseRow {
  id: number;
  caseNo: string;
  status: string;
  level: string;
  citizenName: string;
  citizenPhoneMasked: string;
  citizenIdMasked: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
  dueDate: Date | null;
  completedAt: Date | null;
  pausedDays: number;
  failureReason: string | null;
  itemVersion: number;
  homeVisit: boolean;
  version: number;
  alertLevel: string;
  item: { id: number; name: string };
  station: { id: number; name: string };
  agent: { id: number; name: string };
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;
const label = <T extends Record<string, string>>(table: T, key: string | null) => (key ? (table as Record<string, string>)[key] ?? key : null);

const FINISHED_STATUSES = new Set(['COMPLETED', 'FAILED']);

/**
 * Working days from `today` to the due date for the workbench's countdown badge: 0 on the due
 * date, negative once overdue; null when finished, not yet accepted, or past the calendar.
 */
export function remainingWorkingDays(cal: WorkingCalendar, today: string, c: Pick<CaseRow, 'status' | 'dueDate'>): number | null {
  const due = isoDate(c.dueDate);
  if (!due || FINISHED_STATUSES.has(c.status) || due > cal.coveredUntil || today > cal.coveredUntil) return null;
  return workingDaysBetween(cal, today, due);
}

export function caseSummary(c: CaseRow, remaining: number | null = null) {
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    level: c.level,
    item: { id: c.item.id, name: c.item.name },
    station: { id: c.station.id, name: c.station.name },
    agentName: maskName(c.agent.name),
    citizen: { name: maskName(c.citizenName), phone: c.citizenPhoneMasked, idNumber: c.citizenIdMasked },
    createdAt: c.createdAt.toISOString(),
    acceptedAt: iso(c.acceptedAt),
    dueDate: isoDate(c.dueDate),
    completedAt: iso(c.completedAt),
    /** Time-limit alert raised so far (DB1405 7.2.1 e): NONE, WARN_50, WARN_80, OVERDUE, FLAGGED. */
    alertLevel: c.alertLevel,
    /** Countdown for badges: working days left until the due date (negative: overdue). */
    remainingWorkingDays: remaining,
    /** Send it back as expectedVersion with every change (optimistic concurrency). */
    version: c.version,
  };
}

export interface DetailRow extends CaseRow {
  extensionDays: number;
  failureNote: string | null;
  consentAt: Date;
  consentMethod: string | null;
  notifiedAt: Date | null;
  notifyChannel: string | null;
  deliveredAt: Date | null;
  statutoryFee: { toString(): string } | null;
  feeReceiptNo: string | null;
  reapplicationOfId: number | null;
  consultationId: number | null;
}

export interface EventRow { id: bigint; type: string; fromStatus: string | null; toStatus: string | null; at: Date; data: unknown; actor: { username: string } | null }
export interface MaterialRow { id: number; materialId: number | null; name: string; form: keyof typeof FORM_TEXT; copies: number; howToGet: string; provided: boolean; providedAt: Date | null }
export interface PauseRow { id: number; kind: string; reason: string; startedAt: Date; endedAt: Date | null; workingDays: number }
export interface ExtensionRow { id: number; days: number; reason: string; status: string; requestedById: number; requestedAt: Date; decidedById: number | null; decidedAt: Date | null; decisionNote: string | null }
export interface FileRow { id: number; handoffId: number | null; materialName: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string; uploadedById: number; createdAt: Date }
export interface HopRow {
  id: number; level: string; toRegionCode: string; status: string; handedUpById: number; handedUpAt: Date; dueDate: Date | null;
  materialsConfirmedAt: Date | null; reviewedAt: Date | null; signedAt: Date | null; stampedAt: Date | null; issuedAt: Date | null; returnedAt: Date | null;
  certificateNo: string | null; reviewerId: number | null; resultNote: string | null;
}
export interface VisitRow { id: number; visitDate: Date; note: string; createdAt: Date; agentId: number }

export interface DetailParts {
  events: EventRow[];
  materials: MaterialRow[];
  pauses: PauseRow[];
  extensions: ExtensionRow[];
  hops: HopRow[];
  files: FileRow[];
  visits: VisitRow[];
  reapplications: { id: number; caseNo: string }[];
  due: DueInfo;
  actions: CaseAction[];
  /** Login names of the staff the rows mention (user id → username). */
  users: Map<number, string>;
  /** Agent id → name (masked on output). */
  agents: Map<number, string>;
  regions: Map<string, string>;
  calendar: WorkingCalendar;
  now: Date;
}

export function fileView(f: FileRow, users: Map<number, string>) {
  return {
    id: f.id, handoffId: f.handoffId, materialName: f.materialName, fileName: f.fileName, mimeType: f.mimeType,
    sizeBytes: f.sizeBytes, sha256: f.sha256, uploadedBy: users.get(f.uploadedById) ?? null, createdAt: f.createdAt.toISOString(),
  };
}

/** One hop with its steps and its own clock (DB1405 7.2.3). */
export function hopView(h: HopRow, p: Pick<DetailParts, 'users' | 'regions' | 'calendar' | 'now'>, note: string | null, files: FileRow[]) {
  const end = h.returnedAt ?? p.now;
  const due = isoDate(h.dueDate);
  const endDay = shanghaiDate(end);
  return {
    id: h.id,
    level: h.level,
    toRegion: { code: h.toRegionCode, name: p.regions.get(h.toRegionCode) ?? h.toRegionCode },
    status: h.status,
    statusText: HOP_STATUS_TEXT[h.status as HopStatus] ?? h.status,
    nextStep: nextStep(h.status as HopStatus),
    note,
    handedUpBy: p.users.get(h.handedUpById) ?? null,
    reviewer: h.reviewerId ? p.users.get(h.reviewerId) ?? null : null,
    handedUpAt: h.handedUpAt.toISOString(),
    dueDate: due,
    returnedAt: iso(h.returnedAt),
    certificateNo: h.certificateNo,
    resultNote: h.resultNote,
    steps: hopTimeline(h),
    elapsedMinutes: Math.round((end.getTime() - h.handedUpAt.getTime()) / 60_000),
    elapsedWorkingDays: safeBetween(p.calendar, shanghaiDate(h.handedUpAt), endDay),
    overdue: !!due && endDay > due,
    files: files.map((f) => fileView(f, p.users)),
  };
}

function safeBetween(cal: WorkingCalendar, from: string, to: string): number | null {
  return to > cal.coveredUntil ? null : workingDaysBetween(cal, from, to);
}

export function caseDetail(c: DetailRow, p: DetailParts & { today: string }) {
  const notes = new Map<number, string | null>();
  for (const e of p.events) {
    const d = e.data as { handoffId?: number; note?: string } | null;
    if (e.type === 'HANDED_UP' && d?.handoffId) notes.set(d.handoffId, d.note ?? null);
  }
  return {
    ...caseSummary(c, remainingWorkingDays(p.calendar, p.today, c)),
    itemVersion: c.itemVersion,
    homeVisit: c.homeVisit,
    pausedDays: c.pausedDays,
    extensionDays: c.extensionDays,
    failureReason: c.failureReason,
    failureReasonText: label(FAILURE_REASONS, c.failureReason),
    failureNote: c.failureNote,
    consent: { at: c.consentAt.toISOString(), method: c.consentMethod, methodText: label(CONSENT_METHODS, c.consentMethod) },
    notification: { notifiedAt: iso(c.notifiedAt), channel: c.notifyChannel, channelText: label(NOTIFY_CHANNELS, c.notifyChannel) },
    deliveredAt: iso(c.deliveredAt),
    fee: { statutoryFee: c.statutoryFee === null ? null : Number(c.statutoryFee.toString()), receiptNo: c.feeReceiptNo, proxyFee: 0 },
    consultationId: c.consultationId,
    reapplicationOfId: c.reapplicationOfId,
    reapplications: p.reapplications,
    due: p.due,
    materials: p.materials.map((m) => ({
      id: m.id, materialId: m.materialId, name: m.name, form: m.form, formText: FORM_TEXT[m.form], copies: m.copies, howToGet: m.howToGet,
      provided: m.provided, providedAt: iso(m.providedAt),
    })),
    hasNotice: p.materials.some((m) => !m.provided),
    pauses: p.pauses.map((x) => ({
      id: x.id, kind: x.kind, kindText: label(PAUSE_KINDS, x.kind), reason: x.reason, startedAt: x.startedAt.toISOString(), endedAt: iso(x.endedAt), workingDays: x.workingDays,
    })),
    extensions: p.extensions.map((x) => ({
      id: x.id, days: x.days, reason: x.reason, status: x.status, statusText: label(EXTENSION_STATUSES, x.status),
      requestedBy: p.users.get(x.requestedById) ?? null, requestedAt: x.requestedAt.toISOString(),
      decidedBy: x.decidedById ? p.users.get(x.decidedById) ?? null : null, decidedAt: iso(x.decidedAt), decisionNote: x.decisionNote,
    })),
    handoffs: p.hops.map((h) => hopView(h, p, notes.get(h.id) ?? null, p.files.filter((f) => f.handoffId === h.id))),
    files: p.files.map((f) => fileView(f, p.users)),
    homeVisits: p.visits.map((v) => ({ id: v.id, visitDate: isoDate(v.visitDate), note: v.note, agentName: maskName(p.agents.get(v.agentId) ?? ''), createdAt: v.createdAt.toISOString() })),
    allowedActions: p.actions,
    /** The timeline: every event of the case, oldest first, with the before/after of what changed. */
    events: p.events.map((e) => ({
      id: String(e.id), type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.at.toISOString(), actor: e.actor?.username ?? null, data: e.data ?? {},
    })),
  };
}
