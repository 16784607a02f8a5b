import { changeArrow, changeTone, formatChange, formatValue, KPI_KEYS, unitSuffix } from './kpis';

describe('KPI cards', () => {
  it('shows the ten indicators the brief asks for, time limits first', () => {
    expect(KPI_KEYS).toHaveLength(10);
    expect(KPI_KEYS[0]).toBe('on-time-rate');
    expect(new Set(KPI_KEYS).size).toBe(10);
    expect(KPI_KEYS).toEqual(expect.arrayContaining(['overdue-count', 'rectification-on-time-rate', 'survey-response-rate', 'bad-rate']));
  });

  it('writes values by unit', () => {
    expect(formatValue('%', 0.9238)).toBe('92.4%');
    expect(formatValue('件', 15000)).toBe('15,000');
    expect(formatValue('工作日', 3.256)).toBe('3.3');
    expect(formatValue('小时', 12)).toBe('12.0');
    expect(formatValue('%', null)).toBe('—');
    expect(formatValue('%', null, true)).toBe('样本不足');
    expect(unitSuffix('%')).toBe('');
    expect(unitSuffix('件')).toBe('件');
  });

  it('writes a rate change in points and a volume change in per cent', () => {
    expect(formatChange('%', 0.012)).toBe('+1.2 个百分点');
    expect(formatChange('%', -0.0049)).toBe('−0.5 个百分点');
    expect(formatChange('件', 0.25)).toBe('+25.0%');
    expect(formatChange('工作日', -0.1)).toBe('−10.0%');
    expect(formatChange('%', 0.0004)).toBe('持平');
    expect(formatChange('件', null)).toBeNull();
  });

  it('colours a change by whether higher is better', () => {
    expect(changeTone(0.02, true)).toBe('good');
    expect(changeTone(-0.02, true)).toBe('bad');
    expect(changeTone(0.02, false)).toBe('bad'); // more overdue cases
    expect(changeTone(-0.02, false)).toBe('good');
    expect(changeTone(0.3, null)).toBe('neutral'); // 办件量: neither good nor bad
    expect(changeTone(0.0001, true)).toBe('flat');
    expect(changeTone(null, true)).toBe('neutral');
    expect(changeArrow(0.02)).toBe('▲');
    expect(changeArrow(-0.02)).toBe('▼');
    expect(changeArrow(0)).toBe('');
  });
});
