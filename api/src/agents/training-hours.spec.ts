import { currentYear, trainingHoursByYear, trainingHoursInYear, trainingYear } from './training-hours';

describe('DB1405 5.2.4 training hours per year', () => {
  const trainings = [
    { date: new Date('2025-12-31T00:00:00Z'), hours: 8 },
    { date: new Date('2026-01-01T00:00:00Z'), hours: '2.5' },
    { date: '2026-06-15', hours: { toString: () => '0.1' } },
    { date: new Date('2026-09-01T00:00:00Z'), hours: 0.2 },
  ];

  it('reads a DATE column in UTC, whatever the server time zone', () => {
    expect(trainingYear(new Date('2026-01-01T00:00:00Z'))).toBe(2026);
    expect(trainingYear('2025-12-31')).toBe(2025);
  });

  it('sums hours by calendar year with one decimal and no float drift', () => {
    expect(trainingHoursByYear(trainings)).toEqual({ 2025: 8, 2026: 2.8 });
    expect(trainingHoursInYear(trainings, 2026)).toBe(2.8);
    expect(trainingHoursInYear(trainings, 2024)).toBe(0);
    expect(trainingHoursByYear([])).toEqual({});
  });

  it('takes "this year" in China time: 31 December 17:00 UTC is already New Year in Jincheng', () => {
    expect(currentYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(currentYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });
});
