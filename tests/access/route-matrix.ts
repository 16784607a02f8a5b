import type { Permission } from '../../api/src/auth/permissions';
import type { MatrixFixtures, RoleName, Scope } from './fixtures';
import { AGENT_IMPORT_REQUIRED } from '../../api/src/agents/agent-sheet';
import { tinyXlsx } from '../support/tiny-xlsx';
import { XLSX_MIME } from '../../api/src/excel/xlsx-body';
import { FACILITIES } from '../../api/src/stations/facilities';
import { STATION_IMPORT_REQUIRED } from '../../api/src/stations/station-sheet';

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

// Registers (DB1405 5.1, 5.2): uploads are the .xlsx itself; one valid row inside the role's scope.
const xlsxUpload = (rows: string[][]) => ({ body: tinyXlsx(rows), headers: { 'content-type': XLSX_MIME } });
const stationImport = (f: MatrixFixtures, role: RoleName) => xlsxUpload([
  [...STATION_IMPORT_REQUIRED],
  [f.region(role, 'in'), `矩阵${role}村便民服务站`, '矩阵测试地址', '周一至周五 8:30-17:30', '', '', '日常办公区、填单区', ...FACILITIES.map(() => '✓')],
]);
const agentImport = (f: MatrixFixtures, role: RoleName) => xlsxUpload([[...AGENT_IMPORT_REQUIRED], [f.region(role, 'in'), `矩阵导入${role}`, '党员', '13900000000']]);

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
  // DB1405 7.1.2-7.1.3 demand statistics: read by every role within its scope (a region outside
  // it is 404, like the indicators); each table also as .xlsx.
  ...(['top', 'top.xlsx', 'off-catalogue', 'off-catalogue.xlsx', 'suggestions', 'suggestions.xlsx'] as const).map((path): RouteSpec => ({
    route: `GET /api/v1/demand/${path}`, permission: 'indicator:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/demand/${path}?${range}&region=${f.region(role, s)}` }),
  })),
  ...(['idle', 'idle.xlsx'] as const).map((path): RouteSpec => ({
    route: `GET /api/v1/demand/${path}`, permission: 'indicator:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/demand/${path}?asOf=2026-11-15&region=${f.region(role, s)}` }),
  })),
  {
    // Past the guard and the scope, refused on the figures: nobody asked about this topic (409
    // DEMAND.NOT_SUGGESTED), so the matrix never creates a proposal.
    route: 'POST /api/v1/demand/suggestions/proposal', permission: 'catalogue:propose', okStatus: 409, scoped: true,
    build: (f, role, s) => ({ url: '/api/v1/demand/suggestions/proposal', body: { type: 'ADD', topic: `访问矩阵无人咨询的需求 ${role}`, from: '2026-01', to: '2026-03', region: f.region(role, s) } }),
  },
  { route: 'GET /api/v1/indicators', permission: 'indicator:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/indicators' }) },
  {
    route: 'GET /api/v1/indicators/{key}', permission: 'indicator:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/indicators/satisfaction-rate?${range}&groupBy=region&region=${f.region(role, s)}` }),
  },
  {
    // Dashboard table export (.xlsx, audited): the same query as GET /indicators/{key}, same scope.
    route: 'GET /api/v1/indicators/{key}/export', permission: 'indicator:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/indicators/on-time-rate/export?${range}&groupBy=region&region=${f.region(role, s)}` }),
  },
  {
    route: 'GET /api/v1/cases', permission: 'case:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases?station=${f.station(role, s)}` }),
    outStatus: 200,
    verifyOut: (body) => body.total === 0,
  },
  { route: 'GET /api/v1/cases/{id}', permission: 'case:read', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}` }) },
  { route: 'GET /api/v1/cases/{id}/citizen', permission: 'case:pii', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/citizen` }) },
  // DB1405 6.2-6.4, 7.2 case lifecycle (issue 4). Transitions run for every allowed role on the
  // same seeded cases, so they are sent with expectedVersion -1: past the guard and the scope
  // check (outside → 404), then refused on content with 409 (CASE.VERSION_CONFLICT, or
  // CASE.INVALID_TRANSITION when the fixture case's state does not allow the step) and nothing
  // changes. Routes naming a row no fixture provides (an extension, a file, a hop) use an id that
  // does not exist: 404 inside the scope as outside it, past the guard.
  {
    route: 'GET /api/v1/cases/checklist', permission: 'catalogue:read', okStatus: 200, scoped: false,
    build: (f) => ({ url: `/api/v1/cases/checklist?itemId=${f.catalogueItemId}` }),
  },
  {
    // A real commission (only agents may): a new case at the agent's own station, a name per call.
    route: 'POST /api/v1/cases', permission: 'case:write', okStatus: 201, scoped: false,
    build: (f, role, s) => ({
      url: '/api/v1/cases',
      body: { itemId: f.catalogueItemId, citizen: { name: `矩阵 ${role} ${s}`, phone: '13800000000' }, consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: [] },
    }),
  },
  // Seeded cases carry no materials checklist, so no notice exists for them: 404 CASE.NO_NOTICE inside, CASE.NOT_FOUND outside.
  { route: 'GET /api/v1/cases/{id}/notice', permission: 'case:read', okStatus: 404, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/notice` }) },
  ...([
    ['reapply', { consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: [] }],
    ['materials', { materialIds: [1] }],
    ['start', {}],
    ['supplement-request', { reason: '访问矩阵' }],
    ['supplement-received', {}],
    ['complete', {}],
    ['fail', { reasonCode: 'OTHER', note: '访问矩阵' }],
    ['notify', { channel: 'PHONE' }],
    ['deliver', {}],
    ['fee', { amount: 0 }],
    ['extensions', { days: 1, reason: '访问矩阵' }],
    ['handoffs', { note: '访问矩阵' }],
  ] as const).map(([step, body]): RouteSpec => ({
    route: `POST /api/v1/cases/{id}/${step}`, permission: 'case:write', okStatus: 409, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/${step}`, body: { expectedVersion: -1, ...body } }),
  })),
  ...(['suspend', 'resume'] as const).map((step): RouteSpec => ({
    route: `POST /api/v1/cases/{id}/${step}`, permission: 'case:extension:decide', okStatus: 409, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/${step}`, body: { expectedVersion: -1, ...(step === 'suspend' ? { reason: '访问矩阵' } : { note: '访问矩阵' }) } }),
  })),
  {
    // Recording a visit only adds a row, whatever the case's state: a real 201 (today, China time).
    route: 'POST /api/v1/cases/{id}/home-visits', permission: 'case:write', okStatus: 201, scoped: true,
    build: (f, role, s) => ({
      url: `/api/v1/cases/${f.caseId(role, s)}/home-visits`,
      body: { visitDate: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), note: `访问矩阵 ${role} ${s}` },
    }),
  },
  ...(['approve', 'reject'] as const).map((d): RouteSpec => ({
    route: `POST /api/v1/cases/{id}/extensions/{extId}/${d}`, permission: 'case:extension:decide', okStatus: 404, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/extensions/999999999/${d}`, body: { note: '访问矩阵' } }),
  })),
  {
    // A PNG declared as a PDF: refused by content (415 UPLOAD.TYPE_MISMATCH) after the scope check, nothing stored.
    route: 'POST /api/v1/cases/{id}/files', permission: 'case:write', okStatus: 415, scoped: true,
    build: (f, role, s) => ({
      url: `/api/v1/cases/${f.caseId(role, s)}/files?materialName=matrix`,
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      headers: { 'content-type': 'application/pdf' },
    }),
  },
  {
    route: 'GET /api/v1/cases/{id}/files/{fileId}', permission: 'case:read', okStatus: 404, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/files/999999999` }),
  },
  // DB1405 8.1.1 evaluations. Staff entry is sent with channel ONLINE: past the guard and the
  // scope (outside → 404), then refused on content (422 EVALUATION.ONLINE_BY_TOKEN), so the matrix
  // never rates a case. The reply slip answers 200 for any case (outcome null while unfinished).
  { route: 'GET /api/v1/cases/{id}/evaluations', permission: 'evaluation:read', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/evaluations` }) },
  {
    route: 'POST /api/v1/cases/{id}/evaluations', permission: 'evaluation:write', okStatus: 422, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/evaluations`, body: { channel: 'ONLINE', level: 'SATISFIED' } }),
  },
  { route: 'GET /api/v1/cases/{id}/reply-slip', permission: 'case:read', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/cases/${f.caseId(role, s)}/reply-slip` }) },
  {
    route: 'GET /api/v1/evaluations', permission: 'evaluation:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/evaluations?station=${f.station(role, s)}` }),
    outStatus: 200,
    verifyOut: (body) => body.total === 0,
  },
  {
    route: 'POST /api/v1/evaluations/{id}/moderation', permission: 'evaluation:moderate', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/evaluations/999999999/moderation', body: { decision: 'REJECTED' } }),
  },
  // The online form: no login; an unknown token answers 404 to everyone (6 calls per token, under the per-token limit).
  { route: 'GET /api/v1/public/evaluations/{token}', permission: 'public', okStatus: 404, scoped: false, build: () => ({ url: '/api/v1/public/evaluations/AAAAAAAAAAAAAAAAAAAAAA' }) },
  {
    // another unknown token than the GET's: the per-token limit counts each token's calls together
    route: 'POST /api/v1/public/evaluations/{token}', permission: 'public', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/public/evaluations/BBBBBBBBBBBBBBBBBBBBBB', body: { level: 'SATISFIED' } }),
  },
  // DB1405 8.1.2 回访. A batch for a month not yet over is refused on content (422
  // SURVEY.MONTH_NOT_CLOSED) before the city-wide check, so the matrix never draws one; calls and
  // batches are named by ids no fixture has (404 past the guard); stats are scoped by region.
  {
    route: 'POST /api/v1/surveys/batches', permission: 'survey:write', okStatus: 422, scoped: false,
    build: () => ({ url: '/api/v1/surveys/batches', body: { month: '2099-01' } }),
  },
  { route: 'GET /api/v1/surveys/batches', permission: 'survey:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/surveys/batches' }) },
  { route: 'GET /api/v1/surveys/batches/{id}/calls', permission: 'survey:read', okStatus: 404, scoped: false, build: () => ({ url: '/api/v1/surveys/batches/999999999/calls' }) },
  {
    route: 'POST /api/v1/surveys/calls/{id}', permission: 'survey:write', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/surveys/calls/999999999', body: { outcome: 'REFUSED' } }),
  },
  {
    route: 'GET /api/v1/surveys/stats', permission: 'survey:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/surveys/stats?month=2026-10&region=${f.region(role, s)}` }),
  },
  // DB1405 7.2.3: hops are scoped by their target region; no fixture names one, so a missing hop shows the guard.
  { route: 'GET /api/v1/handoffs', permission: 'case:review', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/handoffs?status=OPEN' }) },
  ...([
    ['confirm-materials', {}], ['review', {}], ['sign', {}], ['stamp', {}], ['issue', { certificateNo: 'MATRIX-1' }], ['return', { resultNote: '访问矩阵' }],
  ] as const).map(([step, body]): RouteSpec => ({
    route: `POST /api/v1/handoffs/{id}/${step}`, permission: 'case:review', okStatus: 404, scoped: false,
    build: () => ({ url: `/api/v1/handoffs/999999999/${step}`, body }),
  })),
  // DB1405 6.1 consultations: registered by agents at their own station (a real 201, a name per call).
  {
    route: 'POST /api/v1/consultations', permission: 'consultation:write', okStatus: 201, scoped: false,
    build: (_f, role, s) => ({
      url: '/api/v1/consultations',
      body: { channel: 'PHONE', citizen: { name: `矩阵 ${role} ${s}`, phone: '13800000000' }, topic: '访问矩阵', content: `访问矩阵 ${role} ${s}`, answer: '已答复' },
    }),
  },
  {
    route: 'GET /api/v1/consultations', permission: 'consultation:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/consultations?station=${f.station(role, s)}` }),
    outStatus: 200,
    verifyOut: (body) => body.total === 0,
  },
  { route: 'GET /api/v1/consultations/{id}', permission: 'consultation:read', okStatus: 404, scoped: false, build: () => ({ url: '/api/v1/consultations/999999999' }) },
  {
    route: 'POST /api/v1/consultations/{id}/answer', permission: 'consultation:write', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/consultations/999999999/answer', body: { answer: '访问矩阵' } }),
  },
  {
    route: 'POST /api/v1/consultations/{id}/convert', permission: 'consultation:write', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/consultations/999999999/convert', body: { consent: { given: true, method: 'SIGNED_FORM' }, providedMaterialIds: [] } }),
  },
  // DB1405 8.2 rectifications: the list is filtered by the scope, the figures refuse a region
  // outside it; no fixture names a rectification, so a missing id shows the guard (the steps'
  // own write/review split is checked per action in tests/integration/rectifications.test.ts).
  {
    route: 'GET /api/v1/rectifications', permission: 'rectification:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/rectifications?station=${f.station(role, s)}` }),
    outStatus: 200,
    verifyOut: (body) => body.total === 0,
  },
  {
    route: 'GET /api/v1/rectifications/stats', permission: 'rectification:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/rectifications/stats?region=${f.region(role, s)}&from=2026-01-01&to=2026-12-31` }),
  },
  { route: 'GET /api/v1/rectifications/{id}', permission: 'rectification:read', okStatus: 404, scoped: false, build: () => ({ url: '/api/v1/rectifications/999999999' }) },
  {
    route: 'POST /api/v1/rectifications/{id}/actions', permission: 'rectification:read', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/rectifications/999999999/actions', body: { action: 'VERIFY', version: 1, note: '访问矩阵' } }),
  },
  // DB1405 8.2.3 suggestions: submitted and tracked publicly (a real 201 per call), answered by staff.
  {
    route: 'POST /api/v1/public/suggestions', permission: 'public', okStatus: 201, scoped: false,
    build: (_f, role, s) => ({ url: '/api/v1/public/suggestions', body: { content: `访问矩阵 ${role} ${s} 的意见建议` } }),
  },
  {
    route: 'GET /api/v1/public/suggestions/{trackingCode}', permission: 'public', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/public/suggestions/000000000000' }),
  },
  // DB1405 8.1.3, 4.4 public disclosure: open to anyone, the same answer for every role (no scope).
  { route: 'GET /api/v1/public/satisfaction', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/public/satisfaction?period=quarter&region=140522' }) },
  { route: 'GET /api/v1/public/rectifications', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: `/api/v1/public/rectifications?${range}` }) },
  { route: 'GET /api/v1/public/catalogue', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/public/catalogue?level=VILLAGE' }) },
  { route: 'GET /api/v1/public/catalogue/{id}', permission: 'public', okStatus: 200, scoped: false, build: (f) => ({ url: `/api/v1/public/catalogue/${f.catalogueItemId}` }) },
  { route: 'GET /api/v1/public/stations', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/public/stations?region=140522&page=2' }) },
  { route: 'GET /api/v1/public/stations/{id}', permission: 'public', okStatus: 200, scoped: false, build: (f, role) => ({ url: `/api/v1/public/stations/${f.station(role, 'in')}` }) },
  { route: 'GET /api/v1/public/regions', permission: 'public', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/public/regions' }) },
  { route: 'GET /api/v1/suggestions', permission: 'suggestion:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/suggestions?status=OPEN' }) },
  {
    route: 'POST /api/v1/suggestions/{id}/answer', permission: 'suggestion:answer', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/suggestions/999999999/answer', body: { answer: '访问矩阵' } }),
  },
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
  // DB1405 7.1 catalogue: one list for the whole city (no region), so nothing here is scoped.
  { route: 'GET /api/v1/catalogue/items', permission: 'catalogue:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/catalogue/items?level=VILLAGE' }) },
  { route: 'GET /api/v1/catalogue/items/{id}', permission: 'catalogue:read', okStatus: 200, scoped: false, build: (f) => ({ url: `/api/v1/catalogue/items/${f.catalogueItemId}` }) },
  {
    route: 'GET /api/v1/catalogue/items/{id}/versions', permission: 'catalogue:read', okStatus: 200, scoped: false,
    build: (f) => ({ url: `/api/v1/catalogue/items/${f.catalogueItemId}/versions` }),
  },
  {
    // A new item per call (ADD), so the one-open-proposal-per-item rule never answers instead of access.
    route: 'POST /api/v1/catalogue/proposals', permission: 'catalogue:propose', okStatus: 201, scoped: false,
    build: (_f, role, s) => ({
      url: '/api/v1/catalogue/proposals',
      body: {
        changeType: 'ADD', reason: `访问矩阵 ${role} ${s}`,
        content: {
          name: `矩阵测试事项 ${role} ${s}`, category: '便民服务', source: 'LOCAL_DEMAND', level: 'VILLAGE', department: '村民委员会',
          legalBasis: '《中华人民共和国村民委员会组织法》', timeLimitDays: 3, statutoryFee: 0, procedure: ['提交申请材料', '办结并告知结果'],
          materials: [{ name: '申请人居民身份证', form: 'ORIGINAL', copies: 1, howToGet: '本人携带' }],
        },
      },
    }),
  },
  { route: 'GET /api/v1/catalogue/proposals', permission: 'catalogue:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/catalogue/proposals?status=PROPOSED' }) },
  // Decisions need a proposal of someone else in the right state, which a static entry cannot
  // name; a proposal that does not exist shows the same thing: past the guard, refused by the service.
  {
    route: 'POST /api/v1/catalogue/proposals/{id}/approve', permission: 'catalogue:decide', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/catalogue/proposals/999999999/approve', body: { note: '同意' } }),
  },
  {
    route: 'POST /api/v1/catalogue/proposals/{id}/reject', permission: 'catalogue:decide', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/catalogue/proposals/999999999/reject', body: { note: '依据不足' } }),
  },
  {
    route: 'POST /api/v1/catalogue/proposals/{id}/publish', permission: 'catalogue:decide', okStatus: 404, scoped: false,
    build: () => ({ url: '/api/v1/catalogue/proposals/999999999/publish', body: { effectiveFrom: '2099-01-01' } }),
  },
  {
    route: 'GET /api/v1/stations', permission: 'station:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/stations?region=${f.region(role, s)}` }),
  },
  { route: 'GET /api/v1/stations/{id}', permission: 'station:read', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/stations/${f.station(role, s)}` }) },
  {
    // Every village of the demo data has its station: a creation inside the scope is refused as
    // 409 STATION.EXISTS (after the scope check), outside it the village "does not exist" (404).
    route: 'POST /api/v1/stations', permission: 'station:write', okStatus: 409, scoped: true,
    build: (f, role, s) => ({ url: '/api/v1/stations', body: { regionCode: f.region(role, s), name: `矩阵${role}${s}村便民服务站`, address: '矩阵测试地址', openingHours: '全天' } }),
  },
  {
    route: 'PATCH /api/v1/stations/{id}', permission: 'station:write', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/stations/${f.station(role, s)}`, body: { openingHours: `周一至周五 8:30-17:30（矩阵 ${role} ${s}）` } }),
  },
  {
    route: 'GET /api/v1/stations/export.xlsx', permission: 'station:export', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/stations/export.xlsx?region=${f.region(role, s)}` }),
  },
  { route: 'POST /api/v1/stations/import', permission: 'station:write', okStatus: 200, scoped: false, build: (f, role) => ({ url: '/api/v1/stations/import', ...stationImport(f, role) }) },
  {
    route: 'GET /api/v1/agents', permission: 'agent:read', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/agents?station=${f.station(role, s)}` }),
  },
  { route: 'GET /api/v1/agents/{id}', permission: 'agent:read', okStatus: 200, scoped: true, build: (f, role, s) => ({ url: `/api/v1/agents/${f.agent(role, s)}` }) },
  {
    route: 'POST /api/v1/agents', permission: 'agent:write', okStatus: 201, scoped: true,
    build: (f, role, s) => ({ url: '/api/v1/agents', body: { stationId: f.station(role, s), name: `矩阵新增${role}${s}`, category: 'OTHER', phone: '13700000000' } }),
  },
  {
    route: 'PATCH /api/v1/agents/{id}', permission: 'agent:write', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/agents/${f.agent(role, s)}`, body: { skills: ['社保', '医保'] } }),
  },
  {
    route: 'POST /api/v1/agents/{id}/trainings', permission: 'agent:write', okStatus: 201, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/agents/${f.agent(role, s)}/trainings`, body: { course: `矩阵培训 ${role} ${s}`, date: '2026-03-02', hours: 2 } }),
  },
  {
    route: 'GET /api/v1/agents/export.xlsx', permission: 'agent:export', okStatus: 200, scoped: true,
    build: (f, role, s) => ({ url: `/api/v1/agents/export.xlsx?station=${f.station(role, s)}` }),
  },
  { route: 'POST /api/v1/agents/import', permission: 'agent:write', okStatus: 200, scoped: false, build: (f, role) => ({ url: '/api/v1/agents/import', ...agentImport(f, role) }) },
  { route: 'GET /api/v1/etl/status', permission: 'etl:read', okStatus: 200, scoped: false, build: () => ({ url: '/api/v1/etl/status' }) },
];
