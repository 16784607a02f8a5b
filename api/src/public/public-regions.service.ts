import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '../infra/prisma.service';
import { PublicErrors } from './public.errors';
import type { AreaLevel } from './rollup';

export interface PublicRegion {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  path: string;
}

const select = { code: true, name: true, level: true, parentCode: true, path: true } as const;
const DISCLOSED: AreaLevel[] = ['CITY', 'COUNTY', 'TOWNSHIP'];

/**
 * The region tree as the public sees it: the city, its counties and their townships (DB1405
 * 8.1.3 discloses by county and township). Unlike RegionsService there is no caller scope: the
 * public may look at any of them, and nothing else (a village code answers 404 here).
 */
@Injectable()
export class PublicRegionsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** The region named by `code`, or the city (the root) when none is given. */
  async find(code?: string): Promise<PublicRegion> {
    const region = await this.prisma.region.findFirst({
      where: code ? { code, level: { in: DISCLOSED } } : { parentCode: null, level: 'CITY' },
      select,
      orderBy: { code: 'asc' },
    });
    if (!region) throw PublicErrors.regionNotFound();
    return region as PublicRegion;
  }

  /** The direct subdivisions the disclosure shows for a region (a township shows itself). */
  async areasOf(region: PublicRegion): Promise<PublicRegion[]> {
    if (region.level === 'TOWNSHIP') return [region];
    return (await this.prisma.region.findMany({ where: { parentCode: region.code, level: { in: DISCLOSED } }, select, orderBy: { code: 'asc' } })) as PublicRegion[];
  }

  /** Counties and townships, for pickers. */
  async tree(): Promise<PublicRegion[]> {
    return (await this.prisma.region.findMany({ where: { level: { in: DISCLOSED } }, select, orderBy: { code: 'asc' } })) as PublicRegion[];
  }
}
