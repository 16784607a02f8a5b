import { wilson } from '../evaluations/satisfaction';
import { rectificationView } from './rectification-view';
import { rateView, satisfactionView } from './satisfaction-view';

const counts = (vs: number, s: number, bs: number, d: number, vd: number) => ({
  VERY_SATISFIED: vs, SATISFIED: s, BASICALLY_SATISFIED: bs, DISSATISFIED: d, VERY_DISSATISFIED: vd,
});
const city = { code: '140500', name: '晋城市', level: 'CITY' as const };
const counties = [
  { code: '140522', name: '阳城县', level: 'COUNTY' as const },
  { code: '140525', name: '泽州县', level: 'COUNTY' as const },
];
const byCounty = (r: { county: string }) => r.county;

describe('public satisfaction view (DB1405 8.1.3)', () => {
  it('publishes a rate with its Wilson interval, rounded to 4 decimals', () => {
    const i = wilson(18, 20)!;
    expect(rateView({ suppressed: false, n: 20, successes: 18, rate: 0.9, interval: i })).toEqual({
      suppressed: false, label: null, rate: 0.9, low: Math.round(i.low * 1e4) / 1e4, high: Math.round(i.high * 1e4) / 1e4,
    });
  });

  it('withholds the value below 10 valid ratings: null with the 样本不足 flag', () => {
    expect(rateView({ suppressed: true, n: 9, label: '样本不足' })).toEqual({ suppressed: true, label: '样本不足', rate: null, low: null, high: null });
  });

  it('computes n, 满意率 and 差评率 per county and period, and the response rate of 回访', () => {
    const v = satisfactionView(city, counties, { granularity: 'month', periods: ['2026-01', '2026-02'] }, [
      { month: '2026-01', county: '140522', township: '140522100', counts: counts(5, 3, 2, 1, 1) },
      { month: '2026-02', county: '140522', township: '140522101', counts: counts(1, 0, 0, 0, 0) },
      { month: '2026-01', county: '140525', township: '140525100', counts: counts(0, 1, 0, 2, 0) },
    ], [
      { month: '2026-01', county: '140522', township: '140522100', sampled: 10, reached: 7, pending: 1 },
    ], byCounty);

    const yc = v.areas[0];
    expect(yc.name).toBe('阳城县');
    expect(yc.trend.map((c) => c.period)).toEqual(['2026-01', '2026-02']);
    const jan = yc.trend[0];
    expect(jan.n).toBe(12);
    expect(jan.satisfaction.rate).toBe(0.8333);
    expect(jan.bad.rate).toBe(0.1667);
    expect(jan.satisfaction.low).toBeLessThan(0.8333);
    expect(jan.satisfaction.high).toBeGreaterThan(0.8333);
    expect(jan.survey).toEqual({ sampled: 10, reached: 7, pending: 1, responseRate: expect.objectContaining({ suppressed: false, rate: 0.7 }) });
    // February: one rating → withheld
    expect(yc.trend[1]).toMatchObject({ n: 1, satisfaction: { suppressed: true, rate: null, label: '样本不足' } });
    expect(yc.total).toMatchObject({ period: '合计', n: 13, satisfaction: { rate: 0.8462 } });
    // a county with 3 ratings in the whole range is withheld even in its total
    expect(v.areas[1].total).toMatchObject({ n: 3, satisfaction: { suppressed: true }, bad: { suppressed: true } });
    // the city as a whole
    expect(v.overall).toMatchObject({ code: '140500', total: { n: 16 } });
    expect(v.overall.total.satisfaction.rate).toBe(0.75);
  });
});

describe('public rectification view (DB1405 8.2)', () => {
  it('sums opened / on time / late / open / overdue per county and period', () => {
    const v = rectificationView(city, counties, { granularity: 'quarter', periods: ['2026-Q1'] }, [
      { month: '2026-01', county: '140522', township: 'x', opened: 5, closedOnTime: 2, closedLate: 1, appealUpheld: 1, open: 1, overdue: 1 },
      { month: '2026-03', county: '140522', township: 'y', opened: 2, closedOnTime: 0, closedLate: 0, appealUpheld: 0, open: 2, overdue: 0 },
    ], byCounty);
    expect(v.areas[0].trend).toEqual([{ period: '2026-Q1', opened: 7, closedOnTime: 2, closedLate: 1, appealUpheld: 1, open: 3, overdue: 1 }]);
    expect(v.areas[1].total).toEqual({ period: '合计', opened: 0, closedOnTime: 0, closedLate: 0, appealUpheld: 0, open: 0, overdue: 0 });
    expect(v.overall.total.opened).toBe(7);
  });
});
