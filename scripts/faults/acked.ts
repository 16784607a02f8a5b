// Writes the API acknowledged to the drill's client (2xx with the new id in the body). These must
// survive every fault; writes that failed or timed out may or may not have happened.

export interface AckedCase {
  id: number;
  /** The case version in the last acknowledged response. */
  version: number;
  /** Acknowledged changes of this case (creation included): each appended one case_event. */
  changes: number;
}

export interface AckedWrites {
  consultations: number[];
  evaluations: number[];
  cases: AckedCase[];
}

export function ackedCount(a: AckedWrites): number {
  return a.consultations.length + a.evaluations.length + a.cases.reduce((n, c) => n + c.changes, 0);
}
