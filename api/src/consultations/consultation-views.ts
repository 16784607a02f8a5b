import { maskName } from '../privacy/masking';

// Consultations as screens show them: the citizen's name and phone masked, the owning agent
// (首问负责, DB1405 7.2.1 a) by masked name.

export interface ConsultationRow {
  id: number;
  channel: string;
  status: string;
  citizenName: string;
  citizenPhoneMasked: string;
  topic: string;
  content: string;
  answer: string | null;
  dueDate: Date | null;
  answeredAt: Date | null;
  createdAt: Date;
  item: { id: number; name: string } | null;
  station: { id: number; name: string };
  agent: { id: number; name: string };
  cases: { id: number; caseNo: string }[];
}

export function consultationView(c: ConsultationRow, today: string) {
  const due = c.dueDate ? c.dueDate.toISOString().slice(0, 10) : null;
  return {
    id: c.id,
    channel: c.channel,
    status: c.status,
    citizen: { name: maskName(c.citizenName), phone: c.citizenPhoneMasked },
    item: c.item,
    topic: c.topic,
    content: c.content,
    answer: c.answer,
    /** DB1405 6.1.3: an open consultation is answered by this date. */
    dueDate: due,
    overdue: c.status === 'OPEN' && !!due && today > due,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    station: c.station,
    owner: { agentId: c.agent.id, name: maskName(c.agent.name) },
    cases: c.cases,
  };
}
