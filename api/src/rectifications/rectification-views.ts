// Rectifications as screens show them (DB1405 8.2). Pure. The citizen appears only by masked name;
// the evaluation's comment only as its redacted copy (names, phones and ID numbers masked).
import { isoOfDateColumn } from '../cases/due-date';
import { redactComment } from '../evaluations/redact';
import { maskName } from '../privacy/masking';
import { RECTIFICATION_ALERT_TEXT, type RectificationAlert } from './rectification-escalation';
import {
  APPEAL_REASONS, EVENT_TEXT, STATUS_TEXT, type RectificationAction, type RectificationStatus,
} from './rectification-state';

export const LEVEL_TEXT: Record<string, string> = {
  VERY_SATISFIED: '非常满意', SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意', VERY_DISSATISFIED: '非常不满意',
};
export const SOURCE_TEXT: Record<string, string> = { EVALUATION: '差评', SURVEY: '回访发现' };
const CHANNEL_TEXT: Record<string, string> = { ONLINE: '线上评价', DEVICE: '评价器', PAPER: '书面评价表', COMMENT_BOX: '意见箱' };

/** How a closed rectification ended: re-checked after rectification, or an upheld appeal. */
export type Outcome = 'RECHECKED' | 'APPEAL_UPHELD' | null;
export const OUTCOME_TEXT: Record<Exclude<Outcome, null>, string> = { RECHECKED: '整改复查通过', APPEAL_UPHELD: '申诉成立' };

export interface RectificationRow {
  id: number;
  source: string;
  status: string;
  summary: string;
  dueDate: Date;
  alertLevel: string;
  closedAt: Date | null;
  createdAt: Date;
  version: number;
  case: { id: number; caseNo: string; citizenName: string; item: { id: number; name: string } };
  station: { id: number; name: string };
}

export interface RectificationDetailRow extends RectificationRow {
  verifyNote: string | null;
  measures: string | null;
  feedbackNote: string | null;
  recheckNote: string | null;
  appealReason: string | null;
  appealNote: string | null;
  evaluation: {
    id: number; level: string; channel: string; comment: string | null; commentRedacted: string | null; done: boolean | null;
    appealOutcome: string | null; createdAt: Date;
  } | null;
  surveyCall: { id: number; level: string | null; finding: string | null; comment: string | null; calledAt: Date | null } | null;
}

export interface EventRow {
  id: bigint;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: number | null;
  data: unknown;
  at: Date;
}

const text = (map: Record<string, string>, key: string | null) => (key ? map[key] ?? key : null);

/** Due by end of `dueDate`: overdue once the local day is past it, until closed. */
export function isOverdue(r: { status: string; dueDate: Date }, today: string): boolean {
  return r.status !== 'CLOSED' && today > isoOfDateColumn(r.dueDate)!;
}

export function rectificationSummary(r: RectificationRow, today: string) {
  return {
    id: r.id,
    source: r.source,
    sourceText: text(SOURCE_TEXT, r.source),
    status: r.status,
    statusText: STATUS_TEXT[r.status as RectificationStatus] ?? r.status,
    summary: r.summary,
    dueDate: isoOfDateColumn(r.dueDate),
    overdue: isOverdue(r, today),
    alertLevel: r.alertLevel,
    alertText: RECTIFICATION_ALERT_TEXT[r.alertLevel as RectificationAlert] ?? r.alertLevel,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    case: { id: r.case.id, caseNo: r.case.caseNo, citizenName: maskName(r.case.citizenName) },
    item: r.case.item,
    station: r.station,
  };
}

/** The outcome of a closed rectification, read from the event that closed it. */
export function outcomeOf(status: string, events: { type: string }[]): Outcome {
  if (status !== 'CLOSED') return null;
  return events.some((e) => e.type === 'APPEAL_UPHELD') ? 'APPEAL_UPHELD' : 'RECHECKED';
}

export function rectificationDetail(
  r: RectificationDetailRow, events: EventRow[], actors: Map<number, string>, allowed: RectificationAction[], today: string,
) {
  const outcome = outcomeOf(r.status, events);
  const e = r.evaluation;
  return {
    ...rectificationSummary(r, today),
    verifyNote: r.verifyNote,
    measures: r.measures,
    feedbackNote: r.feedbackNote,
    recheckNote: r.recheckNote,
    appeal: r.appealReason ? { reason: r.appealReason, reasonText: text(APPEAL_REASONS, r.appealReason), note: r.appealNote } : null,
    outcome,
    outcomeText: outcome ? OUTCOME_TEXT[outcome] : null,
    evaluation: e && {
      id: e.id, level: e.level, levelText: text(LEVEL_TEXT, e.level), channel: e.channel, channelText: text(CHANNEL_TEXT, e.channel),
      done: e.done, appealOutcome: e.appealOutcome, createdAt: e.createdAt.toISOString(),
      // The redacted copy written with the evaluation; an older row without one is redacted here.
      comment: e.commentRedacted ?? redactComment(e.comment, [r.case.citizenName]),
    },
    surveyCall: r.surveyCall && {
      id: r.surveyCall.id, level: r.surveyCall.level, levelText: text(LEVEL_TEXT, r.surveyCall.level),
      finding: redactComment(r.surveyCall.finding, [r.case.citizenName]), comment: redactComment(r.surveyCall.comment, [r.case.citizenName]),
      calledAt: r.surveyCall.calledAt?.toISOString() ?? null,
    },
    events: events.map((ev) => ({
      id: Number(ev.id),
      type: ev.type,
      typeText: EVENT_TEXT[ev.type] ?? ev.type,
      fromStatus: ev.fromStatus,
      toStatus: ev.toStatus,
      actor: ev.actorId ? actors.get(ev.actorId) ?? null : null,
      at: ev.at.toISOString(),
      data: ev.data,
    })),
    /** What the caller may do now (the web shows only these buttons). */
    allowedActions: allowed,
  };
}
