// Shapes of the rectification (DB1405 8.2) and suggestion (8.2.3) API, as the staff screens use them.

export type RectificationStatus = 'OPEN' | 'VERIFIED' | 'RECTIFIED' | 'FED_BACK' | 'REWORK' | 'APPEALED' | 'CLOSED';
export type RectificationAction = 'VERIFY' | 'RECTIFY' | 'FEEDBACK' | 'RECHECK_PASS' | 'RECHECK_FAIL' | 'APPEAL' | 'UPHOLD_APPEAL' | 'REJECT_APPEAL';

export interface RectificationSummary {
  id: number;
  source: 'EVALUATION' | 'SURVEY' | string;
  sourceText: string | null;
  status: RectificationStatus | string;
  statusText: string;
  summary: string;
  dueDate: string;
  overdue: boolean;
  alertLevel: 'NONE' | 'OVERDUE' | 'FLAGGED' | string;
  alertText: string;
  closedAt: string | null;
  createdAt: string;
  version: number;
  case: { id: number; caseNo: string; citizenName: string };
  item: { id: number; name: string };
  station: { id: number; name: string };
}

export interface RectificationEvent {
  id: number;
  type: string;
  typeText: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: string | null;
  at: string;
  data: Record<string, unknown>;
}

export interface RectificationDetail extends RectificationSummary {
  verifyNote: string | null;
  measures: string | null;
  feedbackNote: string | null;
  recheckNote: string | null;
  appeal: { reason: string; reasonText: string | null; note: string | null } | null;
  outcome: 'RECHECKED' | 'APPEAL_UPHELD' | null;
  outcomeText: string | null;
  evaluation: {
    id: number; level: string; levelText: string | null; channel: string; channelText: string | null;
    done: boolean | null; appealOutcome: string | null; createdAt: string; comment: string | null;
  } | null;
  surveyCall: { id: number; level: string | null; levelText: string | null; finding: string | null; comment: string | null; calledAt: string | null } | null;
  events: RectificationEvent[];
  allowedActions: RectificationAction[];
}

export interface RectificationQuery {
  status?: string | null;
  source?: string | null;
  overdue?: boolean | null;
  station?: number | null;
  from?: string | null;
  to?: string | null;
  page?: number;
  pageSize?: number;
}

export interface RectificationActionBody {
  action: RectificationAction;
  version: number;
  note?: string;
  measures?: string;
  reason?: 'MISTAKEN' | 'MALICIOUS';
}

export type RateCell =
  | { suppressed: false; n: number; successes: number; rate: number; interval: { low: number; high: number } }
  | { suppressed: true; n: number; label: string };

export interface RectificationStats {
  region: { code: string; name: string };
  from: string | null;
  to: string | null;
  today: string;
  opened: number;
  closed: number;
  appealUpheld: number;
  closedOnTime: number;
  closedLate: number;
  open: number;
  overdueOpen: number;
  onTimeRate: RateCell;
  definitions: Record<string, string>;
}

export interface StaffSuggestion {
  id: number;
  status: 'OPEN' | 'ANSWERED' | string;
  statusText: string;
  region: { code: string; name: string } | null;
  content: string;
  /** Masked (139****4321); the full number is never sent. */
  contact: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  createdAt: string;
}
