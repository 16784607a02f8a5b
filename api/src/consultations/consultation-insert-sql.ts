import type { Pool } from 'pg';
import { reviveRow } from '../common/json-rows';
import type { ConsultationRow } from './consultation-views';

// POST /consultations, the station's most frequent write (every call and visit, DB1405 6.1), in
// one statement: the caller's agent, the catalogue check, the insert and the names the answer
// shows. Through Prisma it took ~10 statements, each compiled on the event loop (see
// cases/case-detail-sql.ts). No row back means the caller is not an agent or the item is unknown;
// the service tells which on that (rare) path.

const INSERT_SQL = `
WITH actor AS (SELECT agent_id FROM users WHERE id = $1 AND agent_id IS NOT NULL),
ins AS (
  INSERT INTO consultations (station_id, agent_id, channel, citizen_name, citizen_phone_enc, citizen_phone_masked,
    item_id, topic, content, answer, status, answered_at, due_date, created_at, updated_at)
  SELECT $2, actor.agent_id, $3::"ConsultationChannel", $4, $5, $6, $7::int, $8, $9, $10, $11::"ConsultationStatus", $12::timestamptz, $13::date, $14::timestamptz, $14::timestamptz
  FROM actor
  WHERE $7::int IS NULL OR EXISTS (SELECT 1 FROM catalogue_items WHERE id = $7::int AND active AND version > 0)
  RETURNING *)
SELECT to_jsonb(ins) AS c, s.name AS station_name, a.name AS agent_name, i.name AS item_name
FROM ins JOIN stations s ON s.id = ins.station_id JOIN agents a ON a.id = ins.agent_id LEFT JOIN catalogue_items i ON i.id = ins.item_id`;

export interface NewConsultation {
  userId: number;
  stationId: number;
  channel: string;
  citizenName: string;
  citizenPhoneEnc: string;
  citizenPhoneMasked: string;
  itemId: number | null;
  topic: string;
  content: string;
  answer: string | null;
  status: 'OPEN' | 'ANSWERED';
  answeredAt: Date | null;
  /** 'YYYY-MM-DD' */
  dueDate: string | null;
  createdAt: Date;
}

export async function insertConsultation(pool: Pool, n: NewConsultation): Promise<ConsultationRow | null> {
  const { rows } = await pool.query(INSERT_SQL, [
    n.userId, n.stationId, n.channel, n.citizenName, n.citizenPhoneEnc, n.citizenPhoneMasked, n.itemId, n.topic, n.content,
    n.answer, n.status, n.answeredAt, n.dueDate, n.createdAt,
  ]);
  if (!rows.length) return null;
  const r = rows[0];
  const c = reviveRow<ConsultationRow & { stationId: number; agentId: number; itemId: number | null }>(r.c, ['dueDate', 'answeredAt', 'createdAt']);
  return {
    ...c,
    item: c.itemId === null ? null : { id: c.itemId, name: r.item_name },
    station: { id: c.stationId, name: r.station_name },
    agent: { id: c.agentId, name: r.agent_name },
    cases: [],
  };
}
