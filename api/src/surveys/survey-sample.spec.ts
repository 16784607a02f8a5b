import fc from 'fast-check';
import { drawSample, mulberry32, type Candidate } from './survey-sample';

// DB1405 8.1.2: a reproducible monthly 回访 sample per township.
const candidates: Candidate[] = [
  ...Array.from({ length: 40 }, (_, i) => ({ caseId: 1000 + i * 3, townshipCode: '140522100' })),
  ...Array.from({ length: 12 }, (_, i) => ({ caseId: 5000 + i, townshipCode: '140522101' })),
  ...Array.from({ length: 3 }, (_, i) => ({ caseId: 9000 + i, townshipCode: '140525200' })),
];
const ids = (s: Candidate[]) => s.map((c) => c.caseId);

describe('survey sampling (DB1405 8.1.2)', () => {
  it('same seed and same candidates → same sample', () => {
    expect(drawSample(candidates, 20261101, 5)).toEqual(drawSample(candidates, 20261101, 5));
  });

  it('does not depend on the order the database returned the candidates in', () => {
    const shuffled = [...candidates].reverse();
    shuffled.push(shuffled.shift()!);
    expect(drawSample(shuffled, 77, 5)).toEqual(drawSample(candidates, 77, 5));
  });

  it('a different seed gives a different sample', () => {
    expect(ids(drawSample(candidates, 1, 5))).not.toEqual(ids(drawSample(candidates, 2, 5)));
  });

  it('takes at most perTownship per township, all of a smaller township, and no duplicates', () => {
    const s = drawSample(candidates, 9, 5);
    const count = (code: string) => s.filter((c) => c.townshipCode === code).length;
    expect([count('140522100'), count('140522101'), count('140525200')]).toEqual([5, 5, 3]);
    expect(new Set(ids(s)).size).toBe(s.length);
    expect(drawSample(candidates, 9, 1000)).toHaveLength(candidates.length);
    expect(drawSample([], 9, 5)).toEqual([]);
    expect(() => drawSample(candidates, 9, 0)).toThrow(RangeError);
  });

  it("one township's candidates do not change another township's sample", () => {
    const more = [...candidates, { caseId: 99999, townshipCode: '140525200' }];
    const a = drawSample(candidates, 5, 5).filter((c) => c.townshipCode === '140522100');
    const b = drawSample(more, 5, 5).filter((c) => c.townshipCode === '140522100');
    expect(b).toEqual(a);
  });

  it('draws only candidates, sorted by township then id (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ caseId: fc.integer({ min: 1, max: 500 }), townshipCode: fc.constantFrom('A', 'B', 'C') }), { maxLength: 80 }),
      fc.integer(), fc.integer({ min: 1, max: 10 }),
      (cs, seed, k) => {
        const s = drawSample(cs, seed, k);
        const keys = new Set(cs.map((c) => `${c.townshipCode}:${c.caseId}`));
        for (const c of s) expect(keys.has(`${c.townshipCode}:${c.caseId}`)).toBe(true);
        const sorted = [...s].sort((x, y) => x.townshipCode.localeCompare(y.townshipCode) || x.caseId - y.caseId);
        expect(s).toEqual(sorted);
        expect(drawSample(cs, seed, k)).toEqual(s);
      },
    ));
  });

  it('pins the generator: mulberry32 is the published algorithm', () => {
    const next = mulberry32(1);
    // first outputs of mulberry32(1), also what prisma/seed/random.ts gives
    expect([next(), next()].map((x) => x.toFixed(8))).toEqual(['0.62707394', '0.00273572']);
  });

  it('is roughly uniform: every candidate gets drawn about equally often', () => {
    const pool = Array.from({ length: 10 }, (_, i) => ({ caseId: i + 1, townshipCode: 'T' }));
    const hits = new Array(11).fill(0);
    for (let seed = 0; seed < 4000; seed++) for (const c of drawSample(pool, seed, 2)) hits[c.caseId]++;
    for (let i = 1; i <= 10; i++) expect(Math.abs(hits[i] - 800)).toBeLessThan(120);
  });
});
