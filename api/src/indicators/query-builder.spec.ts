import { compileIndicator, UnsupportedDimension, type IndicatorQuery } from './query-builder';
import { INDICATOR_LIST, INDICATORS } from './registry';

const base: IndicatorQuery = { grain: 'month', groupBy: 'none', fromDate: '2026-01-01', toExclusive: '2026-04-01', path: '/140500/', today: '2026-11-29' };

describe('indicator query builder (architecture.md convention 4)', () => {
  it('binds every caller-chosen value as a parameter, never in the SQL text', () => {
    const hostile = "/140500/' OR 1=1 --";
    for (const ind of INDICATOR_LIST) {
      const q = { ...base, groupBy: ind.steps ? 'step' as const : 'none' as const, path: hostile, channel: ind.dimensions.includes('channel') ? "x'; DROP TABLE cases; --" : undefined };
      const { sql, params } = compileIndicator(ind, q);
      expect(sql).not.toContain('OR 1=1');
      expect(sql).not.toContain('DROP TABLE');
      expect(sql).not.toContain('2026-01-01');
      expect(params.path).toBe(hostile);
      expect(sql).toContain('{path:String}');
      expect(sql).toMatch(/FROM \w+ FINAL/);
    }
  });

  it('groups by the requested period and region level', () => {
    const ind = INDICATORS.get('on-time-rate')!;
    expect(compileIndicator(ind, { ...base, grain: 'quarter' }).sql).toContain("'-Q'");
    expect(compileIndicator(ind, { ...base, grain: 'week' }).sql).toContain('toMonday(completed_date)');
    expect(compileIndicator(ind, { ...base, grain: 'total' }).sql).toContain("'total' AS period");
    expect(compileIndicator(ind, { ...base, groupBy: 'region', regionLevel: 'township' }).sql).toContain('township_code AS grp');
    expect(compileIndicator(ind, { ...base, groupBy: 'region', regionLevel: 'station' }).sql).toContain('toString(station_id) AS grp');
    expect(compileIndicator(ind, { ...base, groupBy: 'item' }).sql).toContain('toString(item_id) AS grp');
  });

  it('narrows a county or township subtree by the sort-key columns as well as the path', () => {
    const ind = INDICATORS.get('satisfaction-rate')!;
    const city = compileIndicator(ind, base);
    expect(city.sql).not.toContain('county_code =');
    const town = compileIndicator(ind, { ...base, path: '/140500/140522/140522100/' });
    expect(town.sql).toContain('county_code = {county:String}');
    expect(town.sql).toContain('township_code = {township:String}');
    expect(town.params).toMatchObject({ county: '140522', township: '140522100', path: '/140500/140522/140522100/' });
    const county = compileIndicator(ind, { ...base, path: '/140500/140522/' });
    expect(county.params.county).toBe('140522');
    expect(county.sql).not.toContain('township_code =');
  });

  it('refuses a dimension the indicator does not have', () => {
    expect(() => compileIndicator(INDICATORS.get('on-time-rate')!, { ...base, groupBy: 'channel' })).toThrow(UnsupportedDimension);
    expect(() => compileIndicator(INDICATORS.get('survey-response-rate')!, { ...base, groupBy: 'item' })).toThrow(UnsupportedDimension);
    expect(() => compileIndicator(INDICATORS.get('rectification-on-time-rate')!, { ...base, agentId: 3 })).toThrow(UnsupportedDimension);
    // hand-off hours exist per step only: grouping them by region or not at all is refused, not silently ignored
    expect(() => compileIndicator(INDICATORS.get('hop-duration')!, { ...base, groupBy: 'region' })).toThrow(UnsupportedDimension);
    expect(() => compileIndicator(INDICATORS.get('hop-duration')!, { ...base, groupBy: 'none' })).toThrow(UnsupportedDimension);
    expect(() => compileIndicator(INDICATORS.get('case-count')!, { ...base, groupBy: 'step' })).toThrow(UnsupportedDimension);
  });

  it('adds bound filters for drill-through', () => {
    const { sql, params } = compileIndicator(INDICATORS.get('satisfaction-rate')!, { ...base, itemId: 7, agentId: 9, channel: 'ONLINE' });
    expect(sql).toContain('item_id = {itemId:UInt32}');
    expect(sql).toContain('agent_id = {agentId:UInt32}');
    expect(sql).toContain('channel = {channel:String}');
    expect(params).toMatchObject({ itemId: 7, agentId: 9, channel: 'ONLINE' });
  });

  it('declares each indicator once with a Chinese name, formula and unit', () => {
    const keys = INDICATOR_LIST.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['on-time-rate', 'overdue-count', 'avg-duration', 'completion-rate', 'one-time-notice-rate',
      'hop-duration', 'consultation-count', 'case-count', 'satisfaction-rate', 'bad-rate', 'survey-response-rate', 'rectification-on-time-rate']));
    for (const i of INDICATOR_LIST) {
      expect(i.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(i.formula.length).toBeGreaterThan(8);
    }
  });

  it('splits hand-offs into steps with ARRAY JOIN', () => {
    const { sql } = compileIndicator(INDICATORS.get('hop-duration')!, { ...base, groupBy: 'step' });
    expect(sql).toContain('ARRAY JOIN');
    expect(sql).toContain('step.1 AS grp');
    // elapsed time to the millisecond, not minute boundaries crossed (dateDiff)
    expect(sql).toContain('toUnixTimestamp64Milli(materials_confirmed_at) - toUnixTimestamp64Milli(handed_up_at)');
    expect(sql).not.toContain('dateDiff');
  });
});
