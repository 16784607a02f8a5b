import { FALLBACK_PREFIX, nextCode, prefixForCategory } from './item-code';

describe('codes of new catalogue items', () => {
  const items = [
    { code: 'JC-MZ-001', category: '民政' },
    { code: 'JC-MZ-008', category: '民政' },
    { code: 'JC-RS-001', category: '人社' },
  ];

  it('continues the series of the category', () => {
    expect(prefixForCategory('民政', items)).toBe('JC-MZ-');
    expect(nextCode('JC-MZ-', items.map((i) => i.code))).toBe('JC-MZ-009');
  });

  it('uses JC-QT- for a new category and starts at 001', () => {
    expect(prefixForCategory('文化旅游', items)).toBe(FALLBACK_PREFIX);
    expect(nextCode(FALLBACK_PREFIX, items.map((i) => i.code))).toBe('JC-QT-001');
  });

  it('ignores codes of other series and non-numeric suffixes', () => {
    expect(nextCode('JC-MZ-', ['JC-MZ-002', 'JC-MZ-X', 'JC-MZA-050', 'JC-MZ-1000'])).toBe('JC-MZ-1001');
  });
});
