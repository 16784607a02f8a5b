import type { Pool } from 'pg';

// The personal-data scan of the public disclosure (DB1405 8.1.3, 4.4; issue 5: "every public
// route's response, and the rendered public pages, scanned for 18-digit ID numbers, 11-digit
// mobile numbers and the names of the seeded citizens: zero hits").
//
// ID numbers and mobiles are found by pattern in the raw text, each standing alone: a 12-digit
// village code (140522100201) contains an 11-digit run starting 14…, and it is not a phone.
//
// Names: every distinct citizen_name of cases and consultations in the test database is looked
// for in every string of an answer (every text node of a page). Chinese names are short (2-3
// characters) and the synthetic generator shares surnames and given-name characters with real
// words, and — by construction — agents are named by the same generator. One exception is made,
// and only at the granularity of a whole string: a string that IS a value the standard publishes
// (DB1405 4.4: an agent's name, a station's name or address, a region's name, a catalogue item's
// text) is not a leak even when it equals or contains a citizen's name. Any other string holding
// a citizen's name — a comment, a label, a sentence around a published name — is a hit.

/** 18-digit resident ID number (GB 11643), standing alone. */
export const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/g;
/** Mainland mobile number, standing alone. */
export const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

export interface PiiReference {
  names: string[];
  /** Whole strings the standard publishes (see above). */
  published: Set<string>;
  nameRe: RegExp;
}

export async function loadPiiReference(pool: Pool): Promise<PiiReference> {
  const names = (await pool.query<{ n: string }>(`
    SELECT DISTINCT btrim(citizen_name) AS n FROM cases WHERE btrim(citizen_name) <> ''
    UNION SELECT DISTINCT btrim(citizen_name) FROM consultations WHERE btrim(citizen_name) <> ''`)).rows.map((r) => r.n);
  if (names.length < 100) throw new Error(`only ${names.length} citizen names seeded: the scan would prove little`);
  const published = (await pool.query<{ v: string }>(`
    SELECT name AS v FROM regions
    UNION SELECT name FROM stations UNION SELECT address FROM stations UNION SELECT opening_hours FROM stations
    UNION SELECT name FROM agents
    UNION SELECT name FROM catalogue_items UNION SELECT department FROM catalogue_items UNION SELECT legal_basis FROM catalogue_items
    UNION SELECT category FROM catalogue_items UNION SELECT unnest(procedure) FROM catalogue_items
    UNION SELECT name FROM catalogue_materials UNION SELECT how_to_get FROM catalogue_materials`)).rows.map((r) => r.v.trim());
  // Longest first, so the alternation reports the whole name rather than a 2-character prefix.
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return { names, published: new Set(published), nameRe: new RegExp(sorted.map(escape).join('|'), 'g') };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Hit {
  where: string;
  kind: 'id-number' | 'mobile' | 'citizen-name';
  match: string;
  context: string;
}

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 20), index + length + 20);
}

function patternHits(where: string, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [kind, re] of [['id-number', ID_NUMBER], ['mobile', MOBILE]] as const) {
    for (const m of text.matchAll(re)) hits.push({ where, kind, match: m[0], context: around(text, m.index!, m[0].length) });
  }
  return hits;
}

function nameHits(where: string, strings: Iterable<string>, ref: PiiReference): Hit[] {
  const hits: Hit[] = [];
  for (const raw of strings) {
    const s = raw.trim();
    if (!s || ref.published.has(s)) continue;
    for (const m of s.matchAll(ref.nameRe)) hits.push({ where, kind: 'citizen-name', match: m[0], context: around(s, m.index!, m[0].length) });
  }
  return hits;
}

function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); stringsOf(x, out); }
  return out;
}

/** A JSON answer: patterns over the raw text (numbers included), names over every string value and key. */
export function scanJson(where: string, raw: string, ref: PiiReference): Hit[] {
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    /* not JSON: scan as one string */
  }
  return [...patternHits(where, raw), ...nameHits(where, stringsOf(parsed), ref)];
}

/** A rendered page: patterns over its whole text and HTML, names over each text node and attribute value. */
export function scanPage(where: string, html: string, texts: string[], ref: PiiReference): Hit[] {
  return [...patternHits(where, html), ...patternHits(where, texts.join('\n')), ...nameHits(where, texts, ref)];
}
