/** Wire types of the supervision API (`/api/v1`). Keep in step with the server's DTOs. */

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export type UserRole = 'CITY_LEADER' | 'COUNTY_LEADER' | 'TOWNSHIP_STAFF' | 'ADMIN' | string;

export interface ApiErrorBody {
  code: string;
  message: string;
  requestId?: string;
  /** e.g. the bad rows of an import (IMPORT.INVALID_ROWS) */
  details?: unknown;
}

export interface SessionUser {
  username: string;
  displayName: string;
  role: UserRole;
  regionCode: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  /** Single use: each refresh spends it and answers a new pair. */
  refreshToken: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn: number;
  user: SessionUser;
}

export interface ChangePasswordRequest {
  oldPassword: string;
  newPassword: string;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode?: string | null;
}

export interface RegionList {
  items: Region[];
}

// Indicators (GET /indicators, /indicators/{key}): see ./indicator-types.ts.

// ---------- cases (GET /cases, /cases/{id}, /cases/{id}/citizen) ----------

export type CaseStatus =
  | 'AWAITING_MATERIALS'
  | 'ACCEPTED'
  | 'IN_PROGRESS'
  | 'SUPPLEMENT_REQUESTED'
  | 'HANDED_UP'
  | 'COMPLETED'
  | 'FAILED';

/** The citizen as lists and details show them: masked (PIPL). */
export interface CaseCitizen {
  name: string;
  phone: string;
  idNumber: string | null;
}

export interface CaseSummary {
  id: number;
  caseNo: string;
  status: CaseStatus | string;
  level: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY' | string;
  item: { id: number; name: string };
  station: { id: number; name: string };
  /** Masked. */
  agentName: string;
  citizen: CaseCitizen;
  createdAt: string;
  acceptedAt: string | null;
  /** YYYY-MM-DD, null until accepted. */
  dueDate: string | null;
  completedAt: string | null;
}

export interface CaseEvent {
  id: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  at: string;
  /** Username of the staff member, null for system events. */
  actor: string | null;
}

export interface CaseDetail extends CaseSummary {
  itemVersion: number;
  homeVisit: boolean;
  pausedDays: number;
  failureReason: string | null;
  events: CaseEvent[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CaseListParams {
  status?: string | null;
  station?: number | null;
  caseNo?: string | null;
  /** Drill-through from the dashboard: region (any level), item, agent, a date window and 超期. */
  region?: string | null;
  item?: number | null;
  agent?: number | null;
  dateField?: 'created' | 'accepted' | 'completed' | 'due' | null;
  from?: string | null;
  to?: string | null;
  overdue?: boolean | null;
  page?: number;
  pageSize?: number;
}

// ---------- audit log (GET /audit, ADMIN) ----------

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED';

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: AuditOutcome | string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: unknown;
}

export interface AuditQuery {
  from?: string | null;
  to?: string | null;
  actor?: string | null;
  action?: string | null;
  outcome?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  page?: number;
  pageSize?: number;
}

// ---------- catalogue (DB1405 7.1: GET /catalogue/items…, /catalogue/proposals…) ----------

export type HandlingLevel = 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
export type CatalogueSource = 'TOWNSHIP_GUIDE' | 'VILLAGE_GUIDE' | 'VILLAGE_DUTY_LIST' | 'LOCAL_DEMAND';
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY';
export type CatalogueChangeType = 'ADD' | 'UPDATE' | 'MOVE_LEVEL' | 'RETIRE';
export type CatalogueChangeStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'PUBLISHED';

export interface CatalogueMaterial {
  name: string;
  form: MaterialForm;
  copies: number;
  howToGet: string;
}

export interface CatalogueItemSummary {
  id: number;
  code: string;
  name: string;
  category: string;
  source: CatalogueSource;
  level: HandlingLevel;
  department: string;
  /** Promised time limit in working days (DB1405 4.3). */
  timeLimitDays: number;
  /** Statutory fee in yuan; the proxy service itself is free (DB1405 4.5). */
  statutoryFee: number;
  materialCount: number;
  /** The published version in effect; 0 before the first publication. */
  version: number;
  active: boolean;
}

export interface CataloguePendingVersion {
  id: number;
  version: number;
  changeType: CatalogueChangeType;
  status: CatalogueChangeStatus;
  effectiveFrom: string | null;
}

export interface CatalogueItemDetail extends CatalogueItemSummary {
  legalBasis: string;
  procedure: string[];
  materials: CatalogueMaterial[];
  pending: CataloguePendingVersion[];
}

/** The whole item as a version describes it (the code is assigned by the server). */
export interface CatalogueContent {
  code?: string;
  name: string;
  category: string;
  source: CatalogueSource;
  level: HandlingLevel;
  department: string;
  legalBasis: string;
  timeLimitDays: number;
  statutoryFee: number;
  procedure: string[];
  materials: CatalogueMaterial[];
}

/** One field-level change between two versions. */
export interface CatalogueChange {
  field: string;
  op: 'set' | 'added' | 'removed' | 'changed' | 'reordered';
  /** The material concerned (materials added, removed or changed). */
  name?: string;
  before?: unknown;
  after?: unknown;
}

export interface CataloguePerson {
  /** Masked. */
  name: string;
  role: string;
}

export interface CatalogueVersion {
  id: number;
  itemId: number;
  version: number;
  changeType: CatalogueChangeType;
  status: CatalogueChangeStatus;
  reason: string;
  evidence: unknown;
  effectiveFrom: string | null;
  proposedBy: CataloguePerson | null;
  proposedAt: string;
  decidedBy: CataloguePerson | null;
  decidedAt: string | null;
  decisionNote: string | null;
  publishedAt: string | null;
  appliedAt: string | null;
  current: boolean;
  content: CatalogueContent;
  /** The published version the diff compares with; null for a first version. */
  comparedTo: number | null;
  diff: CatalogueChange[];
}

export interface CatalogueProposal extends CatalogueVersion {
  item: { id: number; code: string; name: string };
  /** Proposed by the caller (who may not approve or reject it). */
  mine: boolean;
}

export interface CatalogueItemQuery {
  q?: string | null;
  level?: string | null;
  category?: string | null;
  /** 'true' (default, in effect), 'false' or 'all'. */
  active?: 'true' | 'false' | 'all' | null;
}

export interface CatalogueProposalRequest {
  itemId?: number;
  changeType: CatalogueChangeType;
  content?: CatalogueContent;
  reason: string;
  effectiveFrom?: string;
}

// ---- registers: stations (DB1405 5.1) and agents (DB1405 5.2) ----

export interface Station {
  id: number;
  regionCode: string;
  villageName: string;
  townshipCode: string;
  townshipName: string;
  countyCode: string;
  countyName: string;
  name: string;
  address: string;
  openingHours: string;
  latitude: number | null;
  longitude: number | null;
  /** DB1405 5.1.3 zone keys */
  zones: string[];
  /** DB1405 5.1.5 facility keys present */
  facilities: string[];
  /** DB1405 5.1.5 facility keys the station lacks, in checklist order */
  missingFacilities: string[];
  agentCount: number;
  updatedAt: string;
}

export interface StationAgent {
  id: number;
  /** masked */
  name: string;
  category: string;
  /** masked */
  phone: string;
  active: boolean;
}

export interface StationDetail extends Station {
  agents: StationAgent[];
}

export interface StationQuery {
  region?: string | null;
  q?: string | null;
  /** a facility key, or 'ANY' */
  missingFacility?: string | null;
  page?: number;
  pageSize?: number;
}

export interface StationUpdate {
  name?: string;
  address?: string;
  openingHours?: string;
  latitude?: number | null;
  longitude?: number | null;
  zones?: string[];
  facilities?: string[];
}

export interface Agent {
  id: number;
  /** masked in lists (张*明); the full name in the detail */
  name: string;
  /** always masked (138****1234) */
  phone: string;
  category: string;
  stationId: number;
  stationName: string;
  regionCode: string;
  townshipName: string;
  skills: string[];
  active: boolean;
  trainingHoursThisYear: number;
}

export interface AgentList extends Paged<Agent> {
  /** the year "本年" refers to */
  year: number;
}

export interface AgentTraining {
  id: number;
  course: string;
  provider: string;
  date: string;
  hours: number;
}

export interface AgentDetail extends Agent {
  trainings: AgentTraining[];
  hoursByYear: { year: number; hours: number }[];
}

export interface AgentQuery {
  station?: number | null;
  region?: string | null;
  category?: string | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

export interface AgentUpdate {
  stationId?: number;
  name?: string;
  category?: string;
  phone?: string;
  skills?: string[];
  active?: boolean;
}

export interface TrainingCreate {
  course: string;
  provider?: string;
  date: string;
  hours: number;
}

export interface ImportResult {
  created: number;
  updated: number;
}

/** One bad cell of an uploaded register: Excel row number, Chinese column header, Chinese message. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

// ---------- station workbench (issue 4: DB1405 6.1-6.4, 7.2.2-7.2.3) ----------

export type AlertLevel = 'NONE' | 'WARN_50' | 'WARN_80' | 'OVERDUE' | 'FLAGGED';

/** What the list and detail add to a case for the workbench: optimistic version and countdown. */
export interface CaseClock {
  version: number;
  alertLevel: AlertLevel | string;
  /** Working days left until the due date (negative: overdue); null when not running. */
  remainingWorkingDays: number | null;
}

export interface CaseMaterial {
  id: number;
  materialId: number | null;
  name: string;
  form: string;
  formText: string;
  copies: number;
  howToGet: string;
  provided: boolean;
  providedAt: string | null;
}

export interface CaseDue {
  dueDate: string | null;
  acceptanceDate: string | null;
  limitDays: number;
  pausedWorkingDays: number;
  extensionDays: number;
  explanation: string;
  code: string | null;
  coveredUntil: string;
  clockStopped: boolean;
}

export interface CaseFile {
  id: number;
  handoffId: number | null;
  materialName: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
}

export interface HopStepView {
  step?: string;
  text?: string;
  at?: string | null;
  [k: string]: unknown;
}

export interface CaseHop {
  id: number;
  level: string;
  toRegion: { code: string; name: string };
  status: string;
  statusText: string;
  nextStep: string | null;
  note: string | null;
  handedUpBy: string | null;
  reviewer: string | null;
  handedUpAt: string;
  dueDate: string | null;
  returnedAt: string | null;
  certificateNo: string | null;
  resultNote: string | null;
  steps: HopStepView[];
  elapsedMinutes: number;
  elapsedWorkingDays: number | null;
  overdue: boolean;
  files: CaseFile[];
}

/** GET /cases/{id} as the workbench uses it (the base CaseDetail plus the lifecycle parts). */
export interface CaseWork extends CaseDetail, CaseClock {
  due: CaseDue;
  materials: CaseMaterial[];
  hasNotice: boolean;
  handoffs: CaseHop[];
  files: CaseFile[];
  allowedActions: string[];
  failureReasonText: string | null;
  failureNote: string | null;
  notification: { notifiedAt: string | null; channel: string | null; channelText: string | null };
  deliveredAt: string | null;
}

export interface OneTimeNotice {
  title: string;
  caseNo: string;
  citizen: { name: string };
  item: { id: number; code: string; name: string; department: string; timeLimitDays: number };
  missing: { name: string; form: string; formText: string; copies: number; howToGet: string }[];
  issuedAt: string;
  station: { id: number; name: string; address: string; openingHours: string };
  statement: string;
}

/** POST /cases, /reapply, /consultations/{id}/convert: the new case and its notice (null when complete). */
export type CaseCreated = CaseWork & { oneTimeNotice: OneTimeNotice | null };

export interface ChecklistMaterial { id: number; name: string; form: string; copies: number; howToGet: string }
export interface Checklist { item: { id: number; name: string; level?: string; timeLimitDays?: number }; crossLevel: boolean; materials: ChecklistMaterial[] }

export interface CommissionOptions {
  consent: { given: boolean; method?: string };
  providedMaterialIds: number[];
  homeVisit?: boolean;
}
export interface CaseCreate extends CommissionOptions {
  itemId: number;
  citizen: { name: string; phone: string; idNumber?: string };
  consultationId?: number;
}

export interface Consultation {
  id: number;
  channel: 'PHONE' | 'VISIT' | string;
  status: 'OPEN' | 'ANSWERED' | 'CONVERTED' | string;
  citizen: { name: string; phone: string };
  item: { id: number; name: string } | null;
  topic: string;
  content: string;
  answer: string | null;
  dueDate: string | null;
  overdue: boolean;
  answeredAt: string | null;
  createdAt: string;
  station: { id: number; name: string };
  owner: { agentId: number; name: string };
  cases: { id: number; caseNo: string }[];
}

export interface ConsultationCreate {
  channel: 'PHONE' | 'VISIT';
  citizen: { name: string; phone: string };
  itemId?: number;
  topic: string;
  content: string;
  answer?: string;
}

export interface HandoffRow {
  id: number;
  level: string;
  status: string;
  statusText: string;
  nextStep: string | null;
  toRegion: { code: string; name: string };
  handedUpAt: string;
  dueDate: string | null;
  overdue: boolean;
  files: number;
  case: { id: number; caseNo: string; version: number; item: { id: number; name: string }; station: { id: number; name: string }; citizenName: string; dueDate: string | null };
}
