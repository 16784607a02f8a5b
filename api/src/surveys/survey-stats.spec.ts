import { surveyStats } from './survey-stats';

describe('survey statistics (DB1405 8.1.2)', () => {
  const townships = [{ code: 'T1', name: '凤城镇' }, { code: 'T2', name: '北留镇' }];
  const groups = [
    { townshipCode: 'T1', outcome: 'REACHED', level: 'SATISFIED', count: 3 },
    { townshipCode: 'T1', outcome: 'REACHED', level: 'DISSATISFIED', count: 1 },
    { townshipCode: 'T1', outcome: 'REACHED', level: null, count: 1 },
    { townshipCode: 'T1', outcome: 'NOT_REACHED', level: null, count: 2 },
    { townshipCode: 'T1', outcome: 'REFUSED', level: null, count: 1 },
    { townshipCode: 'T1', outcome: 'PENDING', level: null, count: 2 },
  ];

  it('counts outcomes and takes response rate = reached / sampled with its interval', () => {
    const s = surveyStats(groups, townships);
    const t1 = s.rows[0];
    expect(t1).toMatchObject({ townshipName: '凤城镇', sampled: 10, reached: 5, notReached: 2, refused: 1, pending: 2, rated: 4 });
    expect(t1.response).toMatchObject({ suppressed: false, rate: 0.5, n: 10 });
    if (!t1.response.suppressed) expect(t1.response.interval.low).toBeLessThan(0.5);
  });

  it('shows 样本不足 for satisfaction below 10 ratings, and zero rows for quiet townships', () => {
    const s = surveyStats(groups, townships);
    expect(s.rows[0].satisfaction).toEqual({ suppressed: true, n: 4, label: '样本不足' });
    expect(s.rows[1]).toMatchObject({ townshipCode: 'T2', sampled: 0, response: { suppressed: true, n: 0 } });
    expect(s.total.sampled).toBe(10);
  });

  it('rates satisfaction among ratings once there are enough', () => {
    const many = [{ townshipCode: 'T1', outcome: 'REACHED', level: 'VERY_SATISFIED', count: 9 }, { townshipCode: 'T1', outcome: 'REACHED', level: 'VERY_DISSATISFIED', count: 1 }];
    const s = surveyStats(many, townships);
    expect(s.rows[0].satisfaction).toMatchObject({ suppressed: false, rate: 0.9, n: 10 });
    expect(s.rows[0].bad).toMatchObject({ suppressed: false, rate: 0.1 });
    expect(s.definitions.response).toContain('回访率');
  });
});
