// Client calls of the demand statistics (DB1405 7.1.2-7.1.3) and of turning a suggestion into a
// catalogue proposal. Exports come back as .xlsx Blobs.
import { request } from './client';
import type {
  DemandIdle, DemandOffCatalogue, DemandParams, DemandProposalRequest, DemandSuggestions, DemandTable, DemandTop,
} from './demand-types';
import type { CatalogueProposal } from './types';

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const period = (p: DemandParams) => ({ from: p.from, to: p.to, region: p.region });

export const demandApi = {
  top(p: DemandParams & { limit?: number }, signal?: AbortSignal): Promise<DemandTop> {
    return request<DemandTop>(`/demand/top${query({ ...period(p), limit: p.limit })}`, { signal });
  },
  offCatalogue(p: DemandParams, signal?: AbortSignal): Promise<DemandOffCatalogue> {
    return request<DemandOffCatalogue>(`/demand/off-catalogue${query(period(p))}`, { signal });
  },
  idle(p: { asOf: string; region?: string | null }, signal?: AbortSignal): Promise<DemandIdle> {
    return request<DemandIdle>(`/demand/idle${query({ asOf: p.asOf, region: p.region })}`, { signal });
  },
  suggestions(p: DemandParams, signal?: AbortSignal): Promise<DemandSuggestions> {
    return request<DemandSuggestions>(`/demand/suggestions${query(period(p))}`, { signal });
  },
  /** The server recomputes the figures; 409 CATALOGUE.PROPOSAL_PENDING when one is already open. */
  propose(body: DemandProposalRequest): Promise<CatalogueProposal> {
    return request<CatalogueProposal>('/demand/suggestions/proposal', { method: 'POST', body });
  },
  /** One table as .xlsx (the same figures as on screen). */
  exportTable(table: DemandTable, p: DemandParams & { limit?: number; asOf?: string }): Promise<Blob> {
    const params = table === 'idle' ? { asOf: p.asOf, region: p.region } : { ...period(p), limit: table === 'top' ? p.limit : undefined };
    return request<Blob>(`/demand/${table}.xlsx${query(params)}`);
  },
};
