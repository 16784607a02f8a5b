import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { CaseActionsService } from './case-actions.service';
import { caseId } from './id-param';
import { FailDto, FeeDto, HomeVisitDto, NoteDto, NotifyDto, ProvideMaterialsDto, ReasonDto, VersionDto } from './dto/actions.dto';

const DETAIL = '更新后的案件详情（含新的 version）';
const CONFLICT = 'CASE.INVALID_TRANSITION（当前状态不允许）/ CASE.VERSION_CONFLICT（版本已变）；均未写入任何数据';

/**
 * The station's steps on a case (DB1405 6.2-6.4). Each request carries the version the client saw;
 * each success is one change of the case with one event.
 */
@ApiTags('案件办理')
@ApiBearerAuth()
@ApiParam({ name: 'id', type: Number })
@ApiResponse({ status: 409, description: CONFLICT })
@Controller('cases/:id')
export class CaseActionsController {
  constructor(@Inject(CaseActionsService) private readonly actions: CaseActionsService) {}

  /** DB1405 6.2: materials supplied after the one-time notice; the last one accepts the case and starts the clock. */
  @Post('materials') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.materials.provide', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  materials(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: ProvideMaterialsDto) {
    return this.actions.provideMaterials(user, id, dto);
  }

  @Post('start') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.start', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  start(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: VersionDto) {
    return this.actions.start(user, id, dto);
  }

  /** DB1405 6.3.2: ask the citizen to supplement materials; the time-limit clock stops. */
  @Post('supplement-request') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.supplement.request', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  supplementRequest(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: ReasonDto) {
    return this.actions.requestSupplement(user, id, dto);
  }

  /** The supplement arrived: the clock runs again and the due date moves by the paused working days. */
  @Post('supplement-received') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.supplement.receive', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  supplementReceived(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: NoteDto) {
    return this.actions.receiveSupplement(user, id, dto);
  }

  @Post('complete') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.complete', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  complete(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: NoteDto) {
    return this.actions.complete(user, id, dto);
  }

  /** DB1405 6.4.2: failed, with a reason code and what the citizen is told; re-application via /reapply. */
  @Post('fail') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.fail', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  fail(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: FailDto) {
    return this.actions.fail(user, id, dto);
  }

  /** DB1405 6.4.1: the result was notified to the citizen. */
  @Post('notify') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.notify', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  notify(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: NotifyDto) {
    return this.actions.notify(user, id, dto);
  }

  /** DB1405 7.2.3 e): the result was delivered to the citizen. */
  @Post('deliver') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.deliver', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  deliver(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: NoteDto) {
    return this.actions.deliver(user, id, dto);
  }

  /** DB1405 6.4.3: a statutory fee with its receipt number (422 CASE.RECEIPT_REQUIRED without one). No proxy fee exists (4.5). */
  @Post('fee') @HttpCode(200)
  @RequirePermission('case:write')
  @Audited({ action: 'case.fee.record', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  fee(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: FeeDto) {
    return this.actions.recordFee(user, id, dto);
  }

  /** DB1405 4.2, 6.3.3: a home visit, with its date and the recording agent. */
  @Post('home-visits')
  @RequirePermission('case:write')
  @Audited({ action: 'case.home_visit.create', resourceType: 'case' })
  @ApiResponse({ status: 201, description: DETAIL })
  homeVisit(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: HomeVisitDto) {
    return this.actions.homeVisit(user, id, dto);
  }

  /** DB1405 4.3: a leader suspends the clock for a stated reason (an approved suspension). */
  @Post('suspend') @HttpCode(200)
  @RequirePermission('case:extension:decide')
  @Audited({ action: 'case.suspend', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  suspend(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: ReasonDto) {
    return this.actions.suspend(user, id, dto);
  }

  @Post('resume') @HttpCode(200)
  @RequirePermission('case:extension:decide')
  @Audited({ action: 'case.resume', resourceType: 'case' })
  @ApiOkResponse({ description: DETAIL })
  resume(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: NoteDto) {
    return this.actions.resume(user, id, dto);
  }
}
