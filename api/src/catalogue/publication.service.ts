import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '../infra/prisma.service';
import { contentFromJson } from './content';
import { dateColumnToIso, duePublications, isoToDateColumn, shanghaiToday } from './publication';

/** How often scheduled publications are looked for; a publication applies at most this late. */
export const PUBLICATION_INTERVAL_MS = 10 * 60_000;

/**
 * Applies published catalogue versions when their effective date arrives (DB1405 7.1.3): the
 * item's fields, materials and procedure become the version's content, in one transaction per
 * version. Runs right after a publication effective today, at boot, and every 10 minutes.
 *
 * The timer is a plain interval owned here rather than @nestjs/schedule's @Interval: the
 * scheduler module is registered (forRoot) by the ETL module only, which is absent when
 * ETL_ENABLED=false, and a second forRoot() would be a second scheduler (Nest 11 identifies
 * dynamic modules by reference) running every @Interval twice.
 */
@Injectable()
export class CataloguePublisher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Catalogue');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), PUBLICATION_INTERVAL_MS);
    this.timer.unref();
    void this.tick(); // a publication that fell due while the server was down
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.current?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.current) return;
    const run = this.applyDuePublications(shanghaiToday());
    this.current = run;
    try {
      const applied = await run;
      if (applied.length) this.log.log(`applied catalogue versions ${applied.join(', ')}`);
    } catch (e) {
      this.log.warn(`applying due catalogue publications failed: ${(e as Error).message}`);
    } finally {
      this.current = undefined;
    }
  }

  /**
   * Applies every PUBLISHED, not yet applied version effective on or before `today`
   * ('YYYY-MM-DD', Asia/Shanghai); returns the ids of the versions applied. Safe to run from
   * several processes at once: each version is locked and re-checked inside its transaction.
   */
  async applyDuePublications(today: string): Promise<number[]> {
    const pending = await this.prisma.catalogueItemVersion.findMany({
      where: { status: 'PUBLISHED', appliedAt: null, effectiveFrom: { lte: isoToDateColumn(today) } },
      select: { id: true, itemId: true, version: true, effectiveFrom: true },
    });
    const due = duePublications(pending.map((p) => ({ ...p, effectiveFrom: dateColumnToIso(p.effectiveFrom)! })), today);
    const applied: number[] = [];
    for (const p of due) if (await this.applyOne(p.id)) applied.push(p.id);
    return applied;
  }

  private applyOne(versionId: number): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM catalogue_item_versions WHERE id = ${versionId} FOR UPDATE`;
      const v = await tx.catalogueItemVersion.findUnique({ where: { id: versionId } });
      if (!v || v.status !== 'PUBLISHED' || v.appliedAt) return false; // another process was faster
      await tx.$executeRaw`SELECT 1 FROM catalogue_items WHERE id = ${v.itemId} FOR UPDATE`;
      const item = await tx.catalogueItem.findUniqueOrThrow({ where: { id: v.itemId }, select: { version: true } });
      if (item.version >= v.version) {
        // cannot happen through the API (publication dates keep versions in order); never regress
        this.log.warn(`catalogue version ${v.id} (item ${v.itemId} v${v.version}) is older than the item's v${item.version}; not applied`);
        return false;
      }
      const c = contentFromJson(v.content);
      // The checklist is replaced by the version's; a material that keeps its name keeps its row
      // (and id), so the checklists copied into earlier cases (case_materials.material_id) still
      // point at the same material.
      const existing = new Map((await tx.catalogueMaterial.findMany({ where: { itemId: v.itemId } })).map((m) => [m.name, m.id]));
      const kept = c.materials.map((m) => existing.get(m.name)).filter((id): id is number => id !== undefined);
      await tx.catalogueMaterial.deleteMany({ where: { itemId: v.itemId, id: { notIn: kept } } });
      for (const [i, m] of c.materials.entries()) {
        const data = { form: m.form, copies: m.copies, howToGet: m.howToGet, sortOrder: i + 1 };
        const id = existing.get(m.name);
        if (id !== undefined) await tx.catalogueMaterial.update({ where: { id }, data });
        else await tx.catalogueMaterial.create({ data: { ...data, itemId: v.itemId, name: m.name } });
      }
      await tx.catalogueItem.update({
        where: { id: v.itemId },
        data: {
          name: c.name,
          category: c.category,
          source: c.source,
          level: c.level,
          department: c.department,
          legalBasis: c.legalBasis,
          timeLimitDays: c.timeLimitDays,
          statutoryFee: c.statutoryFee.toFixed(2),
          procedure: c.procedure,
          version: v.version,
          // a retired item leaves the list; an added one joins it; other changes keep its state
          ...(v.changeType === 'RETIRE' ? { active: false } : v.changeType === 'ADD' ? { active: true } : {}),
        },
      });
      await tx.catalogueItemVersion.update({ where: { id: v.id }, data: { appliedAt: new Date() } });
      return true;
    });
  }
}
