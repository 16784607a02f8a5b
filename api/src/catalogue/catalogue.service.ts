import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueItem, CatalogueMaterial, Prisma } from '@prisma/client';
import { PrismaService } from '../infra/prisma.service';
import { CatalogueErrors } from './catalogue.errors';
import { withCode, type ItemContent } from './content';
import type { ItemDetailDto, ItemListQuery, ItemSummaryDto } from './dto/item.dto';
import { dateColumnToIso } from './publication';
import { mentionedUsers, toVersionView, type UserRef, type VersionRow, type VersionView } from './version-views';

type ItemWithMaterials = CatalogueItem & { materials: CatalogueMaterial[] };

/** The item's columns as a content value (what a new version is compared with). */
export function contentOfItem(item: ItemWithMaterials): ItemContent {
  return withCode(item.code, {
    name: item.name,
    category: item.category,
    source: item.source,
    level: item.level,
    department: item.department,
    legalBasis: item.legalBasis,
    timeLimitDays: item.timeLimitDays,
    statutoryFee: Number(item.statutoryFee.toString()),
    procedure: item.procedure,
    materials: [...item.materials]
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
      .map((m) => ({ name: m.name, form: m.form, copies: m.copies, howToGet: m.howToGet })),
  });
}

function summary(item: CatalogueItem, materialCount: number): ItemSummaryDto {
  return {
    id: item.id,
    code: item.code,
    name: item.name,
    category: item.category,
    source: item.source,
    level: item.level,
    department: item.department,
    timeLimitDays: item.timeLimitDays,
    statutoryFee: Number(item.statutoryFee.toString()),
    materialCount,
    version: item.version,
    active: item.active,
  };
}

/**
 * Reading the catalogue. The catalogue is one list for the whole city (DB1405 4.2: any station
 * may take any item; 7.1.1: the guidance catalogues are city- and township-wide), so items carry
 * no region and every role reads all of them: there is no region scope to apply here.
 */
@Injectable()
export class CatalogueService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async listItems(q: ItemListQuery): Promise<ItemSummaryDto[]> {
    const active = q.active ?? 'true';
    const text = q.q?.trim();
    const where: Prisma.CatalogueItemWhereInput = {
      ...(q.level ? { level: q.level as CatalogueItem['level'] } : {}),
      ...(q.category ? { category: q.category } : {}),
      ...(active === 'all' ? {} : { active: active === 'true' }),
      ...(text
        ? {
            OR: [
              { name: { contains: text, mode: 'insensitive' } },
              { code: { contains: text, mode: 'insensitive' } },
              { department: { contains: text, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    const items = await this.prisma.catalogueItem.findMany({
      where,
      orderBy: { code: 'asc' },
      take: 1000,
      include: { _count: { select: { materials: true } } },
    });
    return items.map((i) => summary(i, i._count.materials));
  }

  async findItem(id: number): Promise<ItemWithMaterials> {
    const item = await this.prisma.catalogueItem.findUnique({ where: { id }, include: { materials: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } } });
    if (!item) throw CatalogueErrors.itemNotFound();
    return item;
  }

  async getItem(id: number): Promise<ItemDetailDto> {
    const item = await this.findItem(id);
    const pending = await this.prisma.catalogueItemVersion.findMany({
      where: { itemId: id, OR: [{ status: { in: ['PROPOSED', 'APPROVED'] } }, { status: 'PUBLISHED', appliedAt: null }] },
      orderBy: { version: 'asc' },
      select: { id: true, version: true, changeType: true, status: true, effectiveFrom: true },
    });
    const content = contentOfItem(item);
    return {
      ...summary(item, item.materials.length),
      legalBasis: item.legalBasis,
      procedure: content.procedure,
      materials: content.materials,
      pending: pending.map((p) => ({ ...p, effectiveFrom: dateColumnToIso(p.effectiveFrom) })),
    };
  }

  /** Every version of the item, newest first, each with its diff against the previous published one. */
  async history(id: number): Promise<VersionView[]> {
    const item = await this.prisma.catalogueItem.findUnique({ where: { id }, select: { version: true } });
    if (!item) throw CatalogueErrors.itemNotFound();
    const rows: VersionRow[] = await this.prisma.catalogueItemVersion.findMany({ where: { itemId: id }, orderBy: { version: 'desc' } });
    const users = await this.users(mentionedUsers(rows));
    return rows.map((r) => toVersionView(r, rows, users, item.version));
  }

  async users(ids: number[]): Promise<Map<number, UserRef>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, role: true } });
    return new Map(rows.map((u) => [u.id, u]));
  }
}
