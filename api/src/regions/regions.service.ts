import { Inject, Injectable } from '@nestjs/common';
import type { RegionLevel } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { Errors } from '../common/app-error';
import { PrismaService } from '../infra/prisma.service';

export interface RegionView { code: string; name: string; level: RegionLevel; parentCode: string | null; path: string }

const select = { code: true, name: true, level: true, parentCode: true, path: true } as const;

@Injectable()
export class RegionsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** A region the caller may see; anything outside the scope answers 404, as if it did not exist. */
  async findInScope(user: Principal, code: string): Promise<RegionView> {
    const region = await this.prisma.region.findFirst({ where: { code, path: { startsWith: user.scopePath } }, select });
    if (!region) throw Errors.regionNotFound();
    return region;
  }

  scopeRoot(user: Principal): Promise<RegionView> {
    return this.findInScope(user, user.regionCode);
  }

  async children(user: Principal, parentCode: string): Promise<RegionView[]> {
    await this.findInScope(user, parentCode);
    return this.prisma.region.findMany({ where: { parentCode, path: { startsWith: user.scopePath } }, select, orderBy: { code: 'asc' } });
  }
}
