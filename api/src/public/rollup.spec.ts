import { areaCodeOf, rollUp } from './rollup';

const row = (month: string, county: string, township: string, v: number) => ({ month, county, township, v });

describe('rollUp (areas × periods of a region subtree)', () => {
  it('picks the direct subdivision for the region level', () => {
    const r = row('2026-01', '140522', '140522100', 1);
    expect(areaCodeOf('CITY', r, '140500')).toBe('140522');
    expect(areaCodeOf('COUNTY', r, '140522')).toBe('140522100');
    expect(areaCodeOf('TOWNSHIP', r, '140522100')).toBe('140522100');
  });

  it('sums rows per area and period, months into quarters, with zero cells where nothing happened', () => {
    const rows = [
      row('2026-01', 'A', 'A1', 2), row('2026-02', 'A', 'A2', 3), row('2026-04', 'B', 'B1', 5),
      row('2026-03', 'GONE', 'G1', 7), // an area no longer in the tree still counts for the whole region
    ];
    const r = rollUp(rows, { granularity: 'quarter', periods: ['2026-Q1', '2026-Q2'] }, (x) => x.county, ['A', 'B', 'C'],
      () => ({ v: 0 }), (into, x) => { into.v += x.v; });
    expect(r.overall.total.v).toBe(17);
    expect([...r.overall.byPeriod]).toEqual([['2026-Q1', { v: 12 }], ['2026-Q2', { v: 5 }]]);
    expect(r.areas.get('A')!.total.v).toBe(5);
    expect(r.areas.get('A')!.byPeriod.get('2026-Q1')!.v).toBe(5);
    expect(r.areas.get('B')!.byPeriod.get('2026-Q1')!.v).toBe(0);
    expect(r.areas.get('C')!.total.v).toBe(0);
    expect(r.areas.has('GONE')).toBe(false);
  });
});
