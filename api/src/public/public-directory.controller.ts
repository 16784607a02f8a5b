import { Controller, Get, Header, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/permissions';
import { IdPipe } from '../stations/id.pipe';
import { PublicCatalogueQuery, PublicStationQuery } from './dto/public-query.dto';
import {
  PublicItemDetailDto, PublicItemListDto, PublicRegionListDto, PublicStationDetailDto, PublicStationListDto,
} from './dto/public-directory.dto';
import { PublicDirectoryService } from './public-directory.service';
import { PublicErrors } from './public.errors';

const CACHE = 'public, max-age=60';
const itemId = new IdPipe(PublicErrors.itemNotFound);
const stationId = new IdPipe(PublicErrors.stationNotFound);

/** DB1405 4.4 公开: the service catalogue, the stations with their agents, the region tree. No login. */
@ApiTags('公开信息')
@Controller('public')
export class PublicDirectoryController {
  constructor(@Inject(PublicDirectoryService) private readonly directory: PublicDirectoryService) {}

  @Get('catalogue')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: PublicItemListDto, description: '现行有效的服务事项' })
  catalogue(@Query() q: PublicCatalogueQuery): Promise<PublicItemListDto> {
    return this.directory.catalogue(q);
  }

  @Get('catalogue/:id')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: PublicItemDetailDto, description: '事项详情：申请材料、办理流程、承诺时限、办理层级' })
  item(@Param('id', itemId) id: number): Promise<PublicItemDetailDto> {
    return this.directory.item(id);
  }

  @Get('stations')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: PublicStationListDto })
  stations(@Query() q: PublicStationQuery): Promise<PublicStationListDto> {
    return this.directory.stations(q);
  }

  @Get('stations/:id')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: PublicStationDetailDto, description: '服务站详情：功能分区、服务设施、代办员（姓名和类别）' })
  station(@Param('id', stationId) id: number): Promise<PublicStationDetailDto> {
    return this.directory.station(id);
  }

  @Get('regions')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: PublicRegionListDto })
  regions(): Promise<PublicRegionListDto> {
    return this.directory.regionTree();
  }
}
