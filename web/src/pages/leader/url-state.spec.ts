import {
  addMonths,
  defaultPeriod,
  isMonth,
  monthOf,
  monthSpan,
  monthsOf,
  parseDashboardQuery,
  periodDays,
  periodProblem,
  serializeDashboardQuery,
} from './url-state';

// 2026-11-15 local time
const NOW = new Date(2026, 10, 15, 10, 30);
// what a URL without rank/by means
const D = { rank: 'on-time-rate', by: 'item' } as const;

describe('month helpers', () => {
  it('formats a date as YYYY-MM', () => {
    expect(monthOf(NOW)).toBe('2026-11');
    expect(monthOf(new Date(2026, 0, 1))).toBe('2026-01');
  });

  it('adds months across year boundaries', () => {
    expect(addMonths('2026-11', -11)).toBe('2025-12');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', 0)).toBe('2026-11');
    expect(addMonths('2024-03', -27)).toBe('2021-12');
    expect(() => addMonths('2026-13', 1)).toThrow();
  });

  it('counts months inclusively', () => {
    expect(monthSpan('2025-12', '2026-11')).toBe(12);
    expect(monthSpan('2026-03', '2026-03')).toBe(1);
    expect(monthSpan('2026-04', '2026-03')).toBe(0);
  });

  it('validates YYYY-MM', () => {
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('202601')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('defaults to the last 12 months up to the current month', () => {
    expect(defaultPeriod(NOW)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(defaultPeriod(new Date(2026, 0, 31))).toEqual({ from: '2025-02', to: '2026-01' });
  });
});

describe('parseDashboardQuery', () => {
  it('reads region, from and to', () => {
    expect(parseDashboardQuery('?region=140522&from=2025-12&to=2026-11', NOW)).toEqual({
      region: '140522',
      from: '2025-12',
      to: '2026-11',
      ...D,
    });
  });

  it('uses the whole scope and the default period when the query is empty', () => {
    expect(parseDashboardQuery('', NOW)).toEqual({ region: null, from: '2025-12', to: '2026-11', ...D });
  });

  it('drops malformed values', () => {
    expect(parseDashboardQuery('region=%3Cscript%3E&from=2025-13&to=abc&rank=%3Cx%3E&by=evil', NOW)).toEqual({
      region: null,
      from: '2025-12',
      to: '2026-11',
      ...D,
    });
    expect(parseDashboardQuery('region=', NOW).region).toBeNull();
    expect(parseDashboardQuery('region=14052', NOW).region).toBeNull();
    expect(parseDashboardQuery('region=1405221002011', NOW).region).toBeNull();
    expect(parseDashboardQuery('region=140522100201', NOW).region).toBe('140522100201');
  });

  it('completes a half-given period to 12 months', () => {
    expect(parseDashboardQuery('to=2026-06', NOW)).toEqual({ region: null, from: '2025-07', to: '2026-06', ...D });
    expect(parseDashboardQuery('from=2025-01', NOW)).toEqual({ region: null, from: '2025-01', to: '2025-12', ...D });
    // never runs past the current month
    expect(parseDashboardQuery('from=2026-03', NOW)).toEqual({ region: null, from: '2026-03', to: '2026-11', ...D });
  });

  it('keeps a reversed period so the page can report it', () => {
    const s = parseDashboardQuery('from=2026-05&to=2026-01', NOW);
    expect(s).toEqual({ region: null, from: '2026-05', to: '2026-01', ...D });
    expect(periodProblem(s)).toBe('ORDER');
    expect(periodProblem({ from: '2026-01', to: '2026-01' })).toBeNull();
  });

  it('accepts URLSearchParams', () => {
    expect(parseDashboardQuery(new URLSearchParams({ region: '140522100' }), NOW).region).toBe('140522100');
  });
});

describe('serializeDashboardQuery', () => {
  it('writes region, from, to in a stable order', () => {
    expect(serializeDashboardQuery({ region: '140522', from: '2025-12', to: '2026-11' })).toBe(
      'region=140522&from=2025-12&to=2026-11',
    );
  });

  it('omits the region for the whole scope', () => {
    expect(serializeDashboardQuery({ region: null, from: '2025-12', to: '2026-11' })).toBe('from=2025-12&to=2026-11');
  });

  it('round-trips', () => {
    const state = { region: '140522100', from: '2024-02', to: '2025-01', ...D };
    expect(parseDashboardQuery(serializeDashboardQuery(state), NOW)).toEqual(state);
    const drilled = { region: '140522100201', from: '2024-02', to: '2025-01', rank: 'overdue-count', by: 'agent' as const };
    expect(parseDashboardQuery(serializeDashboardQuery(drilled), NOW)).toEqual(drilled);
  });

  it('carries the ranking indicator and, at a station, what it ranks; defaults stay out of the URL', () => {
    expect(serializeDashboardQuery({ region: '140522', from: '2025-12', to: '2026-11', rank: 'on-time-rate', by: 'item' })).toBe(
      'region=140522&from=2025-12&to=2026-11',
    );
    expect(serializeDashboardQuery({ region: '140522100201', from: '2025-12', to: '2026-11', rank: 'bad-rate', by: 'agent' })).toBe(
      'region=140522100201&from=2025-12&to=2026-11&rank=bad-rate&by=agent',
    );
    expect(parseDashboardQuery('rank=satisfaction-rate&by=agent', NOW)).toMatchObject({ rank: 'satisfaction-rate', by: 'agent' });
  });
});

describe('period helpers', () => {
  it('gives the first and last day of a month period, leap years included', () => {
    expect(periodDays('2025-12', '2026-11')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(periodDays('2024-02', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodDays('2026-01', '2026-12')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('lists every month of a period', () => {
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03', '2026-01')).toEqual([]);
  });
});
