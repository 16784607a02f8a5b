import type { IndicatorQuery } from './query-builder';
import { INDICATORS } from './registry';
import { compileRollup, ROLLUP_MEASURES } from './rollup-builder';

const q: IndicatorQuery = { grain: 'month', groupBy: 'none', fromDate: '2026-01-01', toExclusive: '2026-07-01', path: '/140500/140522/', today: '2026-11-29' };
const ind = (k: string) => INDICATORS.get(k)!;

describe('rollup fast path', () => {
  it('answers whole months down to township level from the rollup', () => {
    const c = compileRollup(ind('on-time-rate'), { ...q, groupBy: 'region', regionLevel: 'township' })!;
    expect(c.sql).toContain('FROM case_rollup');
    expect(c.sql).toContain("basis = 'completed'");
    expect(c.sql).toContain('township_code AS grp');
    expect(c.params).toMatchObject({ county: '140522', fromDate: '2026-01-01' });
    expect(c.params.township).toBeUndefined();
    expect(compileRollup(ind('satisfaction-rate'), { ...q, path: '/140500/140522/140522100/', groupBy: 'channel' })!.params.township).toBe('140522100');
  });

  it('groups by station from the station rollups', () => {
    const c = compileRollup(ind('satisfaction-rate'), { ...q, path: '/140500/140522/140522100/', groupBy: 'region', regionLevel: 'station' })!;
    expect(c.sql).toContain('FROM evaluation_station_rollup');
    expect(c.sql).toContain('toString(station_id) AS grp');
    expect(compileRollup(ind('on-time-rate'), { ...q, groupBy: 'region', regionLevel: 'station' })!.sql).toContain('FROM case_station_rollup');
  });

  it('falls back to the facts where the rollup cannot answer exactly', () => {
    expect(compileRollup(ind('on-time-rate'), { ...q, fromDate: '2026-01-15' })).toBeNull(); // part of a month
    expect(compileRollup(ind('on-time-rate'), { ...q, grain: 'week' })).toBeNull();
    expect(compileRollup(ind('on-time-rate'), { ...q, groupBy: 'agent' })).toBeNull();
    expect(compileRollup(ind('on-time-rate'), { ...q, groupBy: 'region', regionLevel: 'station', itemId: 3 })).toBeNull(); // no item by station
    expect(compileRollup(ind('on-time-rate'), { ...q, path: '/140500/140522/140522100/140522100201/' })).toBeNull();
    expect(compileRollup(ind('on-time-rate'), { ...q, agentId: 4 })).toBeNull();
    expect(compileRollup(ind('on-time-rate'), { ...q, channel: 'ONLINE' })).toBeNull();
  });

  it('answers 超期件数 from the due bases: finished late by month, running by due day before today', () => {
    const c = compileRollup(ind('overdue-count'), { ...q, toExclusive: '2026-12-01' })!;
    expect(c.sql).toContain("basis IN ('due', 'due_open')");
    expect(c.sql).toContain("sumIf(n, basis = 'due_open' AND month < {today:Date})");
    expect(c.params.today).toBe('2026-11-29');
  });

  it('only covers indicators that exist, and binds every caller value', () => {
    for (const key of Object.keys(ROLLUP_MEASURES)) expect(INDICATORS.has(key)).toBe(true);
    const c = compileRollup(ind('consultation-count'), { ...q, channel: "x' OR 1=1", itemId: 3 })!;
    expect(c.sql).not.toContain('OR 1=1');
    expect(c.sql).toContain('channel = {channel:String}');
  });
});
