import { formatLag, healthOf } from './etl-status-view';

describe('ETL status view', () => {
  it('formats lag in Chinese units', () => {
    expect(formatLag(null)).toBe('尚未同步');
    expect(formatLag(0.2)).toBe('实时');
    expect(formatLag(12.4)).toBe('12 秒');
    expect(formatLag(600)).toBe('10 分钟');
    expect(formatLag(5400)).toBe('1.5 小时');
  });
  it('calls a table failing on an error and lagging beyond a minute', () => {
    expect(healthOf({ lastError: 'ClickHouse 不可用', lagSeconds: 1 })).toBe('failing');
    expect(healthOf({ lastError: null, lagSeconds: 120 })).toBe('lagging');
    expect(healthOf({ lastError: null, lagSeconds: 2 })).toBe('ok');
  });
});
