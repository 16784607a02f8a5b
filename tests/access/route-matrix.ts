import type { Permission } from '../../api/src/auth/permissions';
import type { MatrixFixtures, RoleName, Scope } from './fixtures';

// Every route of the OpenAPI document has one entry here; the access-matrix test fails for a
// route without one, so no route can skip access review. The expected status of each cell
// follows from the entry:
//   anonymous                          → 401 (public routes: okStatus)
//   role without the permission        → 403
//   role with it, target in its scope  → okStatus
//   role with it, target outside       → 404 (scoped routes), okStatus otherwise

export interface RouteRequest {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteSpec {
  /** 'METHOD /path/{param}' exactly as in the OpenAPI document. */
  route: string;
  /** Must equal the route's declared permission (x-permission in the document). */
  permission: Permission | 'public';
  okStatus: number;
  /** True when the request names a region-scoped target (an id or region code). */
  scoped: boolean;
  build(f: MatrixFixtures, role: RoleName, scope: Scope): RouteRequest;
}

const range = 'from=2026-01&to=2026-03';

export const ROUTES: RouteSpec[] = [
  { route: 'GET /api/v1/health', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/health' }) },
  {
    route: 'POST /api/v1/auth/login', permission: 'public', okStatus: 401, scoped: false,
    build: () => ({ url: '/api/v1/auth/login', body: { username: 'nobody-matrix', password: 'wrong-password-123' } }),
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
  { route: 'GET /api/v1/etl/status', permission: 'etl:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/etl/status' }) },
];
