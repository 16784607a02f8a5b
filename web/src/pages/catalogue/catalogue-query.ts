/** The catalogue list's filters in the URL (?q=&level=&category=&all=1), so a link shows the same list. Pure. */
import type { CatalogueItemQuery } from '../../api/types';

export interface CatalogueFilters {
  q: string;
  level: string;
  category: string;
  includeInactive: boolean;
}

const LEVELS = ['VILLAGE', 'TOWNSHIP', 'COUNTY'];

export function parseCatalogueFilters(params: URLSearchParams): CatalogueFilters {
  const level = params.get('level') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 50),
    level: LEVELS.includes(level) ? level : '',
    category: (params.get('category') ?? '').slice(0, 32),
    includeInactive: params.get('all') === '1',
  };
}

export function serializeCatalogueFilters(f: CatalogueFilters): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.level) p.set('level', f.level);
  if (f.category) p.set('category', f.category);
  if (f.includeInactive) p.set('all', '1');
  return p.toString();
}

export function toItemQuery(f: CatalogueFilters): CatalogueItemQuery {
  return { q: f.q || null, level: f.level || null, category: f.category || null, active: f.includeInactive ? 'all' : null };
}

/** Distinct categories in catalogue order of first appearance, for the category filter. */
export function categoriesOf(items: ReadonlyArray<{ category: string }>): string[] {
  return [...new Set(items.map((i) => i.category))];
}
