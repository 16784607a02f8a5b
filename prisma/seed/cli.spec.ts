import { parseSeedArgs } from './cli';

describe('parseSeedArgs', () => {
  it('reads --cases, --seed and --today in both spellings', () => {
    expect(parseSeedArgs(['--cases', '1000'])).toEqual({ cases: 1000 });
    expect(parseSeedArgs(['--cases=50000', '--seed', '7', '--today=2026-03-01'])).toEqual({
      cases: 50000,
      seed: 7,
      today: '2026-03-01',
    });
  });

  it.each([['abc'], ['-5'], ['1.5'], ['1e6'], ['']])('rejects --cases %p with a clear message', (v) => {
    expect(() => parseSeedArgs(['--cases', v])).toThrow(/--cases needs an integer >= 0/);
  });

  it('requires --cases', () => {
    expect(() => parseSeedArgs([])).toThrow(/missing --cases/);
    expect(() => parseSeedArgs(['--cases'])).toThrow(/--cases/);
  });

  it('rejects impossible dates and unknown flags', () => {
    expect(() => parseSeedArgs(['--cases', '1', '--today', '2026-02-30'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseSeedArgs(['--cases', '1', '--verbose'])).toThrow(/unknown argument/);
  });
});
