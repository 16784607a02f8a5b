// Catalogue-adjustment suggestions from demand figures (DB1405 7.1.2-7.1.3). Pure: the service
// reads the figures from ClickHouse and hands them in; every suggestion carries the numbers and
// the rule that fired, which is what a leader (and later the decider) reads as the evidence.
//
// DB1405 7.1.2: "应通过调研掌握本地群众高频次的办事需求，纳入本地便民服务事项清单" → ADD: a matter
//   outside the catalogue asked about often, and in several townships (not one village's issue).
// DB1405 7.1.3: "便民服务事项清单应保持动态调整，宜推进与群众生产生活密切相关的政务服务事项实现
//   ‘就近办’" → MOVE_NEARER: an item handled at the county with high demand spread over many
//   townships is a candidate for handling one level nearer (the township); and RETIRE: an item
//   nobody needed for 12 months is a candidate for removal (dynamic adjustment works both ways).
// A suggestion is never applied by itself: a leader turns it into a proposal, another decides it.
import type { TopicGroup } from './normalise-topic';

export const DEMAND_THRESHOLDS = {
  /** ADD: asked at least this many times in the period … */
  addMinAsks: 10,
  /** … from at least this many townships. */
  addMinTownships: 3,
  /** MOVE_NEARER: consultations + cases of the item in the period, at least. */
  moveMinDemand: 20,
  /** MOVE_NEARER: asked in at least this many townships … */
  moveMinTownships: 3,
  /** … and in at least this share of the region's townships ("spread over many townships"). */
  moveMinTownshipShare: 0.3,
  /** RETIRE: months without any consultation or case. */
  idleMonths: 12,
} as const;

export type DemandThresholds = { -readonly [K in keyof typeof DEMAND_THRESHOLDS]: number };

/**
 * One level nearer to the citizen. The catalogue knows village, township and county (HandlingLevel);
 * county is the only level above the township. Moving a township item down to the village needs the
 * authority delegated to villages, which demand figures alone cannot justify, so it is not a rule.
 */
export const NEARER_LEVEL: Readonly<Record<string, 'TOWNSHIP'>> = { COUNTY: 'TOWNSHIP' };

const LEVEL_TEXT: Record<string, string> = { VILLAGE: '村级', TOWNSHIP: '乡镇', COUNTY: '县级' };

export type SuggestionType = 'ADD' | 'MOVE_NEARER' | 'RETIRE';
export type RuleId = 'ADD_FREQUENT_OFF_CATALOGUE' | 'MOVE_NEARER_SPREAD_DEMAND' | 'RETIRE_IDLE';

export interface ItemDemand {
  itemId: number;
  code: string;
  name: string;
  level: string;
  active: boolean;
  consultations: number;
  cases: number;
  demand: number;
  /** Distinct townships with a consultation or case of the item in the period. */
  townships: number;
}

export interface IdleItem {
  itemId: number;
  code: string;
  name: string;
  level: string;
  /** Local date of the last consultation or case before the window, null when there was none. */
  lastDemand: string | null;
  /** Local date since which the item is in the catalogue. */
  inCatalogueSince: string | null;
}

export interface SuggestInput {
  region: { code: string; name: string; townships: number };
  period: { from: string; to: string };
  idle: { since: string; asOf: string; items: readonly IdleItem[] };
  items: readonly ItemDemand[];
  topics: readonly TopicGroup[];
  /** Normalised names of the items in the catalogue: such a topic is not "off the catalogue" any more. */
  catalogueKeys: ReadonlySet<string>;
  thresholds?: DemandThresholds;
}

export type Figures = Record<string, string | number | null | string[]>;

export interface Suggestion {
  type: SuggestionType;
  /** Stable within a result: 'ADD:<topic key>' or '<type>:<item id>'. */
  key: string;
  item: { id: number; code: string; name: string; level: string } | null;
  topic: string | null;
  topicKey: string | null;
  targetLevel: string | null;
  rule: { id: RuleId; clause: string; text: string };
  figures: Figures;
  /** One Chinese sentence: what the figures say and what is suggested. */
  summary: string;
}

export function ruleText(id: RuleId, th: DemandThresholds = DEMAND_THRESHOLDS): { id: RuleId; clause: string; text: string } {
  switch (id) {
    case 'ADD_FREQUENT_OFF_CATALOGUE':
      return { id, clause: 'DB1405 7.1.2', text: `清单外事项在统计期内被咨询不少于 ${th.addMinAsks} 次，且来自不少于 ${th.addMinTownships} 个乡镇：建议纳入本地事项清单` };
    case 'MOVE_NEARER_SPREAD_DEMAND':
      return {
        id, clause: 'DB1405 7.1.3',
        text: `县级办理的事项在统计期内咨询与办件合计不少于 ${th.moveMinDemand} 件次，且分布在不少于 ${th.moveMinTownships} 个、占本区域 ${Math.round(th.moveMinTownshipShare * 100)}% 以上的乡镇：建议调整为乡镇办理，推进“就近办”`,
      };
    case 'RETIRE_IDLE':
      return { id, clause: 'DB1405 7.1.3', text: `在清单中已满 ${th.idleMonths} 个月的事项，近 ${th.idleMonths} 个月在本区域无咨询、无办件：建议停用` };
  }
}

/** Townships an item must reach in a region with `regionTownships` townships. */
export function minSpread(regionTownships: number, th: DemandThresholds = DEMAND_THRESHOLDS): number {
  return Math.max(th.moveMinTownships, Math.ceil(th.moveMinTownshipShare * regionTownships));
}

export function addSuggestion(g: TopicGroup, input: SuggestInput, th: DemandThresholds): Suggestion | null {
  if (!g.key || input.catalogueKeys.has(g.key)) return null;
  if (g.count < th.addMinAsks || g.townships < th.addMinTownships) return null;
  const { region, period } = input;
  return {
    type: 'ADD', key: `ADD:${g.key}`, item: null, topic: g.text, topicKey: g.key, targetLevel: null,
    rule: ruleText('ADD_FREQUENT_OFF_CATALOGUE', th),
    figures: { asks: g.count, townships: g.townships, variants: g.variants.slice(0, 10).map((v) => v.text) },
    summary: `“${g.text}”不在事项清单内，${period.from}至${period.to}在${region.name}被咨询 ${g.count} 次，来自 ${g.townships} 个乡镇，建议新增为本地事项`,
  };
}

export function moveSuggestion(i: ItemDemand, input: SuggestInput, th: DemandThresholds): Suggestion | null {
  const target = NEARER_LEVEL[i.level];
  if (!target || !i.active) return null;
  const need = minSpread(input.region.townships, th);
  if (i.demand < th.moveMinDemand || i.townships < need) return null;
  const { region, period } = input;
  return {
    type: 'MOVE_NEARER', key: `MOVE_NEARER:${i.itemId}`, item: { id: i.itemId, code: i.code, name: i.name, level: i.level },
    topic: null, topicKey: null, targetLevel: target, rule: ruleText('MOVE_NEARER_SPREAD_DEMAND', th),
    figures: {
      consultations: i.consultations, cases: i.cases, demand: i.demand, townships: i.townships,
      regionTownships: region.townships, requiredTownships: need, currentLevel: i.level, targetLevel: target,
    },
    summary: `“${i.name}”现为${LEVEL_TEXT[i.level] ?? i.level}办理，${period.from}至${period.to}在${region.name}咨询 ${i.consultations} 次、办件 ${i.cases} 件，分布在 ${i.townships}/${region.townships} 个乡镇，建议调整为${LEVEL_TEXT[target]}办理`,
  };
}

export function retireSuggestion(i: IdleItem, input: SuggestInput, th: DemandThresholds): Suggestion | null {
  // An item added less than the whole window ago has not had the chance to be needed.
  if (!i.inCatalogueSince || i.inCatalogueSince > input.idle.since) return null;
  const { region, idle } = input;
  return {
    type: 'RETIRE', key: `RETIRE:${i.itemId}`, item: { id: i.itemId, code: i.code, name: i.name, level: i.level },
    topic: null, topicKey: null, targetLevel: null, rule: ruleText('RETIRE_IDLE', th),
    figures: { since: idle.since, asOf: idle.asOf, consultations: 0, cases: 0, lastDemand: i.lastDemand, inCatalogueSince: i.inCatalogueSince },
    summary: `“${i.name}”自${idle.since}至${idle.asOf}在${region.name}无咨询、无办件（最近一次需求：${i.lastDemand ?? '无记录'}），建议停用`,
  };
}

/** Every suggestion the figures support: ADD (most asked first), MOVE_NEARER (most demand first), RETIRE (by code). */
export function suggest(input: SuggestInput): Suggestion[] {
  const th = input.thresholds ?? DEMAND_THRESHOLDS;
  const adds = input.topics.map((g) => addSuggestion(g, input, th)).filter((s): s is Suggestion => s !== null);
  const moves = [...input.items]
    .sort((a, b) => b.demand - a.demand || a.itemId - b.itemId)
    .map((i) => moveSuggestion(i, input, th))
    .filter((s): s is Suggestion => s !== null);
  const retires = [...input.idle.items]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((i) => retireSuggestion(i, input, th))
    .filter((s): s is Suggestion => s !== null);
  return [...adds, ...moves, ...retires];
}

const REASON_MAX = 500;

/** A proposal's reason: what the figures say and the clause, then the leader's own words; ≤ 500 characters. */
export function proposalReason(s: { summary: string; rule: { clause: string } }, own?: string): string {
  const text = own?.trim() ? `${s.summary}（${s.rule.clause}）；${own.trim()}` : `${s.summary}（${s.rule.clause}）`;
  const chars = [...text];
  return chars.length <= REASON_MAX ? text : `${chars.slice(0, REASON_MAX - 1).join('')}…`;
}
