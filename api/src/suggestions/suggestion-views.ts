// Suggestions as each audience sees them (DB1405 8.2.3). Pure.
import { redactComment } from '../evaluations/redact';

export const SUGGESTION_STATUS_TEXT: Record<string, string> = { OPEN: '待答复', ANSWERED: '已答复' };

export interface SuggestionRow {
  id: number;
  trackingCode: string;
  regionCode: string | null;
  content: string;
  contactMasked: string | null;
  status: string;
  answer: string | null;
  answeredById: number | null;
  answeredAt: Date | null;
  createdAt: Date;
}

/**
 * What the public lookup by tracking code answers: never the contact, and the texts redacted of
 * ID numbers, phone numbers and names like every public text (a code can be passed on).
 */
export function publicSuggestion(s: SuggestionRow) {
  return {
    trackingCode: s.trackingCode,
    status: s.status,
    statusText: SUGGESTION_STATUS_TEXT[s.status] ?? s.status,
    content: redactComment(s.content),
    answer: redactComment(s.answer),
    createdAt: s.createdAt.toISOString(),
    answeredAt: s.answeredAt?.toISOString() ?? null,
  };
}

/** Staff view: the contact masked; the tracking code (the submitter's key) is not shown. */
export function staffSuggestion(s: SuggestionRow, region: { code: string; name: string } | null, answeredBy: string | null) {
  return {
    id: s.id,
    status: s.status,
    statusText: SUGGESTION_STATUS_TEXT[s.status] ?? s.status,
    region,
    content: s.content,
    contact: s.contactMasked,
    answer: s.answer,
    answeredBy,
    answeredAt: s.answeredAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}
