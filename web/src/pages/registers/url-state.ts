/** Filters, page and the open record of the register pages, kept in the URL (a link or reload shows the same). Pure. */

export interface RegisterUrlState {
  region: string | null;
  q: string | null;
  /** stations: a facility key or 'ANY'; agents: unused */
  missing: string | null;
  /** agents: a category key */
  category: string | null;
  page: number;
  /** the record open in the side panel */
  open: number | null;
}

const positive = (v: string | null): number | null => (v && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : null);

export function parseRegisterQuery(p: URLSearchParams): RegisterUrlState {
  const region = p.get('region');
  return {
    region: region && /^\d{6,12}$/.test(region) ? region : null,
    q: p.get('q')?.trim() || null,
    missing: p.get('missing') || null,
    category: p.get('category') || null,
    page: positive(p.get('page')) ?? 1,
    open: positive(p.get('open')),
  };
}

export function serializeRegisterQuery(s: RegisterUrlState): string {
  const p = new URLSearchParams();
  if (s.region) p.set('region', s.region);
  if (s.q) p.set('q', s.q);
  if (s.missing) p.set('missing', s.missing);
  if (s.category) p.set('category', s.category);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.open) p.set('open', String(s.open));
  return p.toString();
}
