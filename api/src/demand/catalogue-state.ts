import { Inject, Injectable } from '@nestjs/common';
import { shanghaiToday } from '../catalogue/publication';
import { PrismaService } from '../infra/prisma.service';

// Catalogue facts the demand figures need from Postgres, read row by row (no aggregation): since
// when an item is in effect (ClickHouse's catalogue dimension has no dates) and which adjustments
// are still open, so a suggestion already turned into a proposal says so.

export interface OpenProposals {
  /** Open (PROPOSED or APPROVED) adjustment of an item, by item id. */
  byItem: Map<number, number>;
  /** Open ADD proposals made from demand figures, by normalised topic key. */
  byTopic: Map<string, number>;
}

@Injectable()
export class CatalogueState {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /**
   * Local date since which each item is in the catalogue: when its ADD version was applied (the
   * seeded catalogue and every later addition have one), else when the row was created.
   */
  async inCatalogueSince(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.catalogueItem.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, createdAt: true,
        versions: { where: { changeType: 'ADD', appliedAt: { not: null } }, select: { appliedAt: true }, orderBy: { appliedAt: 'asc' }, take: 1 },
      },
    });
    return new Map(rows.map((r) => [r.id, shanghaiToday(r.versions[0]?.appliedAt ?? r.createdAt)]));
  }

  async openProposals(): Promise<OpenProposals> {
    const rows = await this.prisma.catalogueItemVersion.findMany({
      where: { status: { in: ['PROPOSED', 'APPROVED'] } },
      select: { id: true, itemId: true, changeType: true, evidence: true },
    });
    const byItem = new Map<number, number>();
    const byTopic = new Map<string, number>();
    for (const r of rows) {
      byItem.set(r.itemId, r.id);
      const key = topicKeyOf(r.evidence);
      if (r.changeType === 'ADD' && key !== null) byTopic.set(key, r.id);
    }
    return { byItem, byTopic };
  }

  /** The open ADD proposal made from the same topic, if any (its evidence carries the key). */
  async openAddFor(topicKey: string): Promise<number | null> {
    const row = await this.prisma.catalogueItemVersion.findFirst({
      where: { changeType: 'ADD', status: { in: ['PROPOSED', 'APPROVED'] }, evidence: { path: ['topicKey'], equals: topicKey } },
      select: { id: true },
    });
    return row?.id ?? null;
  }
}

function topicKeyOf(evidence: unknown): string | null {
  if (typeof evidence !== 'object' || evidence === null) return null;
  const key = (evidence as Record<string, unknown>).topicKey;
  return typeof key === 'string' ? key : null;
}
