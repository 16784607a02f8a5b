import { SetMetadata } from '@nestjs/common';
import type { Role } from '@prisma/client';

// Every route states what it needs here or is marked @Public(); the guard refuses a route that
// states neither, so a new route cannot be reachable by accident (RuoYi-style permission strings).

export type Permission = 'region:read' | 'indicator:read' | 'etl:read';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ['region:read', 'indicator:read', 'etl:read'],
  CITY_LEADER: ['region:read', 'indicator:read'],
  COUNTY_LEADER: ['region:read', 'indicator:read'],
  TOWNSHIP_REVIEWER: ['region:read', 'indicator:read'],
  STATION_AGENT: ['region:read', 'indicator:read'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

export const PERMISSION_KEY = 'rp:permission';
export const PUBLIC_KEY = 'rp:public';

/** The permission a route requires; the caller's region scope is applied by the route's service. */
export const RequirePermission = (p: Permission) => SetMetadata(PERMISSION_KEY, p);
/** A route open without login (health, login, the public disclosure pages). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
