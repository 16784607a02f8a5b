import { FAULTS, multisetDifference, parseDrillArgs, planCycle, rng } from './plan';

describe('fault drill plan', () => {
  it('--cycles wins over FAULT_CYCLES, which wins over the default of 20', () => {
    expect(parseDrillArgs([], {}).cycles).toBe(20);
    expect(parseDrillArgs([], { FAULT_CYCLES: '3' }).cycles).toBe(3);
    expect(parseDrillArgs(['--cycles', '5'], { FAULT_CYCLES: '3' }).cycles).toBe(5);
    expect(parseDrillArgs(['--cycles=7']).cycles).toBe(7);
    expect(parseDrillArgs(['--cycle-timeout', '90', '--keep']).cycleTimeoutMs).toBe(90_000);
    expect(() => parseDrillArgs(['--cycles', '0'])).toThrow('--cycles');
    expect(() => parseDrillArgs(['--cycles', 'many'])).toThrow('--cycles');
  });

  it('every cycle injects all three faults, and six cycles run all six orders', () => {
    const random = rng(1);
    const orders = new Set<string>();
    for (let c = 1; c <= 6; c++) {
      const p = planCycle(c, random);
      expect([...p.steps.map((s) => s.fault)].sort()).toEqual([...FAULTS].sort());
      orders.add(p.steps.map((s) => s.fault).join());
      for (const s of p.steps) {
        expect(s.leadMs).toBeGreaterThanOrEqual(1500);
        if (s.fault === 'etl-kill') expect(s.afterInserts).toBeGreaterThanOrEqual(1);
        else expect(s.downMs).toBeGreaterThanOrEqual(800);
      }
    }
    expect(orders.size).toBe(6);
  });

  it('the same seed gives the same plan (a failing run can be replayed)', () => {
    const a = rng(42);
    const b = rng(42);
    expect(planCycle(3, a)).toEqual(planCycle(3, b));
    expect(planCycle(3, rng(43))).not.toEqual(planCycle(3, rng(42)));
  });

  it('compares rows as multisets: a row counted twice shows', () => {
    expect(multisetDifference([{ n: 1 }, { n: 2 }], [{ n: 2 }, { n: 1 }])).toEqual({ onlyA: [], onlyB: [] });
    expect(multisetDifference([{ n: 1 }, { n: 1 }], [{ n: 1 }])).toEqual({ onlyA: ['{"n":1}'], onlyB: [] });
    expect(multisetDifference([{ n: 1 }], [{ n: 1 }, { n: 3 }])).toEqual({ onlyA: [], onlyB: ['{"n":3}'] });
  });
});
