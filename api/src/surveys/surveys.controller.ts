import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { IdParam } from '../cases/id-param';
import { CallListQuery, CreateBatchDto, RecordCallDto, StatsQuery } from './dto/survey.dto';
import { SurveyBatchesService } from './survey-batches.service';
import { SurveyCallsService } from './survey-calls.service';
import { SurveyStatsService } from './survey-stats.service';
import { SurveyErrors } from './surveys.errors';

const batchId = new IdParam(SurveyErrors.batchNotFound);
const callId = new IdParam(SurveyErrors.callNotFound);

/** DB1405 8.1.2 satisfaction survey: monthly samples, follow-up calls, response and satisfaction. */
@ApiTags('回访')
@ApiBearerAuth()
@Controller('surveys')
export class SurveysController {
  constructor(
    @Inject(SurveyBatchesService) private readonly batches: SurveyBatchesService,
    @Inject(SurveyCallsService) private readonly calls: SurveyCallsService,
    @Inject(SurveyStatsService) private readonly statsService: SurveyStatsService,
  ) {}

  /** Draws a month's sample (city-wide roles; 403 SURVEY.CITY_WIDE_ONLY otherwise). */
  @Post('batches')
  @RequirePermission('survey:write')
  @Audited({ action: 'survey.batch.create', resourceType: 'survey_batch' })
  @ApiResponse({ status: 201, description: '批次 { id, month, seed, perTownship, sampled, … }' })
  @ApiResponse({ status: 409, description: 'SURVEY.BATCH_EXISTS' })
  @ApiResponse({ status: 422, description: 'SURVEY.MONTH_NOT_CLOSED' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateBatchDto) {
    return this.batches.create(user, dto);
  }

  @Get('batches')
  @RequirePermission('survey:read')
  @ApiOkResponse({ description: '{ items: [{ id, month, seed, perTownship, sampled, reached, notReached, refused, pending }] }（按本人管辖范围计数）' })
  list(@CurrentUser() user: Principal) {
    return this.batches.list(user);
  }

  @Get('batches/:id/calls')
  @RequirePermission('survey:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '{ items, total, page, pageSize }：本人管辖范围内的回访清单（群众姓名、电话已脱敏）' })
  callList(@CurrentUser() user: Principal, @Param('id', batchId) id: number, @Query() q: CallListQuery) {
    return this.calls.list(user, id, q);
  }

  @Post('calls/:id') @HttpCode(200)
  @RequirePermission('survey:write')
  @Audited({ action: 'survey.call.record', resourceType: 'survey_call' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '回访记录；不满意评价或发现问题时 rectification 为自动生成的整改任务' })
  @ApiResponse({ status: 403, description: 'SURVEY.SELF_CALL（经办代办员）' })
  record(@CurrentUser() user: Principal, @Param('id', callId) id: number, @Body() dto: RecordCallDto) {
    return this.calls.record(user, id, dto);
  }

  @Get('stats')
  @RequirePermission('survey:read')
  @ApiOkResponse({ description: '{ month, region, batch, rows: 每个乡镇 { sampled, reached, refused, notReached, response, satisfaction }, total, definitions }' })
  stats(@CurrentUser() user: Principal, @Query() q: StatsQuery) {
    return this.statsService.stats(user, q);
  }
}
