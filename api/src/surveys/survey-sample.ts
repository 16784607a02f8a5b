// DB1405 8.1.2 satisfaction survey (回访): each month a simple random sample without replacement
// of the closed cases of every township. Pure and reproducible: the same seed and the same
// candidates give the same sample, whatever order the database returned them in, so a stored
// seed lets anyone redraw and check a batch.
//
// The generator is pinned here (mulberry32, the same as prisma/seed/random.ts) rather than
// imported from the seed code: a stored seed must reproduce its draw for as long as the batch
// is kept, so this algorithm may never change with the demo-data generator.

export interface Candidate {
  caseId: number;
  townshipCode: string;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). Not for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the township code mixed with the batch seed: each township draws from its own stream. */
export function townshipSeed(seed: number, townshipCode: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const ch of townshipCode) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Up to `perTownship` cases from every township (all of them where it has fewer). Candidates are
 * grouped by township and sorted by case id before drawing; each township uses its own stream
 * (seed × township code), so adding a case in one township never changes another's sample.
 * Result: sorted by township code, then case id.
 */
export function drawSample(candidates: readonly Candidate[], seed: number, perTownship: number): Candidate[] {
  if (!Number.isInteger(perTownship) || perTownship < 1) throw new RangeError(`perTownship must be a positive integer, got ${perTownship}`);
  const byTownship = new Map<string, number[]>();
  for (const c of candidates) {
    const ids = byTownship.get(c.townshipCode) ?? [];
    ids.push(c.caseId);
    byTownship.set(c.townshipCode, ids);
  }
  const out: Candidate[] = [];
  for (const code of [...byTownship.keys()].sort()) {
    const ids = [...new Set(byTownship.get(code)!)].sort((a, b) => a - b);
    const k = Math.min(perTownship, ids.length);
    const next = mulberry32(townshipSeed(seed, code));
    // partial Fisher-Yates: the first k positions become a uniform sample without replacement
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(next() * (ids.length - i));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    for (const id of ids.slice(0, k).sort((a, b) => a - b)) out.push({ caseId: id, townshipCode: code });
  }
  return out;
}
