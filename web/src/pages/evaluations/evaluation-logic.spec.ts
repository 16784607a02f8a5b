import { callBody, canDrawBatch, canEnterEvaluation, emptyEntry, entryBody, formatRate, isBadLevel, lastClosedMonth } from './evaluation-logic';

describe('evaluation screens (DB1405 8.1)', () => {
  it('builds the staff entry body and says what is missing', () => {
    expect(entryBody(emptyEntry())).toEqual({ problems: ['请选择评价渠道', '请选择评价等级'] });
    expect(entryBody({ ...emptyEntry(), channel: 'PAPER', level: 'SATISFIED', attitude: '4', done: 'no', comment: '  好 ' }))
      .toEqual({ body: { channel: 'PAPER', level: 'SATISFIED', attitude: 4, done: false, comment: '好' } });
    expect(entryBody({ ...emptyEntry(), channel: 'DEVICE', level: 'SATISFIED', comment: '长'.repeat(501) })).toEqual({ problems: ['留言不超过 500 字'] });
  });

  it('builds the call body; a rating only when reached', () => {
    expect(callBody({ outcome: '', level: '', comment: '', finding: '' })).toEqual({ problems: ['请选择回访结果'] });
    expect(callBody({ outcome: 'REFUSED', level: 'SATISFIED', comment: '', finding: '' })).toEqual({ problems: ['只有回访成功时才能登记满意程度'] });
    expect(callBody({ outcome: 'NOT_REACHED', level: '', comment: '', finding: ' 空号 ' })).toEqual({ body: { outcome: 'NOT_REACHED', finding: '空号' } });
  });

  it('formats a rate with its interval, or 样本不足', () => {
    expect(formatRate({ suppressed: false, n: 3, successes: 2, rate: 2 / 3, interval: { low: 0.2077, high: 0.9385 } })).toBe('66.7%（95% 区间 20.8%–93.8%）');
    expect(formatRate({ suppressed: true, n: 4, label: '样本不足' })).toBe('样本不足（n=4）');
    expect(formatRate({ suppressed: true, n: 0, label: '样本不足' })).toBe('—');
  });

  it('knows the roles, the bad levels and the last closed month', () => {
    expect([canEnterEvaluation('STATION_AGENT'), canEnterEvaluation('CITY_LEADER')]).toEqual([true, false]);
    expect([canDrawBatch('CITY_LEADER'), canDrawBatch('COUNTY_LEADER')]).toEqual([true, false]);
    expect([isBadLevel('VERY_DISSATISFIED'), isBadLevel('BASICALLY_SATISFIED'), isBadLevel(null)]).toEqual([true, false, false]);
    expect([lastClosedMonth('2026-11-29'), lastClosedMonth('2027-01-05')]).toEqual(['2026-10', '2026-12']);
  });
});
