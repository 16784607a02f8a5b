import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueChangeType, CatalogueItemVersion, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { CatalogueErrors } from './catalogue.errors';
import { CatalogueService, contentOfItem } from './catalogue.service';
import { checkItemContent, withCode, type ProposedContent } from './content';
import { diffItemContent } from './content-diff';
import { nextCode, prefixForCategory } from './item-code';
import { isDecision, nextStatus, TRANSITIONS, type ProposalAction, type ProposalStatus } from './proposal-state';
import { CataloguePublisher } from './publication.service';
import { dateColumnToIso, earlierPendingConflict, effectiveDateProblem, isoToDateColumn, shanghaiToday } from './publication';
import { mentionedUsers, toVersionView, type VersionRow, type VersionView } from './version-views';

export interface ProposalInput {
  /** The item to change; absent for ADD (a new item). */
  itemId?: number;
  changeType: CatalogueChangeType;
  /** The whole item as it will read; may be absent for RETIRE (the current content is kept). */
  content?: unknown;
  reason: string;
  /** What the proposal rests on, e.g. demand figures (DB1405 7.1.2); stored as given. */
  evidence?: Prisma.InputJsonValue | null;
  /** Suggested effective date (the publisher fixes the real one). */
  effectiveFrom?: string;
}

export interface ProposalView extends VersionView {
  item: { id: number; code: string; name: string };
  mine: boolean;
}

// Serialises the choice of codes for new items (pg_advisory_xact_lock key, "CATA" in ASCII).
const NEW_ITEM_LOCK = 0x43415441;

@Injectable()
export class ProposalsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
    @Inject(CataloguePublisher) private readonly publisher: CataloguePublisher,
  ) {}

  /**
   * The one way in for a catalogue change (DB1405 7.1.2-7.1.3). The HTTP POST uses it without
   * evidence; the demand-statistics issue (high-frequency demand found in consultations and
   * cases → a proposal to add, move or retire an item) calls it with `evidence` holding the
   * figures behind it, e.g. `{ source: 'demand-stats', period: '2026-01/2026-06', consultations: 37 }`.
   * The actor is the user who asks for the proposal; they may not later decide it themselves.
   * Validates the content completely (400 CATALOGUE.INVALID_CONTENT / PROXY_FEE_FORBIDDEN),
   * allows one open proposal per item (409 CATALOGUE.PROPOSAL_PENDING), and returns the new
   * PROPOSED version; for ADD a new, inactive item (version 0) with a fresh code is created first.
   */
  async proposeFromEvidence(actor: Pick<Principal, 'userId'>, input: ProposalInput): Promise<ProposalView> {
    const isAdd = input.changeType === 'ADD';
    if (isAdd && input.itemId !== undefined) throw CatalogueErrors.invalidProposal('新增事项时不应指定 itemId');
    if (!isAdd && input.itemId === undefined) throw CatalogueErrors.invalidProposal('调整、停用事项时必须指定 itemId');
    const reason = input.reason?.trim() ?? '';
    if ([...reason].length < 2 || [...reason].length > 500) throw CatalogueErrors.invalidProposal('调整理由长度应为 2-500 个字符');
    if (input.effectiveFrom !== undefined) this.checkEffectiveDate(input.effectiveFrom);

    let proposed: ProposedContent | null = null;
    if (input.content !== undefined || input.changeType !== 'RETIRE') {
      const check = checkItemContent(input.content);
      if (!check.ok) throw check.proxyFee ? CatalogueErrors.proxyFeeForbidden() : CatalogueErrors.invalidContent(check.problems);
      proposed = check.content;
    }

    const created = await this.prisma.$transaction(async (tx) => {
      let itemId: number;
      let version: number;
      let code: string;
      if (isAdd) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NEW_ITEM_LOCK})`;
        const existing = await tx.catalogueItem.findMany({ select: { code: true, category: true } });
        code = nextCode(prefixForCategory(proposed!.category, existing), existing.map((i) => i.code));
        const item = await tx.catalogueItem.create({
          data: { ...this.itemColumns(proposed!), code, version: 0, active: false },
        });
        itemId = item.id;
        version = 1;
      } else {
        itemId = input.itemId!;
        await tx.$executeRaw`SELECT 1 FROM catalogue_items WHERE id = ${itemId} FOR UPDATE`;
        const item = await tx.catalogueItem.findUnique({ where: { id: itemId }, include: { materials: true } });
        if (!item) throw CatalogueErrors.itemNotFound();
        const open = await tx.catalogueItemVersion.count({ where: { itemId, status: { in: ['PROPOSED', 'APPROVED'] } } });
        if (open > 0) throw CatalogueErrors.proposalPending();
        if (!item.active) throw CatalogueErrors.itemInactive();
        const current = contentOfItem(item);
        code = item.code;
        proposed ??= current; // RETIRE without content: the item as it reads now
        if (input.changeType === 'MOVE_LEVEL' && proposed.level === current.level) throw CatalogueErrors.levelUnchanged();
        if (input.changeType === 'UPDATE' && diffItemContent(current, withCode(code, proposed)).length === 0) throw CatalogueErrors.noChange();
        const last = await tx.catalogueItemVersion.aggregate({ where: { itemId }, _max: { version: true } });
        version = Math.max(last._max.version ?? 0, item.version) + 1;
      }
      return tx.catalogueItemVersion.create({
        data: {
          itemId,
          version,
          changeType: input.changeType,
          status: 'PROPOSED',
          content: withCode(code, proposed!) as unknown as Prisma.InputJsonValue,
          reason,
          evidence: input.evidence ?? undefined,
          effectiveFrom: input.effectiveFrom ? isoToDateColumn(input.effectiveFrom) : null,
          proposedById: actor.userId,
        },
      });
    });
    return this.view(actor, created.id);
  }

  /** Proposals newest first. Versions without a proposer are the initial catalogue load, not adjustments. */
  async list(user: Pick<Principal, 'userId'>, status?: ProposalStatus): Promise<ProposalView[]> {
    const rows = await this.prisma.catalogueItemVersion.findMany({
      where: { proposedById: { not: null }, ...(status ? { status } : {}) },
      orderBy: [{ proposedAt: 'desc' }, { id: 'desc' }],
      take: 200,
    });
    return this.views(user, rows);
  }

  async approve(user: Principal, id: number, note?: string): Promise<ProposalView> {
    return this.decide(user, id, 'approve', note?.trim() || null);
  }

  async reject(user: Principal, id: number, note?: string): Promise<ProposalView> {
    const text = note?.trim();
    if (!text) throw CatalogueErrors.noteRequired();
    return this.decide(user, id, 'reject', text);
  }

  /** Fixes the effective date; a version effective today is applied at once, a later one by the timer. */
  async publish(user: Principal, id: number, effectiveFrom: string): Promise<ProposalView> {
    await this.prisma.$transaction(async (tx) => {
      const v = await tx.catalogueItemVersion.findUnique({ where: { id } });
      if (!v) throw CatalogueErrors.proposalNotFound();
      if (!nextStatus(v.status, 'publish')) throw CatalogueErrors.invalidTransition(v.status, 'publish');
      this.checkEffectiveDate(effectiveFrom);
      await tx.$executeRaw`SELECT 1 FROM catalogue_items WHERE id = ${v.itemId} FOR UPDATE`;
      const waiting = await tx.catalogueItemVersion.findMany({
        where: { itemId: v.itemId, status: 'PUBLISHED', appliedAt: null },
        select: { id: true, itemId: true, version: true, effectiveFrom: true },
      });
      const conflict = earlierPendingConflict(waiting.map((w) => ({ ...w, effectiveFrom: dateColumnToIso(w.effectiveFrom)! })), v.version, effectiveFrom);
      if (conflict) throw CatalogueErrors.effectiveOrder(conflict.version, conflict.effectiveFrom);
      await this.transition(tx, id, 'publish', { effectiveFrom: isoToDateColumn(effectiveFrom), publishedAt: new Date() });
    });
    const today = shanghaiToday();
    if (effectiveFrom <= today) await this.publisher.applyDuePublications(today);
    return this.view(user, id);
  }

  private async decide(user: Principal, id: number, action: ProposalAction, note: string | null): Promise<ProposalView> {
    const v = await this.prisma.catalogueItemVersion.findUnique({ where: { id } });
    if (!v) throw CatalogueErrors.proposalNotFound();
    if (!nextStatus(v.status, action)) throw CatalogueErrors.invalidTransition(v.status, action);
    // four eyes: whoever proposed a change does not decide it
    if (isDecision(action) && v.proposedById === user.userId) throw CatalogueErrors.selfApproval();
    await this.transition(this.prisma, id, action, { decidedById: user.userId, decidedAt: new Date(), decisionNote: note });
    return this.view(user, id);
  }

  /** Moves the status only if it is still the expected one, so a concurrent decision cannot be overwritten. */
  private async transition(
    db: Prisma.TransactionClient,
    id: number,
    action: ProposalAction,
    data: Prisma.CatalogueItemVersionUpdateManyMutationInput,
  ): Promise<void> {
    const { from, to } = TRANSITIONS[action];
    const { count } = await db.catalogueItemVersion.updateMany({ where: { id, status: from }, data: { ...data, status: to } });
    if (count === 1) return;
    const now = await db.catalogueItemVersion.findUnique({ where: { id }, select: { status: true } });
    if (!now) throw CatalogueErrors.proposalNotFound();
    throw CatalogueErrors.invalidTransition(now.status, action);
  }

  private checkEffectiveDate(effectiveFrom: string): void {
    const problem = effectiveDateProblem(effectiveFrom, shanghaiToday());
    if (problem === 'INVALID') throw CatalogueErrors.invalidEffectiveDate();
    if (problem === 'PAST') throw CatalogueErrors.effectiveDateInPast();
  }

  private itemColumns(c: ProposedContent) {
    return {
      name: c.name,
      category: c.category,
      source: c.source,
      level: c.level,
      department: c.department,
      legalBasis: c.legalBasis,
      timeLimitDays: c.timeLimitDays,
      statutoryFee: c.statutoryFee.toFixed(2),
      procedure: c.procedure,
    };
  }

  async view(user: Pick<Principal, 'userId'>, id: number): Promise<ProposalView> {
    const row = await this.prisma.catalogueItemVersion.findUnique({ where: { id } });
    if (!row) throw CatalogueErrors.proposalNotFound();
    return (await this.views(user, [row]))[0];
  }

  private async views(user: Pick<Principal, 'userId'>, rows: CatalogueItemVersion[]): Promise<ProposalView[]> {
    const itemIds = [...new Set(rows.map((r) => r.itemId))];
    const [items, published] = await Promise.all([
      this.prisma.catalogueItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, code: true, name: true, version: true } }),
      this.prisma.catalogueItemVersion.findMany({ where: { itemId: { in: itemIds }, status: 'PUBLISHED' } }),
    ]);
    const itemById = new Map(items.map((i) => [i.id, i]));
    const publishedByItem = new Map<number, VersionRow[]>();
    for (const p of published) publishedByItem.set(p.itemId, [...(publishedByItem.get(p.itemId) ?? []), p]);
    const users = await this.catalogue.users(mentionedUsers(rows));
    return rows.map((r) => {
      const item = itemById.get(r.itemId)!;
      return {
        ...toVersionView(r, publishedByItem.get(r.itemId) ?? [], users, item.version),
        item: { id: item.id, code: item.code, name: item.name },
        mine: r.proposedById === user.userId,
      };
    });
  }
}
