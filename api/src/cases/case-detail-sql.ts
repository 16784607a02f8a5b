import type { Case } from '@prisma/client';
import type { Pool } from 'pg';
import { reviveRow } from '../common/json-rows';
import type { DetailParts, DetailRow, EventRow, ExtensionRow, FileRow, HopRow, MaterialRow, PauseRow, VisitRow } from './case-views';

// GET /cases/:id in one statement on the pg pool. Through Prisma the page took ~19 statements,
// each compiled to a plan in WebAssembly on the event loop (~1 ms CPU apiece): on 2 vCPUs that,
// not Postgres, bounded the workbench's busiest read (docs/benchmarks.md). Child rows come back
// as JSON (to_jsonb of the table row), dates are revived below. Every value is a bound parameter.

const DETAIL_SQL = `
SELECT to_jsonb(c) - 'citizen_phone_enc' - 'citizen_id_enc' AS c, i.name AS item_name, s.name AS station_name, a.name AS agent_name,
  i.time_limit_days AS item_limit_days, v.content->'timeLimitDays' AS version_limit_days,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', e.id::text, 'type', e.type, 'from_status', e.from_status, 'to_status', e.to_status,
     'at', e.at, 'data', e.data, 'actor', u.username) ORDER BY e.id), '[]')
   FROM case_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = c.id) AS events,
  (SELECT coalesce(jsonb_agg(to_jsonb(m) ORDER BY m.id), '[]') FROM case_materials m WHERE m.case_id = c.id) AS materials,
  (SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.id), '[]') FROM case_pauses p WHERE p.case_id = c.id) AS pauses,
  (SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.id), '[]') FROM case_extensions x WHERE x.case_id = c.id) AS extensions,
  (SELECT coalesce(jsonb_agg(to_jsonb(h) || jsonb_build_object('to_region_name', r2.name) ORDER BY h.id), '[]')
   FROM case_handoffs h LEFT JOIN regions r2 ON r2.code = h.to_region_code WHERE h.case_id = c.id) AS hops,
  (SELECT coalesce(jsonb_agg(to_jsonb(f) ORDER BY f.id), '[]') FROM case_files f WHERE f.case_id = c.id) AS files,
  (SELECT coalesce(jsonb_agg(to_jsonb(hv) || jsonb_build_object('agent_name', va.name) ORDER BY hv.id), '[]')
   FROM home_visits hv LEFT JOIN agents va ON va.id = hv.agent_id WHERE hv.case_id = c.id) AS visits,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', ra.id, 'caseNo', ra.case_no) ORDER BY ra.id), '[]')
   FROM cases ra WHERE ra.reapplication_of_id = c.id) AS reapplications,
  (SELECT coalesce(jsonb_object_agg(su.id::text, su.username), '{}') FROM users su WHERE su.id IN (
     SELECT requested_by_id FROM case_extensions WHERE case_id = c.id
     UNION SELECT decided_by_id FROM case_extensions WHERE case_id = c.id
     UNION SELECT handed_up_by_id FROM case_handoffs WHERE case_id = c.id
     UNION SELECT reviewer_id FROM case_handoffs WHERE case_id = c.id
     UNION SELECT uploaded_by_id FROM case_files WHERE case_id = c.id)) AS users
FROM cases c
JOIN stations s ON s.id = c.station_id
JOIN regions r ON r.code = s.region_code
JOIN agents a ON a.id = c.agent_id
JOIN catalogue_items i ON i.id = c.item_id
LEFT JOIN catalogue_item_versions v ON v.item_id = c.item_id AND v.version = c.item_version
WHERE c.id = $1 AND left(r.path, length($2)) = $2`;

type Json = Record<string, unknown>;

const CASE_DATES = ['consentAt', 'acceptedAt', 'dueDate', 'completedAt', 'notifiedAt', 'deliveredAt', 'createdAt', 'updatedAt'];
const HOP_DATES = ['handedUpAt', 'dueDate', 'materialsConfirmedAt', 'reviewedAt', 'signedAt', 'stampedAt', 'issuedAt', 'returnedAt'];

/**
 * The promised limit of the item version a case was taken under (a later catalogue change does
 * not move a running case's deadline); the item's current limit when the version row lacks one.
 */
export function pickLimitDays(versionLimit: unknown, itemLimit: number): number {
  const n = Number(versionLimit);
  return Number.isInteger(n) && n > 0 ? n : itemLimit;
}

export type DetailData = Omit<DetailParts, 'due' | 'actions' | 'calendar' | 'now'> & {
  row: DetailRow & Pick<Case, 'itemId' | 'itemVersion' | 'stationId' | 'agentId' | 'status' | 'level'>;
  limitDays: number;
};

/** The case page's data, or null when the id does not exist or lies outside `scopePath`. */
export async function loadCaseDetail(pool: Pool, id: number, scopePath: string): Promise<DetailData | null> {
  const { rows } = await pool.query(DETAIL_SQL, [id, scopePath]);
  if (!rows.length) return null;
  const r = rows[0];
  const c = reviveRow<DetailData['row']>(r.c, CASE_DATES);
  c.item = { id: c.itemId, name: r.item_name };
  c.station = { id: c.stationId, name: r.station_name };
  c.agent = { id: c.agentId, name: r.agent_name };
  const hopsRaw = r.hops as Json[];
  const visitsRaw = r.visits as Json[];
  return {
    row: c,
    limitDays: pickLimitDays(r.version_limit_days, r.item_limit_days),
    events: (r.events as Json[]).map((e) => {
      const ev = reviveRow<EventRow & { actor: unknown }>(e, ['at']);
      ev.actor = e.actor ? { username: e.actor as string } : null;
      return ev;
    }),
    materials: (r.materials as Json[]).map((m) => reviveRow<MaterialRow>(m, ['providedAt'])),
    pauses: (r.pauses as Json[]).map((p) => reviveRow<PauseRow>(p, ['startedAt', 'endedAt'])),
    extensions: (r.extensions as Json[]).map((x) => reviveRow<ExtensionRow>(x, ['requestedAt', 'decidedAt'])),
    hops: hopsRaw.map((h) => reviveRow<HopRow>(h, HOP_DATES)),
    files: (r.files as Json[]).map((f) => reviveRow<FileRow>(f, ['createdAt'])),
    visits: visitsRaw.map((v) => reviveRow<VisitRow>(v, ['visitDate', 'createdAt'])),
    reapplications: r.reapplications,
    users: new Map(Object.entries(r.users as Record<string, string>).map(([k, v]) => [Number(k), v])),
    agents: new Map(visitsRaw.map((v) => [v.agent_id as number, (v.agent_name as string) ?? ''])),
    regions: new Map(hopsRaw.map((h) => [h.to_region_code as string, (h.to_region_name as string) ?? (h.to_region_code as string)])),
  };
}
