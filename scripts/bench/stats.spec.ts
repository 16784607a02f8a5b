import { percentile, summarise } from './stats';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
  it('summarises', () => {
    expect(summarise([5, 1, 3, 2, 4])).toMatchObject({ n: 5, p50: 3, p95: 5, max: 5 });
  });
});

describe('benchmark statistics at volume', () => {
  it('summarises more values than a call can take as arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(summarise(many)).toMatchObject({ n: 300_000, max: 299_999 });
  });
});
