import { monthOptions, yearOptions } from './month-options';

describe('yearOptions', () => {
  it('lists the newest year first, count years back', () => {
    expect(yearOptions('2026-11', 3)).toEqual(['2026', '2025', '2024']);
  });

  it('keeps an older selected year selectable', () => {
    expect(yearOptions('2026-11', 3, '2019-05')).toEqual(['2026', '2025', '2024', '2019']);
    expect(yearOptions('2026-11', 3, '2025-05')).toEqual(['2026', '2025', '2024']);
  });
});

describe('monthOptions', () => {
  it('labels months in Chinese and disables those after max', () => {
    const opts = monthOptions('2026', '2026-11');
    expect(opts).toHaveLength(12);
    expect(opts[0]).toEqual({ value: '01', label: '1月', disabled: false });
    expect(opts[10]).toEqual({ value: '11', label: '11月', disabled: false });
    expect(opts[11]).toEqual({ value: '12', label: '12月', disabled: true });
    expect(monthOptions('2025', '2026-11').every((o) => !o.disabled)).toBe(true);
  });
});
