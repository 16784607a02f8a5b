import { caseFilter, casesLink, crumbLabel, levelOfCode, rankingPlan, rectificationsLink } from './drill';

const period = { from: '2025-12', to: '2026-11' };

describe('drill-down', () => {
  it('tells the level from the region code', () => {
    expect(levelOfCode('140500')).toBe('CITY');
    expect(levelOfCode('140000')).toBe('PROVINCE');
    expect(levelOfCode('140522')).toBe('COUNTY');
    expect(levelOfCode('140502')).toBe('COUNTY'); // 城区
    expect(levelOfCode('140522100')).toBe('TOWNSHIP');
    expect(levelOfCode('140522100201')).toBe('VILLAGE');
  });

  it('ranks the children one level down, and items or agents at a station', () => {
    expect(rankingPlan('CITY', 'item')).toEqual({ groupBy: 'region', label: '县（市、区）', drillable: true });
    expect(rankingPlan('COUNTY', 'item')).toMatchObject({ groupBy: 'region', label: '乡镇（街道）' });
    expect(rankingPlan('TOWNSHIP', 'agent')).toMatchObject({ groupBy: 'region', label: '服务站', drillable: true });
    expect(rankingPlan('VILLAGE', 'item')).toEqual({ groupBy: 'item', label: '事项', drillable: false });
    expect(rankingPlan('VILLAGE', 'agent')).toEqual({ groupBy: 'agent', label: '代办员', drillable: false });
  });

  it('names a village crumb after its station', () => {
    expect(crumbLabel({ name: '东关村', level: 'VILLAGE' })).toBe('东关村便民服务站');
    expect(crumbLabel({ name: '阳城县', level: 'COUNTY' })).toBe('阳城县');
  });
});

describe('drill-through', () => {
  it('opens the completed cases behind 按时办结率, split into on time and late', () => {
    const ctx = { region: '140522', ...period };
    expect(caseFilter('on-time-rate', 'denominator', ctx)).toEqual({
      dateField: 'completed', status: 'COMPLETED', from: '2025-12-01', to: '2026-11-30', region: '140522',
    });
    expect(caseFilter('on-time-rate', 'numerator', ctx)).toMatchObject({ overdue: false });
    expect(caseFilter('on-time-rate', 'late', ctx)).toMatchObject({ overdue: true, status: 'COMPLETED' });
    expect(caseFilter('on-time-rate', 'value', ctx)).toBeNull();
  });

  it('selects 超期 by due date, as the overdue-count indicator counts', () => {
    expect(casesLink('overdue-count', 'value', { region: null, ...period })).toBe(
      '/cases?dateField=due&from=2025-12-01&to=2026-11-30&overdue=true',
    );
  });

  it('uses the ranking row: its region, item or agent', () => {
    const row = { key: '17', name: '东关村便民服务站', regionCode: '140522100201' };
    expect(caseFilter('overdue-count', 'value', { region: '140522100', ...period, group: row, groupBy: 'region' })).toMatchObject({ region: '140522100201' });
    expect(caseFilter('case-count', 'value', { region: '140522100201', ...period, group: { key: '42', name: '事项' }, groupBy: 'item' }))
      .toMatchObject({ region: '140522100201', item: 42, dateField: 'created' });
    expect(caseFilter('case-count', 'value', { region: '140522100201', ...period, group: { key: '9', name: '张三' }, groupBy: 'agent' }))
      .toMatchObject({ agent: 9 });
    // a region group without its code, or a dimension the case list cannot filter: no link
    expect(caseFilter('case-count', 'value', { region: null, ...period, group: { key: '5', name: 'x' }, groupBy: 'region' })).toBeNull();
    expect(caseFilter('case-count', 'value', { region: null, ...period, group: { key: 'PHONE', name: '电话' }, groupBy: 'channel' })).toBeNull();
  });

  it('has no case list for figures that are not about cases', () => {
    expect(casesLink('satisfaction-rate', 'denominator', { region: null, ...period })).toBeNull();
    expect(casesLink('consultation-count', 'value', { region: null, ...period })).toBeNull();
  });

  it('opens the rectification list by status or 逾期', () => {
    expect(rectificationsLink('closed')).toBe('/rectifications?status=CLOSED');
    expect(rectificationsLink('overdue')).toBe('/rectifications?overdue=true');
  });
});
