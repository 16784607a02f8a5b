// Rolling monthly rows of one region subtree up into areas × periods (pure). The ClickHouse
// queries return one row per (month, county, township); the disclosure shows a region's direct
// subdivisions (the counties of the city, the townships of a county) per month or quarter, plus
// the region as a whole.
import { periodOfMonth, type PeriodPlan } from './public-periods';

export interface MonthlyRow {
  month: string;
  county: string;
  township: string;
}

export type AreaLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP';

export interface Bucket<A> {
  total: A;
  byPeriod: Map<string, A>;
}

export interface Rolled<A> {
  overall: Bucket<A>;
  areas: Map<string, Bucket<A>>;
}

/** Which direct subdivision of a region at `level` a row falls in (a township is its own one). */
export function areaCodeOf(level: AreaLevel, row: MonthlyRow, regionCode: string): string {
  if (level === 'CITY') return row.county;
  if (level === 'COUNTY') return row.township;
  return regionCode;
}

export function rollUp<R extends MonthlyRow, A>(
  rows: readonly R[],
  plan: Pick<PeriodPlan, 'granularity' | 'periods'>,
  area: (row: R) => string,
  areaCodes: readonly string[],
  zero: () => A,
  add: (into: A, row: R) => void,
): Rolled<A> {
  const bucket = (): Bucket<A> => ({ total: zero(), byPeriod: new Map(plan.periods.map((p) => [p, zero()])) });
  const overall = bucket();
  const areas = new Map(areaCodes.map((c) => [c, bucket()]));
  for (const row of rows) {
    const period = periodOfMonth(row.month, plan.granularity);
    const inPeriod = overall.byPeriod.get(period);
    if (!inPeriod) continue; // outside the plan (cannot happen with the plan's own bounds)
    add(overall.total, row);
    add(inPeriod, row);
    const a = areas.get(area(row));
    // A row of an area no longer in the region tree still counts for the whole region.
    if (a) {
      add(a.total, row);
      add(a.byPeriod.get(period)!, row);
    }
  }
  return { overall, areas };
}
