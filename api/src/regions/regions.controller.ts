import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { RegionsService, type RegionView } from './regions.service';

class RegionDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] }) level!: string;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
}

class RegionListDto {
  @ApiProperty({ type: [RegionDto] }) items!: RegionDto[];
}

class ChildrenQuery {
  @ApiProperty({ required: false, description: '上级区域代码；缺省为本人管辖范围的根' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'parent 应为 6-12 位区域代码' })
  parent?: string;
}

const view = ({ code, name, level, parentCode }: RegionView): RegionDto => ({ code, name, level, parentCode });

@ApiTags('区域')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('scope')
  @RequirePermission('region:read')
  @ApiOkResponse({ type: RegionDto, description: '本人数据范围的根区域' })
  async scope(@CurrentUser() user: Principal): Promise<RegionDto> {
    return view(await this.regions.scopeRoot(user));
  }

  @Get()
  @RequirePermission('region:read')
  @ApiOkResponse({ type: RegionListDto, description: '下级区域' })
  async children(@CurrentUser() user: Principal, @Query() q: ChildrenQuery): Promise<RegionListDto> {
    return { items: (await this.regions.children(user, q.parent ?? user.regionCode)).map(view) };
  }
}
