import type { Prisma } from '@prisma/client';
import { shanghaiDate } from '../cases/due-date';

type Tx = Prisma.TransactionClient;

export interface OpenRectification {
  source: 'EVALUATION' | 'SURVEY';
  evaluationId?: number;
  surveyCallId?: number;
  caseId: number;
  /** What went wrong, as the task's owner will read it (no citizen personal data). */
  summary: string;
  actorId: number | null;
  at: Date;
}

/** Working-day arithmetic the opener needs (CalendarService satisfies it). */
export interface DueDates {
  addWorkingDays(from: string, days: number): Promise<{ date: string }>;
}

/**
 * DB1405 8.2: every 不满意 / 非常不满意 evaluation and every survey finding opens a rectification
 * automatically, owned by the station that handled the case, due `days` working days later.
 * Called inside the transaction that records the evaluation or finding, so the two can never
 * exist apart; the unique keys on evaluation_id / survey_call_id make a retry open nothing twice.
 */
export async function openRectification(tx: Tx, calendar: DueDates, days: number, input: OpenRectification) {
  const existing = input.evaluationId
    ? await tx.rectification.findUnique({ where: { evaluationId: input.evaluationId } })
    : input.surveyCallId ? await tx.rectification.findUnique({ where: { surveyCallId: input.surveyCallId } }) : null;
  if (existing) return existing;
  const kase = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { stationId: true } });
  const due = await calendar.addWorkingDays(shanghaiDate(input.at), days);
  const rect = await tx.rectification.create({
    data: {
      source: input.source, evaluationId: input.evaluationId ?? null, surveyCallId: input.surveyCallId ?? null,
      caseId: input.caseId, stationId: kase.stationId, status: 'OPEN', dueDate: new Date(`${due.date}T00:00:00Z`),
      summary: input.summary, createdAt: input.at, updatedAt: input.at,
    },
  });
  await tx.rectificationEvent.create({
    data: { rectificationId: rect.id, type: 'OPENED', toStatus: 'OPEN', actorId: input.actorId, at: input.at,
      data: { source: input.source, evaluationId: input.evaluationId ?? null, surveyCallId: input.surveyCallId ?? null, dueDate: due.date } },
  });
  return rect;
}
