// Evaluations (DB1405 8.1.1), the reply slip and 回访 surveys (8.1.2), as the API answers them.

export type EvaluationLevel = 'VERY_SATISFIED' | 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED';
export type StaffChannel = 'DEVICE' | 'PAPER' | 'COMMENT_BOX';

export interface Evaluation {
  id: number;
  caseId: number;
  caseNo?: string;
  item?: { name: string };
  station?: { id: number; name: string };
  occasion: number;
  channel: string;
  channelText: string;
  level: EvaluationLevel;
  levelText: string;
  done: boolean | null;
  efficiency: number | null;
  attitude: number | null;
  professionalism: number | null;
  /** Always the redacted text. */
  comment: string | null;
  moderation: string;
  moderationText: string;
  appealOutcome: string | null;
  createdAt: string;
  rectification: { id: number; status: string; dueDate: string } | null;
}

export interface CaseEvaluations {
  items: Evaluation[];
  finished: boolean;
  canEvaluate: boolean;
  link: { state: 'OPEN' | 'USED' | 'EXPIRED'; expiresAt: string; remindedAt: string | null } | null;
}

export interface EvaluationEntry {
  channel: StaffChannel;
  level: EvaluationLevel;
  efficiency?: number;
  attitude?: number;
  professionalism?: number;
  done?: boolean | null;
  comment?: string;
}

export interface EvaluationQuery {
  level?: string | null;
  channel?: string | null;
  moderation?: string | null;
  from?: string | null;
  to?: string | null;
  page?: number;
  pageSize?: number;
}

export interface ReplySlip {
  title: string;
  caseNo: string;
  item: { name: string; department: string };
  station: { name: string; address: string; openingHours: string };
  agentName: string;
  citizen: { name: string };
  status: string;
  issuedAt: string;
  outcome: { status: string; text: string; completedAt: string | null; reason: string | null; note: string | null } | null;
  evaluation: {
    state: 'OPEN' | 'USED' | 'EXPIRED' | 'EVALUATED';
    levelText: string | null;
    evaluatedAt: string | null;
    link: string | null;
    url: string | null;
    qrSvg: string | null;
    expiresAt: string | null;
  } | null;
  statement?: string;
}

export interface SurveyBatch {
  id: number;
  month: string;
  seed: number;
  perTownship: number;
  createdAt: string;
  automatic: boolean;
  sampled: number;
  reached: number;
  notReached: number;
  refused: number;
  pending: number;
}

export interface SurveyCall {
  id: number;
  batchId: number;
  townshipCode: string;
  townshipName: string;
  case: { id: number; caseNo: string; status: string; completedAt: string | null; item: { name: string }; station: { id: number; name: string }; agentName: string };
  citizen: { name: string; phone: string };
  outcome: string;
  outcomeText: string;
  level: EvaluationLevel | null;
  levelText: string | null;
  comment: string | null;
  finding: string | null;
  calledAt: string | null;
  rectification: { id: number; status: string; dueDate: string } | null;
}

export interface CallRecord {
  outcome: 'REACHED' | 'NOT_REACHED' | 'REFUSED';
  level?: EvaluationLevel;
  comment?: string;
  finding?: string;
}

export type Rate =
  | { suppressed: false; n: number; successes: number; rate: number; interval: { low: number; high: number } }
  | { suppressed: true; n: number; label: string };

export interface SurveyStatsRow {
  townshipCode?: string;
  townshipName?: string;
  sampled: number;
  reached: number;
  refused: number;
  notReached: number;
  pending: number;
  rated: number;
  response: Rate;
  satisfaction: Rate;
}

export interface SurveyStats {
  month: string;
  region: { code: string; name: string; level: string };
  batch: { id: number; seed: number; perTownship: number } | null;
  rows: SurveyStatsRow[];
  total: SurveyStatsRow;
  definitions: { response: string; satisfaction: string; interval: string };
}
