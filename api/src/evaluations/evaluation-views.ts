// What staff screens get of an evaluation: the redacted comment only (the original may carry the
// citizen's own phone or name), with labels. Pure.
import type { Evaluation } from '@prisma/client';
import { CHANNEL_TEXT, LEVEL_TEXT, MODERATION_TEXT, type Channel, type Level } from './evaluation-codes';
import { redactComment } from './redact';

export interface EvaluationRow extends Evaluation {
  case?: { id: number; caseNo: string; citizenName: string; item: { name: string }; station: { id: number; name: string } };
  rectifications?: { id: number; status: string; dueDate: Date }[];
}

export function evaluationView(e: EvaluationRow, citizenName?: string) {
  const name = citizenName ?? e.case?.citizenName;
  const rect = e.rectifications?.[0];
  return {
    id: e.id,
    caseId: e.caseId,
    ...(e.case ? { caseNo: e.case.caseNo, item: { name: e.case.item.name }, station: e.case.station } : {}),
    occasion: e.occasion,
    channel: e.channel,
    channelText: CHANNEL_TEXT[e.channel as Channel],
    level: e.level,
    levelText: LEVEL_TEXT[e.level as Level],
    done: e.done,
    efficiency: e.efficiency,
    attitude: e.attitude,
    professionalism: e.professionalism,
    // loaded data carries only the original: redact it on the way out
    comment: e.commentRedacted ?? redactComment(e.comment, [name]),
    moderation: e.moderation,
    moderationText: MODERATION_TEXT[e.moderation] ?? e.moderation,
    appealOutcome: e.appealOutcome,
    entered: e.channel === 'ONLINE' ? null : { byUserId: e.enteredById },
    createdAt: e.createdAt.toISOString(),
    rectification: rect ? { id: rect.id, status: rect.status, dueDate: rect.dueDate.toISOString().slice(0, 10) } : null,
  };
}
