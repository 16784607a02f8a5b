import { formatCount, formatRate, ratePercent } from './format';

describe('ratePercent', () => {
  it('turns a fraction into a percentage with one decimal', () => {
    expect(ratePercent(0.9238)).toBe(92.4);
    expect(ratePercent(0.92)).toBe(92);
    expect(ratePercent(1)).toBe(100);
    expect(ratePercent(0)).toBe(0);
    expect(ratePercent(0.12345)).toBe(12.3);
    expect(ratePercent(0.00049)).toBe(0);
    expect(ratePercent(0.0005)).toBe(0.1);
  });

  it('rounds halves up despite binary floating point', () => {
    // 0.5005 * 1000 = 500.49999999999994 in IEEE doubles
    expect(ratePercent(0.5005)).toBe(50.1);
    expect(ratePercent(0.9995)).toBe(100);
  });

  it('keeps missing rates missing', () => {
    expect(ratePercent(null)).toBeNull();
    expect(ratePercent(undefined)).toBeNull();
    expect(ratePercent(Number.NaN)).toBeNull();
  });
});

describe('formatRate / formatCount', () => {
  it('formats', () => {
    expect(formatRate(0.9238)).toBe('92.4%');
    expect(formatRate(0.92)).toBe('92.0%');
    expect(formatRate(null)).toBe('—');
    expect(formatCount(15000)).toBe('15,000');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(null)).toBe('—');
  });
});
