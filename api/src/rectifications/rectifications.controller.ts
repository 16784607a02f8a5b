import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { IdParam } from '../cases/id-param';
import { RectificationActionDto, RectificationListQuery, RectificationStatsQuery } from './dto/rectification.dto';
import { RectificationStatsService } from './rectification-stats.service';
import { RectificationErrors } from './rectifications.errors';
import { RectificationsService } from './rectifications.service';

const rectificationId = new IdParam(RectificationErrors.notFound);

/** DB1405 8.2: rectification tasks from bad evaluations and survey findings, tracked to closure. */
@ApiTags('整改')
@ApiBearerAuth()
@Controller('rectifications')
export class RectificationsController {
  constructor(
    @Inject(RectificationsService) private readonly rectifications: RectificationsService,
    @Inject(RectificationStatsService) private readonly statsService: RectificationStatsService,
  ) {}

  @Get()
  @RequirePermission('rectification:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }：管辖范围内的整改任务（群众姓名脱敏）；overdue=true 为逾期未办结' })
  list(@CurrentUser() user: Principal, @Query() q: RectificationListQuery) {
    return this.rectifications.list(user, q);
  }

  @Get('stats')
  @RequirePermission('rectification:read')
  @ApiOkResponse({ description: '生成数、办结数、按期办结数、逾期未办结数、整改按期完成率（Wilson 95% 区间，样本不足时不显示数值）及口径说明' })
  stats(@CurrentUser() user: Principal, @Query() q: RectificationStatsQuery) {
    return this.statsService.stats(user, q);
  }

  @Get(':id')
  @RequirePermission('rectification:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '整改任务详情：评价（评论为脱敏副本）、案件、服务站、全部处理记录，以及当前用户可执行的 allowedActions' })
  get(@CurrentUser() user: Principal, @Param('id', rectificationId) id: number) {
    return this.rectifications.detail(user, id);
  }

  /**
   * One step. The route is open to every reader of rectifications; which steps the caller may take
   * is decided per action (rectification:write for the station's steps, rectification:review for
   * re-checks and appeal decisions → 403 RECTIFICATION.FORBIDDEN_ACTION otherwise).
   */
  @Post(':id/actions') @HttpCode(200)
  @RequirePermission('rectification:read')
  @Audited({ action: 'rectification.action', resourceType: 'rectification' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '更新后的整改任务详情；版本不一致 → 409 RECTIFICATION.VERSION_CONFLICT；当前状态不允许 → 409 RECTIFICATION.INVALID_TRANSITION' })
  act(@CurrentUser() user: Principal, @Param('id', rectificationId) id: number, @Body() dto: RectificationActionDto) {
    return this.rectifications.act(user, id, dto);
  }
}
