import { maskName } from '../privacy/masking';

// What staff screens get of a case. Lists and details carry only masked personal data (PIPL;
// GB/T 35273): the full name, phone and ID number come from the separate, audited citizen view.

export interface CaseRow {
  id: number;
  caseNo: string;
  status: string;
  level: string;
  citizenName: string;
  citizenPhoneMasked: string;
  citizenIdMasked: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
  dueDate: Date | null;
  completedAt: Date | null;
  pausedDays: number;
  failureReason: string | null;
  itemVersion: number;
  homeVisit: boolean;
  item: { id: number; name: string };
  station: { id: number; name: string };
  agent: { id: number; name: string };
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function caseSummary(c: CaseRow) {
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    level: c.level,
    item: c.item,
    station: c.station,
    agentName: maskName(c.agent.name),
    citizen: { name: maskName(c.citizenName), phone: c.citizenPhoneMasked, idNumber: c.citizenIdMasked },
    createdAt: c.createdAt.toISOString(),
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    dueDate: isoDate(c.dueDate),
    completedAt: c.completedAt?.toISOString() ?? null,
  };
}

export function caseDetail(c: CaseRow, events: { id: bigint; type: string; fromStatus: string | null; toStatus: string | null; at: Date; actor: { username: string } | null }[]) {
  return {
    ...caseSummary(c),
    itemVersion: c.itemVersion,
    homeVisit: c.homeVisit,
    pausedDays: c.pausedDays,
    failureReason: c.failureReason,
    events: events.map((e) => ({ id: String(e.id), type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.at.toISOString(), actor: e.actor?.username ?? null })),
  };
}
