import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import type { Principal } from '../auth/principal';
import { isIsoDate } from '../catalogue/publication';
import { Clock } from '../cases/clock';
import { AppError, Errors } from '../common/app-error';
import { monthRange } from '../indicators/periods';
import { CLICKHOUSE } from '../infra/tokens';
import { RegionsService, type RegionView } from '../regions/regions.service';
import { CatalogueState } from './catalogue-state';
import { DemandErrors } from './demand.errors';
import { draftContent } from './draft-content';
import type { ProposedContent } from '../catalogue/content';
import { growthPct, idleWindow, lastDayOfMonth, previousPeriod } from './demand-period';
import { queryCatalogue, queryDemandedItems, queryItemDemand, queryLastDemand, queryOffCatalogue, queryTownshipCount, type CatalogueRow } from './demand.queries';
import { groupTopics, normaliseTopic } from './normalise-topic';
import { DEMAND_THRESHOLDS, suggest, type IdleItem, type ItemDemand, type SuggestInput, type Suggestion } from './suggest';

// DB1405 7.1.2-7.1.3: demand frequency for catalogue adjustment, read from ClickHouse within the
// caller's region scope (a region outside it is a 404, as everywhere). The catalogue itself is
// one city-wide list; only the demand is regional.

export interface PeriodQuery { from: string; to: string; region?: string }
export type RegionRef = { code: string; name: string; level: string };

/** Every item with demand (no top-N cut): the suggestion rules look at all of them. */
const ALL_ITEMS = 1_000_000;
export const DEFAULT_TOP = 20;

export interface TopItem extends ItemDemand {
  rank: number;
  previous: { consultations: number; cases: number; demand: number };
  growthPct: number | null;
}

export interface TopicView {
  key: string;
  text: string;
  count: number;
  townships: number;
  variants: { text: string; count: number }[];
  /** The normalised text equals the name of an item now in the catalogue (added since, or mis-filed). */
  inCatalogue: boolean;
}

export interface IdleView extends IdleItem {
  /** False for an item added within the window: idle, but too new to judge. */
  wholeWindow: boolean;
}

export interface SuggestionView extends Suggestion {
  /** An open proposal already made for this item or topic. */
  pendingProposalId: number | null;
  /** ADD only: a draft content of the new item (draft-content.ts). */
  draft?: ProposedContent;
}

interface Period { from: string; to: string; fromDate: string; toExclusive: string; prev: { from: string; to: string; fromDate: string } }

@Injectable()
export class DemandService {
  private readonly log = new Logger('Demand');

  constructor(
    @Inject(CLICKHOUSE) private readonly ch: ClickHouse,
    @Inject(RegionsService) private readonly regions: RegionsService,
    @Inject(CatalogueState) private readonly catalogue: CatalogueState,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async top(user: Principal, q: PeriodQuery & { limit?: number }) {
    const period = this.period(q);
    const region = await this.region(user, q.region);
    const limit = q.limit ?? DEFAULT_TOP;
    const items = await this.itemDemand(region, period, limit);
    return { region: ref(region), from: period.from, to: period.to, previous: { from: period.prev.from, to: period.prev.to }, limit, items };
  }

  async offCatalogue(user: Principal, q: PeriodQuery) {
    const period = this.period(q);
    const region = await this.region(user, q.region);
    const { groups, truncated, catalogue } = await this.analytics(async () => {
      const [off, catalogue] = await Promise.all([
        queryOffCatalogue(this.ch, { path: region.path, fromDate: period.fromDate, toExclusive: period.toExclusive }),
        queryCatalogue(this.ch),
      ]);
      return { groups: groupTopics(off.topics), truncated: off.truncated, catalogue };
    });
    const keys = catalogueKeys(catalogue);
    const topics: TopicView[] = groups.map((g) => ({
      key: g.key, text: g.text, count: g.count, townships: g.townships, variants: g.variants, inCatalogue: keys.has(g.key),
    }));
    return { region: ref(region), from: period.from, to: period.to, total: topics.reduce((s, t) => s + t.count, 0), truncated, topics };
  }

  async idle(user: Principal, q: { asOf?: string; region?: string }) {
    const asOf = q.asOf ?? this.clock.today();
    if (!isIsoDate(asOf)) throw DemandErrors.invalidDate();
    const region = await this.region(user, q.region);
    const window = idleWindow(asOf, DEMAND_THRESHOLDS.idleMonths);
    const items = await this.idleItems(region, window);
    return { region: ref(region), asOf: window.asOf, since: window.since, months: DEMAND_THRESHOLDS.idleMonths, items };
  }

  /** DB1405 7.1.2-7.1.3: ADD / MOVE_NEARER / RETIRE with their evidence; "idle" is judged at the period's end (or today). */
  async suggestions(user: Principal, q: PeriodQuery) {
    const { input, asOf, region } = await this.suggestInput(user, q);
    const open = await this.catalogue.openProposals();
    const suggestions: SuggestionView[] = suggest(input).map((s) => ({
      ...s,
      pendingProposalId: (s.item ? open.byItem.get(s.item.id) : s.topicKey !== null ? open.byTopic.get(s.topicKey) : undefined) ?? null,
      // the starting point of the new item's content, which the leader completes before proposing
      ...(s.type === 'ADD' ? { draft: draftContent(s.topic!) } : {}),
    }));
    return {
      region: { ...ref(region), townships: input.region.townships },
      from: input.period.from, to: input.period.to, asOf, since: input.idle.since, thresholds: DEMAND_THRESHOLDS, suggestions,
    };
  }

  /** The figures every rule reads, computed afresh (the proposal endpoint never trusts client numbers). */
  async suggestInput(user: Principal, q: PeriodQuery): Promise<{ input: SuggestInput; asOf: string; region: RegionView }> {
    const period = this.period(q);
    const region = await this.region(user, q.region);
    const today = this.clock.today();
    const end = lastDayOfMonth(period.to);
    const window = idleWindow(end < today ? end : today, DEMAND_THRESHOLDS.idleMonths);
    const [items, idle, off] = await Promise.all([
      this.itemDemand(region, period, ALL_ITEMS),
      this.idleItems(region, window),
      this.analytics(async () => {
        const [o, catalogue, townships] = await Promise.all([
          queryOffCatalogue(this.ch, { path: region.path, fromDate: period.fromDate, toExclusive: period.toExclusive }),
          queryCatalogue(this.ch),
          queryTownshipCount(this.ch, region.path),
        ]);
        return { groups: groupTopics(o.topics), catalogue, townships };
      }),
    ]);
    const input: SuggestInput = {
      region: { code: region.code, name: region.name, townships: off.townships },
      period: { from: period.from, to: period.to },
      idle: { since: window.since, asOf: window.asOf, items: idle },
      items,
      topics: off.groups,
      catalogueKeys: catalogueKeys(off.catalogue),
    };
    return { input, asOf: window.asOf, region };
  }

  private async itemDemand(region: RegionView, period: Period, limit: number): Promise<TopItem[]> {
    const [rows, catalogue] = await this.analytics(() =>
      Promise.all([
        queryItemDemand(this.ch, { path: region.path, prevFrom: period.prev.fromDate, fromDate: period.fromDate, toExclusive: period.toExclusive, limit }),
        queryCatalogue(this.ch),
      ]),
    );
    const byId = new Map(catalogue.map((c) => [c.id, c]));
    return rows.map((r, i) => {
      const c = byId.get(r.itemId);
      const demand = r.consultations + r.cases;
      const prev = r.prevConsultations + r.prevCases;
      return {
        rank: i + 1, itemId: r.itemId, code: c?.code ?? '', name: c?.name ?? `事项 ${r.itemId}`, level: c?.level ?? '', active: c?.active ?? false,
        consultations: r.consultations, cases: r.cases, demand, townships: r.townships,
        previous: { consultations: r.prevConsultations, cases: r.prevCases, demand: prev }, growthPct: growthPct(demand, prev),
      };
    });
  }

  private async idleItems(region: RegionView, window: { since: string; asOf: string; untilExclusive: string }): Promise<IdleView[]> {
    const { catalogue, demanded } = await this.analytics(async () => {
      const [catalogue, demanded] = await Promise.all([
        queryCatalogue(this.ch),
        queryDemandedItems(this.ch, { path: region.path, since: window.since, untilExclusive: window.untilExclusive }),
      ]);
      return { catalogue, demanded };
    });
    const idle = catalogue.filter((c) => c.active && !demanded.has(c.id));
    const ids = idle.map((c) => c.id);
    const [last, since] = await Promise.all([
      this.analytics(() => queryLastDemand(this.ch, { path: region.path, ids, before: window.since })),
      this.catalogue.inCatalogueSince(ids),
    ]);
    return idle.map((c) => {
      const inCatalogueSince = since.get(c.id) ?? null;
      return {
        itemId: c.id, code: c.code, name: c.name, level: c.level, lastDemand: last.get(c.id) ?? null, inCatalogueSince,
        wholeWindow: inCatalogueSince !== null && inCatalogueSince <= window.since,
      };
    });
  }

  private period(q: { from: string; to: string }): Period {
    const range = monthRange(q.from, q.to);
    if (!range.ok) throw Errors.invalidPeriod(range.message);
    const prev = previousPeriod(q.from, q.to);
    return { from: q.from, to: q.to, fromDate: range.fromDate, toExclusive: range.toExclusive, prev: { ...prev, fromDate: `${prev.from}-01` } };
  }

  private region(user: Principal, code?: string): Promise<RegionView> {
    return this.regions.findInScope(user, code ?? user.regionCode);
  }

  private async analytics<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof AppError) throw e;
      this.log.warn(`ClickHouse query failed: ${(e as Error).message}`);
      throw Errors.analyticsUnavailable();
    }
  }
}

function ref(r: RegionView): RegionRef {
  return { code: r.code, name: r.name, level: r.level };
}

/** Normalised names of the active catalogue items. */
export function catalogueKeys(catalogue: readonly CatalogueRow[]): Set<string> {
  return new Set(catalogue.filter((c) => c.active).map((c) => normaliseTopic(c.name)));
}
