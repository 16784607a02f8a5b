import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiProduces, ApiResponse, ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { ImportErrorDto, ImportResultDto, XLSX_UPLOAD_DESCRIPTION } from '../excel/import-result.dto';
import { attachmentHeader } from '../excel/write-sheet';
import { XLSX_MIME, XlsxBody } from '../excel/xlsx-body';
import { CreateStationDto, UpdateStationDto } from './dto/station-input.dto';
import { StationFilterQuery, StationListQuery } from './dto/station-query.dto';
import { StationDetailDto, StationDto, StationListDto } from './dto/station.dto';
import { IdPipe } from './id.pipe';
import { StationErrors } from './stations.errors';
import { StationsService } from './stations.service';

const stationId = new IdPipe(StationErrors.notFound);

/** DB1405 5.1: the register of village convenience service stations. */
@ApiTags('服务站')
@ApiBearerAuth()
@Controller('stations')
export class StationsController {
  constructor(@Inject(StationsService) private readonly stations: StationsService) {}

  @Get()
  @RequirePermission('station:read')
  @ApiOkResponse({ type: StationListDto, description: '本人管辖范围内的服务站（含缺少的设施）' })
  list(@CurrentUser() user: Principal, @Query() q: StationListQuery): Promise<StationListDto> {
    return this.stations.list(user, q);
  }

  @Get('export.xlsx')
  @RequirePermission('station:export')
  @Audited({ action: 'station.export', resourceType: 'station' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '服务站登记表（.xlsx，中文表头；设施为 ✓/✗ 列，另有“缺少设施”列）', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() user: Principal, @Query() q: StationFilterQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.stations.exportXlsx(user, q);
    void reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', attachmentHeader(`服务站登记表-${today()}.xlsx`, `stations-${today()}.xlsx`))
      .header('cache-control', 'no-store');
    return file;
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission('station:write')
  @Audited({ action: 'station.import', resourceType: 'station' })
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ description: XLSX_UPLOAD_DESCRIPTION, schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiResponse({ status: 422, type: ImportErrorDto, description: '有错误的行（未导入任何数据）' })
  import(@CurrentUser() user: Principal, @XlsxBody() file: Buffer): Promise<ImportResultDto> {
    return this.stations.importXlsx(user, file);
  }

  @Get(':id')
  @RequirePermission('station:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: StationDetailDto })
  get(@CurrentUser() user: Principal, @Param('id', stationId) id: number): Promise<StationDetailDto> {
    return this.stations.get(user, id);
  }

  @Post()
  @RequirePermission('station:write')
  @Audited({ action: 'station.create', resourceType: 'station' })
  @ApiResponse({ status: 201, type: StationDto })
  @ApiResponse({ status: 409, description: 'STATION.EXISTS：该村已有服务站' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateStationDto): Promise<StationDto> {
    return this.stations.create(user, dto);
  }

  @Patch(':id')
  @RequirePermission('station:write')
  @Audited({ action: 'station.update', resourceType: 'station' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: StationDto })
  update(@CurrentUser() user: Principal, @Param('id', stationId) id: number, @Body() dto: UpdateStationDto): Promise<StationDto> {
    return this.stations.update(user, id, dto);
  }
}

/** YYYYMMDD in China time, for file names. */
function today(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
}
