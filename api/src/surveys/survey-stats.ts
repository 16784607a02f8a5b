// DB1405 8.1.2 survey figures per township, with the definitions of satisfaction.ts: response
// rate = reached ÷ sampled, 满意率 among the calls that gave a rating, each with its Wilson 95 %
// interval; 满意率 shows "样本不足" below 10 ratings. Pure.
import { DEFINITIONS, rate, satisfactionRates, type Level } from '../evaluations/satisfaction';

export interface CallGroup { townshipCode: string; outcome: string; level: string | null; count: number }

export interface SurveyCounts {
  sampled: number;
  reached: number;
  refused: number;
  notReached: number;
  pending: number;
  levels: Partial<Record<Level, number>>;
}

const empty = (): SurveyCounts => ({ sampled: 0, reached: 0, refused: 0, notReached: 0, pending: 0, levels: {} });

function add(c: SurveyCounts, g: CallGroup) {
  c.sampled += g.count;
  if (g.outcome === 'REACHED') c.reached += g.count;
  else if (g.outcome === 'REFUSED') c.refused += g.count;
  else if (g.outcome === 'NOT_REACHED') c.notReached += g.count;
  else c.pending += g.count;
  if (g.outcome === 'REACHED' && g.level) c.levels[g.level as Level] = (c.levels[g.level as Level] ?? 0) + g.count;
}

/** Rates of one cell. The response rate is a process figure: shown from the first call (no suppression). */
export function figures(c: SurveyCounts) {
  const sat = satisfactionRates(c.levels);
  return {
    sampled: c.sampled, reached: c.reached, refused: c.refused, notReached: c.notReached, pending: c.pending,
    rated: sat.n,
    response: rate(c.reached, c.sampled, 1),
    satisfaction: sat.satisfaction,
    bad: sat.bad,
  };
}

/** One row per township (in the order given), zeros where nothing was sampled, and the total. */
export function surveyStats(groups: readonly CallGroup[], townships: readonly { code: string; name: string }[]) {
  const by = new Map(townships.map((t) => [t.code, empty()]));
  const total = empty();
  for (const g of groups) {
    if (!by.has(g.townshipCode)) by.set(g.townshipCode, empty());
    add(by.get(g.townshipCode)!, g);
    add(total, g);
  }
  const names = new Map(townships.map((t) => [t.code, t.name]));
  return {
    rows: [...by.entries()].map(([code, c]) => ({ townshipCode: code, townshipName: names.get(code) ?? code, ...figures(c) })),
    total: figures(total),
    definitions: { response: DEFINITIONS.response, satisfaction: DEFINITIONS.satisfaction, interval: DEFINITIONS.interval },
  };
}
