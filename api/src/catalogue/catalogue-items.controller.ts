import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permissions';
import { CatalogueService } from './catalogue.service';
import { IdParams, ItemDetailDto, ItemListDto, ItemListQuery, VersionListDto } from './dto/item.dto';

// DB1405 4.4 / 7.1: the service catalogue, readable by every role. It is one list for the whole
// city (items carry no region), so there is no region scope to apply (see CatalogueService).
@ApiTags('事项清单')
@ApiBearerAuth()
@Controller('catalogue/items')
export class CatalogueItemsController {
  constructor(@Inject(CatalogueService) private readonly catalogue: CatalogueService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOkResponse({ type: ItemListDto, description: '事项清单（含材料数、承诺时限、办理层级、现行版本）' })
  async list(@Query() q: ItemListQuery): Promise<ItemListDto> {
    return { items: await this.catalogue.listItems(q) };
  }

  @Get(':id')
  @RequirePermission('catalogue:read')
  @ApiOkResponse({ type: ItemDetailDto, description: '事项详情：申请材料、办理流程、法律依据、收费' })
  get(@Param() p: IdParams): Promise<ItemDetailDto> {
    return this.catalogue.getItem(p.id);
  }

  @Get(':id/versions')
  @RequirePermission('catalogue:read')
  @ApiOkResponse({ type: VersionListDto, description: '版本历史（新在前），每个版本附与上一发布版本的字段差异' })
  async versions(@Param() p: IdParams): Promise<VersionListDto> {
    return { items: (await this.catalogue.history(p.id)) as unknown as VersionListDto['items'] };
  }
}
