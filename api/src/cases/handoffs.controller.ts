import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { HandoffCreateDto } from './dto/actions.dto';
import { HandoffListQuery, IssueDto, ReturnDto, StepNoteDto } from './dto/handoff.dto';
import { HandoffsService } from './handoffs.service';
import { caseId, handoffId } from './id-param';

const STEP = '案件详情（handoffs 中该上报件的环节与用时已更新）；顺序不对 → 409 HANDOFF.OUT_OF_ORDER';

/** DB1405 7.2.2-7.2.3: the station hands a township/county matter up; the upper level works it in order. */
@ApiTags('跨层级上报')
@ApiBearerAuth()
@Controller()
export class HandoffsController {
  constructor(@Inject(HandoffsService) private readonly handoffs: HandoffsService) {}

  @Post('cases/:id/handoffs')
  @RequirePermission('case:write')
  @Audited({ action: 'case.handoff.create', resourceType: 'case' })
  @ApiParam({ name: 'id', type: Number })
  @ApiResponse({ status: 201, description: '案件详情（状态 HANDED_UP，新上报件含自己的期限）' })
  @ApiResponse({ status: 409, description: 'CASE.INVALID_TRANSITION（含村级事项）/ CASE.VERSION_CONFLICT' })
  @ApiResponse({ status: 422, description: 'CASE.NO_FILES：先上传扫描材料' })
  create(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: HandoffCreateDto) {
    return this.handoffs.create(user, id, dto);
  }

  /** Hops waiting for the caller's township or county window (scoped by the target region). */
  @Get('handoffs')
  @RequirePermission('case:review')
  @ApiOkResponse({ description: '{ total, items: [{ id, status, nextStep, dueDate, overdue, case: {...} }] }（最早上报的在前，至多 200 件）' })
  list(@CurrentUser() user: Principal, @Query() q: HandoffListQuery) {
    return this.handoffs.list(user, q.status);
  }

  @Post('handoffs/:id/confirm-materials') @HttpCode(200)
  @RequirePermission('case:review')
  @Audited({ action: 'handoff.confirm_materials', resourceType: 'handoff' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: STEP })
  confirm(@CurrentUser() user: Principal, @Param('id', handoffId) id: number, @Body() dto: StepNoteDto) {
    return this.handoffs.step(user, id, 'confirm-materials', dto);
  }

  @Post('handoffs/:id/review') @HttpCode(200)
  @RequirePermission('case:review')
  @Audited({ action: 'handoff.review', resourceType: 'handoff' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: STEP })
  review(@CurrentUser() user: Principal, @Param('id', handoffId) id: number, @Body() dto: StepNoteDto) {
    return this.handoffs.step(user, id, 'review', dto);
  }

  @Post('handoffs/:id/sign') @HttpCode(200)
  @RequirePermission('case:review')
  @Audited({ action: 'handoff.sign', resourceType: 'handoff' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: STEP })
  sign(@CurrentUser() user: Principal, @Param('id', handoffId) id: number, @Body() dto: StepNoteDto) {
    return this.handoffs.step(user, id, 'sign', dto);
  }

  @Post('handoffs/:id/stamp') @HttpCode(200)
  @RequirePermission('case:review')
  @Audited({ action: 'handoff.stamp', resourceType: 'handoff' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: STEP })
  stamp(@CurrentUser() user: Principal, @Param('id', handoffId) id: number, @Body() dto: StepNoteDto) {
    return this.handoffs.step(user, id, 'stamp', dto);
  }

  @Post('handoffs/:id/issue') @HttpCode(200)
  @RequirePermission('case:review')
  @Audited({ action: 'handoff.issue', resourceType: 'handoff' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: STEP })
  issue(@CurrentUser() user: Principal, @Param('id', handoffId) id: number, @Body() dto: IssueDto) {
    return this.handoffs.step(user, id, 'issue', dto);
  }

  /** DB1405 7.2.3 d): the result goes back to the village; the case returns to IN_PROGRESS (RESULT_RETURNED). */
  @Post('handoffs/:id/return') @HttpCode(200)
  @RequirePermission('case:review')
  @Audited({ action: 'handoff.return', resourceType: 'handoff' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: STEP })
  returnResult(@CurrentUser() user: Principal, @Param('id', handoffId) id: number, @Body() dto: ReturnDto) {
    return this.handoffs.step(user, id, 'return', dto);
  }
}
