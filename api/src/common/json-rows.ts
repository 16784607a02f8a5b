// Rows that hand-written SQL returns as JSON (to_jsonb of a table row) turned into the shape
// Prisma gives: camelCase keys, Date objects for the named columns. Postgres writes timestamptz
// in JSON as ISO 8601 with its offset and a date as 'YYYY-MM-DD' (read as UTC midnight, as
// Prisma reads @db.Date).

type Json = Record<string, unknown>;

const names = new Map<string, string>(); // column names are few and fixed: convert each once
const camel = (k: string) => {
  let c = names.get(k);
  if (c === undefined) names.set(k, (c = k.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase())));
  return c;
};

export function reviveRow<T>(row: Json, dates: readonly string[]): T {
  const out: Json = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  for (const d of dates) {
    const v = out[d];
    if (typeof v === 'string') out[d] = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
  }
  return out as T;
}
