/** Shapes of the public API (/api/v1/public/, DB1405 8.1.3 and 4.4), as the pages read them. */

export interface RegionRef {
  code: string;
  name: string;
  level: 'CITY' | 'COUNTY' | 'TOWNSHIP';
}

export interface PublicRegion extends RegionRef {
  parentCode: string | null;
}

/** A published rate: value and Wilson 95 % interval, or withheld ("样本不足") below 10. */
export interface RateView {
  suppressed: boolean;
  label: string | null;
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface SatisfactionCell {
  period: string;
  n: number;
  satisfaction: RateView;
  bad: RateView;
  survey: { sampled: number; reached: number; pending: number; responseRate: RateView };
}

export interface AreaSatisfaction extends RegionRef {
  total: SatisfactionCell;
  trend: SatisfactionCell[];
}

export type Granularity = 'month' | 'quarter';

export interface SatisfactionResponse {
  region: RegionRef;
  period: Granularity;
  from: string;
  to: string;
  periods: string[];
  definitions: Record<string, string>;
  overall: AreaSatisfaction;
  areas: AreaSatisfaction[];
}

export interface RectificationCell {
  period: string;
  opened: number;
  closedOnTime: number;
  closedLate: number;
  appealUpheld: number;
  open: number;
  overdue: number;
}

export interface AreaRectifications extends RegionRef {
  total: RectificationCell;
  trend: RectificationCell[];
}

export interface RectificationsResponse {
  region: RegionRef;
  period: Granularity;
  from: string;
  to: string;
  periods: string[];
  asOf: string;
  definitions: Record<string, string>;
  overall: AreaRectifications;
  areas: AreaRectifications[];
}

export interface PublicItem {
  id: number;
  code: string;
  name: string;
  category: string;
  level: string;
  levelLabel: string;
  department: string;
  timeLimitDays: number;
  statutoryFee: number;
  materialCount: number;
}

export interface PublicItemDetail extends PublicItem {
  legalBasis: string;
  procedure: string[];
  materials: { name: string; form: string; formLabel: string; copies: number; howToGet: string }[];
  freeOfCharge: string;
}

export interface PublicStation {
  id: number;
  name: string;
  address: string;
  openingHours: string;
  countyCode: string;
  county: string;
  township: string;
  village: string;
  agentCount: number;
}

export interface PublicStationDetail extends PublicStation {
  zones: { key: string; label: string }[];
  facilities: { key: string; label: string }[];
  agents: { name: string; category: string; categoryLabel: string }[];
}

export interface StationList {
  items: PublicStation[];
  total: number;
  page: number;
  pageSize: number;
}

/** The online evaluation form behind a reply slip's link (DB1405 8.1.1). */
export interface EvaluationForm {
  state: 'OPEN' | 'USED' | 'EXPIRED';
  item: { name: string };
  station: { name: string };
  caseStatus: string;
  caseStatusText: string;
  completedOn: string | null;
  expiresAt: string;
  levels: { value: string; label: string }[];
}

export interface RatingBody {
  level: string;
  efficiency?: number;
  attitude?: number;
  professionalism?: number;
  done?: boolean | null;
  comment?: string;
}

export interface SuggestionReceipt {
  trackingCode: string;
  status: string;
  createdAt: string;
}

export interface SuggestionStatus {
  trackingCode: string;
  status: string;
  statusText?: string;
  answer: string | null;
  createdAt: string;
  answeredAt: string | null;
}
