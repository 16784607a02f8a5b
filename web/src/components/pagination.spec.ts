import { pageCount } from './pagination';

describe('pageCount', () => {
  it('rounds up and never says zero pages', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(50_000, 50)).toBe(1000);
    expect(pageCount(10, 0)).toBe(1);
  });
});
