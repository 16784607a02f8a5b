import { SetMetadata } from '@nestjs/common';

export const AUDIT_KEY = 'rp:audit';

export interface AuditSpec {
  /** Stable action name, e.g. 'station.update', 'agent.export', 'case.pii.view'. */
  action: string;
  resourceType?: string;
  /** Route parameter holding the resource id (default 'id'). */
  idParam?: string;
}

/**
 * Names the audit record of a route. Every mutation (POST/PUT/PATCH/DELETE) is audited even
 * without it (named after the route); GET routes are audited only when they carry it: exports
 * and views of a citizen's full personal data must carry it.
 */
export const Audited = (spec: AuditSpec) => SetMetadata(AUDIT_KEY, spec);
