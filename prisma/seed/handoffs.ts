import type { PoolClient } from 'pg';

// DB1405 7.2.2-7.2.3: the hand-off record of every case the seed handed up to the township or
// county (its HANDED_UP and RESULT_RETURNED events), so that the demo's 跨层级各环节时长 panel and
// case pages show the steps. Derived from the events in one statement after they are loaded: the
// steps (材料确认, 审核, 签发, 盖章, 出证) fall at fixed shares of the hop's duration, varied per case;
// a hop still open has only been handed up. The hop is due back by the case's own due date.

const STEP_SHARES = [0.1, 0.38, 0.52, 0.61, 0.86];
const STEP_COLUMNS = ['materials_confirmed_at', 'reviewed_at', 'signed_at', 'stamped_at', 'issued_at'];

export const HANDOFFS_FROM_EVENTS = `
WITH hu AS (
  SELECT e.case_id, e.at AS up, e.actor_id AS up_by, back.at AS back, back.actor_id AS back_by
  FROM case_events e
  LEFT JOIN LATERAL (SELECT b.at, b.actor_id FROM case_events b
                     WHERE b.case_id = e.case_id AND b.type = 'RESULT_RETURNED' AND b.id > e.id ORDER BY b.id LIMIT 1) back ON true
  WHERE e.type = 'HANDED_UP')
INSERT INTO case_handoffs (case_id, level, to_region_code, status, handed_up_by_id, handed_up_at, due_date,
  ${STEP_COLUMNS.join(', ')}, returned_at, certificate_no, reviewer_id)
SELECT hu.case_id, c.level, CASE WHEN c.level = 'COUNTY' THEN split_part(r.path, '/', 3) ELSE split_part(r.path, '/', 4) END,
  CASE WHEN hu.back IS NULL THEN 'HANDED_UP' ELSE 'RETURNED' END,
  coalesce(hu.up_by, (SELECT min(id) FROM users)), hu.up, c.due_date,
  ${STEP_SHARES.map((s) => `CASE WHEN hu.back IS NOT NULL THEN hu.up + (hu.back - hu.up) * (${s} + (c.id % 7) * 0.01) END`).join(',\n  ')},
  hu.back, CASE WHEN hu.back IS NOT NULL THEN 'ZS-' || c.case_no END, hu.back_by
FROM hu
JOIN cases c ON c.id = hu.case_id
JOIN stations s ON s.id = c.station_id
JOIN regions r ON r.code = s.region_code
WHERE c.level <> 'VILLAGE'
ORDER BY hu.case_id, hu.up`;

export async function seedHandoffs(client: PoolClient): Promise<number> {
  return (await client.query(HANDOFFS_FROM_EVENTS)).rowCount ?? 0;
}
