// Off-catalogue demand (DB1405 7.1.2 "掌握本地群众高频次的办事需求"): agents type the matter a
// villager asked about as free text, so the same need arrives as '咨询 宅基地审批的问题',
// '宅基地审批' or '关于宅基地审批？'. A normalised key groups those variants; the key is for
// grouping only, people read a representative original text. Pure: no Nest, no database.

/** Filler words agents put before the matter itself (longest first, so '咨询一下' wins over '咨询'). */
const PREFIXES = [
  '咨询一下', '请问一下', '想问一下', '询问一下', '问一下', '请问', '想问', '询问', '咨询', '关于',
  '如何办理', '怎么办理', '怎样办理', '如何', '怎么', '怎样', '办理',
];

/** …and after it. */
const SUFFIXES = [
  '的相关问题', '相关问题', '的问题', '问题', '的相关事宜', '相关事宜', '的事宜', '事宜', '的事情', '事情', '的事',
  '如何办理', '怎么办理', '怎样办理', '怎么办', '办理流程', '的流程', '流程', '咨询', '办理',
];

// Whitespace, punctuation and symbols (Unicode classes P, S, Z): '？', '、', '【】', '～', '　'.
const NOISE = /[\s\p{P}\p{S}\p{Z}]+/gu;

/** Full-width ASCII forms (U+FF01-U+FF5E) and the ideographic space (U+3000) → their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

function stripOnce(s: string): string {
  for (const p of PREFIXES) if (s.startsWith(p) && s.length > p.length) return s.slice(p.length);
  for (const x of SUFFIXES) if (s.endsWith(x) && s.length > x.length) return s.slice(0, -x.length);
  return s;
}

/**
 * The grouping key of a topic: trimmed, half-width, without punctuation or whitespace, latin
 * letters lower-cased, filler prefixes and suffixes removed (repeatedly: '请问关于X的问题' → 'X').
 * A filler is never stripped down to nothing ('咨询' stays '咨询'). '' for a blank topic.
 */
export function normaliseTopic(topic: string): string {
  let s = toHalfWidth(topic.trim()).replace(NOISE, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (;;) {
    const next = stripOnce(s);
    if (next === s) return s;
    s = next;
  }
}

/** One distinct topic text as counted in ClickHouse (GROUP BY topic), with the townships that asked. */
export interface TopicCount {
  topic: string;
  count: number;
  townships: readonly string[];
}

export interface TopicGroup {
  key: string;
  /** The original text most often used for this key (ties: the shorter, then the first in code order). */
  text: string;
  count: number;
  /** Distinct townships that asked, across all variants. */
  townships: number;
  townshipCodes: string[];
  variants: { text: string; count: number }[];
}

/**
 * Groups distinct topics by their normalised key. Variants whose original texts differ only by
 * surrounding whitespace are one variant. Ordered by count (desc), then key.
 */
export function groupTopics(rows: readonly TopicCount[]): TopicGroup[] {
  const groups = new Map<string, { variants: Map<string, number>; townships: Set<string>; count: number }>();
  for (const r of rows) {
    const key = normaliseTopic(r.topic);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { variants: new Map(), townships: new Set(), count: 0 }));
    const text = r.topic.trim();
    g.variants.set(text, (g.variants.get(text) ?? 0) + r.count);
    g.count += r.count;
    for (const t of r.townships) if (t) g.townships.add(t);
  }
  const byUse = (a: { text: string; count: number }, b: { text: string; count: number }) =>
    b.count - a.count || [...a.text].length - [...b.text].length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return [...groups.entries()]
    .map(([key, g]) => {
      const variants = [...g.variants.entries()].map(([text, count]) => ({ text, count })).sort(byUse);
      const townshipCodes = [...g.townships].sort();
      return { key, text: variants[0].text, count: g.count, townships: townshipCodes.length, townshipCodes, variants };
    })
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
