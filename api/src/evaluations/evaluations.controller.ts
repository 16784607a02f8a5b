import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { caseId, IdParam } from '../cases/id-param';
import { EvaluationListQuery, ModerationDto, StaffEvaluationDto } from './dto/evaluation.dto';
import { EvaluationErrors } from './evaluations.errors';
import { EvaluationsService } from './evaluations.service';
import { ReplySlipService } from './reply-slip.service';

const evaluationId = new IdParam(EvaluationErrors.notFound);
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** scheme://host of the request for the QR code's absolute address; a malformed Host is not echoed. */
function originOf(req: FastifyRequest): string {
  return HOST.test(req.host) ? `${req.protocol}://${req.host}` : `${req.protocol}://localhost`;
}

/** DB1405 8.1.1 evaluations entered by staff, the reply slip with the online link, and moderation (8.1.3). */
@ApiTags('评价')
@ApiBearerAuth()
@Controller()
export class EvaluationsController {
  constructor(
    @Inject(EvaluationsService) private readonly evaluations: EvaluationsService,
    @Inject(ReplySlipService) private readonly slips: ReplySlipService,
  ) {}

  @Get('cases/:id/evaluations')
  @RequirePermission('evaluation:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '{ items（留言已脱敏）, finished, canEvaluate, link: { state, expiresAt, remindedAt } | null }' })
  forCase(@CurrentUser() user: Principal, @Param('id', caseId) id: number) {
    return this.evaluations.forCase(user, id);
  }

  /**
   * A device, paper-form or comment-box evaluation typed in by staff. 403 EVALUATION.SELF_RATING
   * for the agent who handled the case; 409 EVALUATION.CASE_NOT_FINISHED / ALREADY_EVALUATED;
   * 422 EVALUATION.ONLINE_BY_TOKEN for channel ONLINE. A bad level opens a rectification (8.2).
   */
  @Post('cases/:id/evaluations')
  @RequirePermission('evaluation:write')
  @Audited({ action: 'evaluation.enter', resourceType: 'case' })
  @ApiParam({ name: 'id', type: Number })
  @ApiResponse({ status: 201, description: '评价（留言已脱敏），rectification 为自动生成的整改任务或 null' })
  enter(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: StaffEvaluationDto) {
    return this.evaluations.enter(user, id, dto);
  }

  @Get('cases/:id/reply-slip')
  @RequirePermission('case:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '办结回执：outcome（未办结为 null）、evaluation { state, link, url, qrSvg, expiresAt }' })
  replySlip(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Req() req: FastifyRequest) {
    return this.slips.slip(user, id, originOf(req));
  }

  @Get('evaluations')
  @RequirePermission('evaluation:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }（留言为脱敏文本）' })
  list(@CurrentUser() user: Principal, @Query() q: EvaluationListQuery) {
    return this.evaluations.list(user, q);
  }

  @Post('evaluations/:id/moderation') @HttpCode(200)
  @RequirePermission('evaluation:moderate')
  @Audited({ action: 'evaluation.moderate', resourceType: 'evaluation' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '评价；只有 APPROVED 的脱敏留言可以公开（DB1405 8.1.3）' })
  moderate(@CurrentUser() user: Principal, @Param('id', evaluationId) id: number, @Body() dto: ModerationDto) {
    return this.evaluations.moderate(user, id, dto);
  }
}
