import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { shanghaiDate } from '../cases/due-date';
import { attachmentHeader, writeWorkbook } from '../excel/write-sheet';
import { XLSX_MIME } from '../excel/xlsx-body';
import { IndicatorQueryDto } from './indicator-query.dto';
import { IndicatorQueryService } from './indicator-query.service';
import { indicatorFileNames, indicatorSheets } from './indicator-sheet';

@ApiTags('指标')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly engine: IndicatorQueryService) {}

  /** Every indicator with its Chinese name, formula, unit and dimensions (declared once, registry.ts). */
  @Get()
  @RequirePermission('indicator:read')
  @ApiOkResponse({ description: '指标清单：键、名称、公式、单位、可用维度' })
  list() {
    return { indicators: this.engine.list() };
  }

  /** One indicator over a period, grouped by period and a dimension, within the caller's scope. */
  @Get(':key')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ description: '指标定义与各行数值（比例附 Wilson 95% 区间；样本不足时为 null）' })
  query(@CurrentUser() user: Principal, @Param('key') key: string, @Query() q: IndicatorQueryDto) {
    return this.engine.query(user, key, q);
  }

  /**
   * The same query as GET /indicators/:key as an .xlsx (dashboard tables, DB1405 8): the rows of the
   * JSON answer plus a sheet with the definition. Exports are audited (architecture.md convention 5).
   */
  @Get(':key/export')
  @RequirePermission('indicator:read')
  @Audited({ action: 'indicator.export', resourceType: 'indicator', idParam: 'key' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '指标数据（.xlsx；“数据”表：统计期、分组、分子、分母、数值、区间下限、区间上限、样本不足；“说明”表：指标口径、区域、统计期）', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() user: Principal, @Param('key') key: string, @Query() q: IndicatorQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const result = await this.engine.query(user, key, q);
    const now = new Date();
    const file = await writeWorkbook(indicatorSheets(result, `${shanghaiDate(now)} ${new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 19)}`));
    const names = indicatorFileNames(result);
    void reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', attachmentHeader(names.name, names.ascii))
      .header('cache-control', 'no-store');
    return file;
  }
}
