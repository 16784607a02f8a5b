import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueChangeType, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { CatalogueErrors } from '../catalogue/catalogue.errors';
import { contentOfItem } from '../catalogue/catalogue.service';
import { ProposalsService, type ProposalView } from '../catalogue/proposals.service';
import { Clock } from '../cases/clock';
import { PrismaService } from '../infra/prisma.service';
import { CatalogueState } from './catalogue-state';
import { draftContent } from './draft-content';
import { DemandErrors } from './demand.errors';
import { DemandService, type PeriodQuery } from './demand.service';
import { normaliseTopic } from './normalise-topic';
import { addSuggestion, DEMAND_THRESHOLDS, moveSuggestion, proposalReason, retireSuggestion, type SuggestInput, type Suggestion, type SuggestionType } from './suggest';

// A leader turns a suggestion into a catalogue proposal (DB1405 7.1.2-7.1.3). The figures are
// recomputed here from ClickHouse for the same period and region; the client only names the
// suggestion (type + item or topic), never its numbers. The proposal then carries the evidence
// and goes the usual way: decided by someone else, published with an effective date.

export interface DemandProposalRequest extends PeriodQuery {
  type: SuggestionType;
  itemId?: number;
  topic?: string;
  reason?: string;
  /** ADD only: the new item's content as completed by the leader; default: a draft from the topic. */
  content?: Record<string, unknown>;
}

const CHANGE_TYPE: Record<SuggestionType, CatalogueChangeType> = { ADD: 'ADD', MOVE_NEARER: 'MOVE_LEVEL', RETIRE: 'RETIRE' };
/** Namespace of the advisory lock that serialises ADD proposals per topic ("DEMD"). */
const ADD_LOCK_SPACE = 0x44454d44;

@Injectable()
export class DemandProposalsService {
  constructor(
    @Inject(DemandService) private readonly demand: DemandService,
    @Inject(ProposalsService) private readonly proposals: ProposalsService,
    @Inject(CatalogueState) private readonly state: CatalogueState,
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async propose(user: Principal, req: DemandProposalRequest): Promise<ProposalView> {
    this.checkShape(req);
    const { input, asOf, region } = await this.demand.suggestInput(user, req);
    const s = await this.recompute(req, input);
    const evidence: Prisma.InputJsonObject = {
      source: 'demand-stats',
      suggestion: s.type,
      rule: s.rule.id,
      clause: s.rule.clause,
      ruleText: s.rule.text,
      region: { code: region.code, name: region.name, level: region.level },
      period: { from: input.period.from, to: input.period.to },
      idleWindow: { since: input.idle.since, asOf },
      figures: s.figures as Prisma.InputJsonObject,
      thresholds: { ...DEMAND_THRESHOLDS },
      ...(s.topicKey !== null ? { topic: s.topic, topicKey: s.topicKey } : {}),
      summary: s.summary,
      computedAt: this.clock.now().toISOString(),
    };
    const reason = proposalReason(s, req.reason);
    if (s.type === 'ADD') return this.proposeAdd(user, s, req.content ?? draftContent(s.topic!), reason, evidence);
    const content = s.type === 'MOVE_NEARER' ? await this.movedContent(s.item!.id, s.targetLevel!) : undefined;
    return this.proposals.proposeFromEvidence(user, { itemId: s.item!.id, changeType: CHANGE_TYPE[s.type], content, reason, evidence });
  }

  private checkShape(req: DemandProposalRequest): void {
    if (req.type === 'ADD') {
      if (req.itemId !== undefined) throw DemandErrors.invalidRequest('新增事项的建议应指定 topic，不应指定 itemId');
      if (!req.topic?.trim()) throw DemandErrors.invalidRequest('新增事项的建议应指定 topic（清单外需求的文字）');
      return;
    }
    if (req.itemId === undefined) throw DemandErrors.invalidRequest('下放层级或停用的建议应指定 itemId');
    if (req.topic !== undefined) throw DemandErrors.invalidRequest('下放层级或停用的建议不应指定 topic');
    // The content of these follows from the figures (the level) or is the current one (retire).
    if (req.content !== undefined) throw DemandErrors.invalidRequest('仅新增事项的建议可提交事项内容');
  }

  /** The suggestion as the server's own figures give it, or 404 (no such item) / 409 (not supported). */
  private async recompute(req: DemandProposalRequest, input: SuggestInput): Promise<Suggestion> {
    const th = DEMAND_THRESHOLDS;
    let s: Suggestion | null = null;
    if (req.type === 'ADD') {
      const key = normaliseTopic(req.topic!);
      const group = input.topics.find((g) => g.key === key);
      s = group ? addSuggestion(group, input, th) : null;
    } else {
      const exists = await this.prisma.catalogueItem.count({ where: { id: req.itemId } });
      if (exists === 0) throw CatalogueErrors.itemNotFound();
      if (req.type === 'MOVE_NEARER') {
        const item = input.items.find((i) => i.itemId === req.itemId);
        s = item ? moveSuggestion(item, input, th) : null;
      } else {
        const item = input.idle.items.find((i) => i.itemId === req.itemId);
        s = item ? retireSuggestion(item, input, th) : null;
      }
    }
    if (!s) throw DemandErrors.notSupported();
    return s;
  }

  /**
   * One open ADD per topic: ProposalsService's one-open-proposal rule is per item, and an ADD makes a
   * new item each time, so the same topic is checked here under an advisory lock held until the
   * proposal is written (a second, concurrent request waits, then sees it: 409 PROPOSAL_PENDING).
   */
  private proposeAdd(user: Principal, s: Suggestion, content: unknown, reason: string, evidence: Prisma.InputJsonObject): Promise<ProposalView> {
    const key = s.topicKey!;
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADD_LOCK_SPACE}::int, hashtext(${key}))`;
        if ((await this.state.openAddFor(key)) !== null) throw CatalogueErrors.proposalPending();
        return this.proposals.proposeFromEvidence(user, { changeType: 'ADD', content, reason, evidence });
      },
      { timeout: 15_000 },
    );
  }

  /** The item as it reads now, one level nearer (DB1405 7.1.3 就近办). */
  private async movedContent(itemId: number, level: string): Promise<Record<string, unknown>> {
    const item = await this.prisma.catalogueItem.findUnique({ where: { id: itemId }, include: { materials: true } });
    if (!item) throw CatalogueErrors.itemNotFound();
    const { code: _code, ...content } = contentOfItem(item);
    return { ...content, level };
  }
}
