import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@prisma/client';

// Every route states what it needs here or is marked @Public(); the guard refuses a route that
// states neither, so a new route cannot be reachable by accident (RuoYi-style permission strings).
// What a permission reaches is further limited by the caller's region scope, in the service.

export type Permission =
  | 'account:self'
  | 'region:read'
  | 'indicator:read'
  | 'etl:read'
  | 'catalogue:read'
  | 'catalogue:propose'
  | 'catalogue:decide'
  | 'station:read'
  | 'station:write'
  | 'station:export'
  | 'agent:read'
  | 'agent:write'
  | 'agent:export'
  | 'case:read'
  | 'case:pii'
  | 'case:write'
  | 'case:review'
  | 'case:extension:decide'
  | 'consultation:read'
  | 'consultation:write'
  | 'audit:read'
  | 'calendar:read'
  | 'calendar:write'
  // DB1405 8.1-8.2: evaluations, 回访 surveys, rectifications, suggestions.
  | 'evaluation:read'
  | 'evaluation:write'
  | 'evaluation:moderate'
  | 'survey:read'
  | 'survey:write'
  | 'rectification:read'
  | 'rectification:write'
  | 'rectification:review'
  | 'suggestion:read'
  | 'suggestion:answer';

const READ_ALL: Permission[] = ['account:self', 'calendar:read', 'consultation:read', 'region:read', 'indicator:read', 'catalogue:read', 'station:read', 'agent:read', 'case:read',
  'evaluation:read', 'survey:read', 'rectification:read', 'suggestion:read'];
// Supervision of service quality (DB1405 8.2): re-checks, appeal decisions, moderation and answers
// belong to levels above the station; 回访 calls are made by staff other than the handling agent.
const SUPERVISE: Permission[] = ['rectification:review', 'evaluation:moderate', 'suggestion:answer', 'survey:write'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [...READ_ALL, 'etl:read', 'catalogue:propose', 'catalogue:decide', 'station:write', 'station:export',
    'agent:write', 'agent:export', 'case:pii', 'audit:read', 'calendar:write', 'case:review', 'case:extension:decide',
    ...SUPERVISE, 'evaluation:write', 'rectification:write'],
  // Leaders decide catalogue changes (DB1405 7.1.3) and read registers; they do not handle cases.
  CITY_LEADER: [...READ_ALL, 'catalogue:propose', 'catalogue:decide', 'station:export', 'agent:export', 'case:extension:decide', ...SUPERVISE],
  // County-level hops of cross-level cases (DB1405 7.2.3 c) are reviewed under the county's authority.
  COUNTY_LEADER: [...READ_ALL, 'catalogue:propose', 'station:write', 'station:export', 'agent:write', 'agent:export', 'case:review', 'case:extension:decide', ...SUPERVISE],
  // Township reviewers keep their stations' registers and handle handed-up cases (7.2.3).
  TOWNSHIP_REVIEWER: [...READ_ALL, 'station:write', 'station:export', 'agent:write', 'agent:export', 'case:pii', 'case:review', ...SUPERVISE, 'evaluation:write'],
  // Agents enter device, paper and comment-box evaluations (never for their own cases, 8.1.1) and
  // carry out their station's rectifications (8.2).
  STATION_AGENT: [...READ_ALL, 'case:pii', 'case:write', 'consultation:write', 'evaluation:write', 'rectification:write'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export const PERMISSION_KEY = 'rp:permission';
export const PUBLIC_KEY = 'rp:public';

/**
 * The permission a route requires; the caller's region scope is applied by the route's service.
 * It is also written into the OpenAPI document (x-permission), where the access-matrix test reads it.
 */
export const RequirePermission = (p: Permission) => applyDecorators(SetMetadata(PERMISSION_KEY, p), ApiExtension('x-permission', p));
/** A route open without login (health, login, the public disclosure pages). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-permission', 'public'));
