import { formatDateTime, shanghaiDay } from './time';

describe('formatDateTime (Asia/Shanghai)', () => {
  it('shows Beijing time whatever the zone of the machine', () => {
    expect(formatDateTime('2026-11-14T16:05:09.123Z')).toBe('2026-11-15 00:05');
    expect(formatDateTime('2026-11-14T16:05:09.123Z', { seconds: true })).toBe('2026-11-15 00:05:09');
    expect(formatDateTime('2026-01-01T03:00:00Z')).toBe('2026-01-01 11:00');
  });

  it('uses the placeholder for missing or unreadable values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
    expect(formatDateTime('', { placeholder: '' })).toBe('');
  });

  it('gives the Beijing day of an instant', () => {
    expect(shanghaiDay(new Date('2026-11-14T16:00:00Z'))).toBe('2026-11-15');
    expect(shanghaiDay(new Date('2026-11-14T15:59:59Z'))).toBe('2026-11-14');
  });
});
