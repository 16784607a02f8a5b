import type { Permission } from '../../api/src/auth/permissions';
import type { MatrixFixtures, RoleName, Scope } from './fixtures';

// Every route of the OpenAPI document has one entry here; the access-matrix test fails for a
// route without one, so no route can skip access review. The expected status of each cell
// follows from the entry:
//   anonymous                          → 401 (public routes: okStatus)
//   role without the permission        → 403
//   role with it, target in its scope  → okStatus
//   role with it, target outside       → outStatus ?? 404 (scoped routes), okStatus otherwise

export interface RouteRequest {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send with a token of a new login of the role (for routes that end the login they are called with). */
  freshSession?: boolean;
}

export interface RouteSpec {
  /** 'METHOD /path/{param}' exactly as in the OpenAPI document. */
  route: string;
  /** Must equal the route's declared permission (x-permission in the document). */
  permission: Permission | 'public';
  okStatus: number;
  /** True when the request names a region-scoped target (an id or region code). */
  scoped: boolean;
  /** Status for a target outside the scope when it is not 404 (a filtered list answers 200, empty). */
  outStatus?: number;
  /** Extra check of a successful response outside the scope (e.g. the filtered list is empty). */
  verifyOut?(body: any): boolean;
  build(f: MatrixFixtures, role: RoleName, scope: Scope): RouteRequest;
}

const range = 'from=2026-01&to=2026-03';

export const ROUTES: RouteSpec[] = [
  { route: 'GET /api/v1/health', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/health' }) },
  {
    route: 'POST /api/v1/auth/login', permission: 'public', okStatus: 401, scoped: false,
    build: () => ({ url: '/api/v1/auth/login', body: { username: 'nobody-matrix', password: 'wrong-password-123' } }),
  },
  {
    route: 'POST /api/v1/auth/refresh', permission: 'public', okStatus: 401, scoped: false,
    build: () => ({ url: '/api/v1/auth/refresh', body: { refreshToken: 'not-a-refresh-token-at-all' } }),
  },
  { route: 'POST /api/v1/auth/logout', permission: 'account:self', okStatus: 204, scoped: false, build: () => ({ url: '/api/v1/auth/logout', freshSession: true }) },
  { route: 'GET /api/v1/auth/me', permission: 'account:self', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/auth/me' }) },
  {
    // Authorised but refused on content (wrong old password), so no password actually changes.
    route: 'POST /api/v1/auth/password', permission: 'account:self', okStatus: 422, scoped: false,
    build: () => ({ url: '/api/v1/auth/password', body: { oldPassword: 'not-the-password', newPassword: 'Another-Password-2026' } }),
  },
  { route: 'GET /api/v1/regions/scope', permission: 'region:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/regions/scope' }) },
  {
    route: 'GET /api/v1/regions', permission: 'region:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/regions?parent=${f.region(role, s)}` }),
  },
  {
    route: 'GET /api/v1/indicators/on-time-rate', permission: 'indicator:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/indicators/on-time-rate?${range}&region=${f.region(role, s)}` }),
  },
  {
    route: 'GET /api/v1/cases', permission: 'case:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases?station=${f.station(role, s)}` }),
    outStatus: 200,
    verifyOut: (body) => body.total === 0,
  },
  { route: 'GET /api/v1/cases/{id}', permission: 'case:read', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}` }) },
  { route: 'GET /api/v1/cases/{id}/citizen', permission: 'case:pii', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/citizen` }) },
  { route: 'GET /api/v1/audit', permission: 'audit:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/audit?action=auth.' }) },
  {
    route: 'GET /api/v1/calendar/add-working-days', permission: 'calendar:read', okStatus: 200, scoped: false,
    build: () => ({ url: '/api/v1/calendar/add-working-days?from=2026-09-30&days=3' }),
  },
  { route: 'GET /api/v1/calendar/days', permission: 'calendar:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/calendar/days?from=2026-10-01&to=2026-10-10' }) },
  {
    route: 'PUT /api/v1/calendar/days/{date}', permission: 'calendar:write', okStatus: 200, scoped: false,
    build: () => ({ url: '/api/v1/calendar/days/2026-12-30', body: { isWorkingDay: true, name: null } }),
  },
  {
    // Allowed once (the next year); the matrix calls it for every allowed role, so a year that is
    // not next is used: authorised, refused on content.
    route: 'POST /api/v1/calendar/years/{year}', permission: 'calendar:write', okStatus: 409, scoped: false,
    build: () => ({ url: '/api/v1/calendar/years/2030' }),
  },
  { route: 'GET /api/v1/etl/status', permission: 'etl:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/etl/status' }) },
];
