/** Wire types of the supervision API (`/api/v1`). Keep in step with the server's DTOs. */

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export type UserRole = 'CITY_LEADER' | 'COUNTY_LEADER' | 'TOWNSHIP_STAFF' | 'ADMIN' | string;

export interface ApiErrorBody {
  code: string;
  message: string;
  requestId?: string;
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
  user: SessionUser;
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

export interface IndicatorDefinition {
  key: string;
  name: string;
  unit: string;
  formula: string;
}

/** One month of the on-time completion indicator. `rate` is a fraction 0..1, null when completed is 0. */
export interface OnTimeRateRow {
  period: string;
  completed: number;
  onTime: number;
  rate: number | null;
}

export interface OnTimeRateTotal {
  completed: number;
  onTime: number;
  rate: number | null;
}

export interface OnTimeRateResponse {
  indicator: IndicatorDefinition;
  region: Pick<Region, 'code' | 'name' | 'level'>;
  from: string;
  to: string;
  rows: OnTimeRateRow[];
  total: OnTimeRateTotal;
}
