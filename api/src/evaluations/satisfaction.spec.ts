import { rate, satisfactionRates, wilson } from './satisfaction';

describe('Wilson 95 % interval (DB1405 8.1.2 statistics)', () => {
  it('matches the textbook value for 8 of 10', () => {
    const w = wilson(8, 10)!;
    expect(w.low).toBeCloseTo(0.4902, 3);
    expect(w.high).toBeCloseTo(0.9433, 3);
  });

  it('is meaningful at 0 and at n successes, and stays inside [0, 1]', () => {
    const none = wilson(0, 20)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.1611, 3);
    const all = wilson(20, 20)!;
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.8389, 3);
  });

  it('narrows as n grows and refuses impossible counts', () => {
    const small = wilson(90, 100)!;
    const big = wilson(900, 1000)!;
    expect(big.high - big.low).toBeLessThan(small.high - small.low);
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(11, 10)).toThrow(RangeError);
  });
});

describe('suppression and the 好差评 rates', () => {
  it('shows 样本不足 below 10 ratings', () => {
    expect(rate(9, 9)).toEqual({ suppressed: true, n: 9, label: '样本不足' });
    expect(rate(9, 10)).toMatchObject({ suppressed: false, n: 10, rate: 0.9 });
  });

  it('counts 基本满意 as satisfied and the two lowest levels as 差评', () => {
    const r = satisfactionRates({ VERY_SATISFIED: 50, SATISFIED: 30, BASICALLY_SATISFIED: 10, DISSATISFIED: 6, VERY_DISSATISFIED: 4 });
    expect(r.n).toBe(100);
    expect(r.satisfaction).toMatchObject({ suppressed: false, successes: 90, rate: 0.9 });
    expect(r.bad).toMatchObject({ suppressed: false, successes: 10, rate: 0.1 });
  });
});
