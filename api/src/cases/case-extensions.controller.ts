import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { DecisionDto, ExtensionRequestDto } from './dto/actions.dto';
import { ExtensionsService } from './extensions.service';
import { caseId, extensionId } from './id-param';

/** DB1405 4.3: the agent asks for more time with a reason; a leader decides; approval moves the due date. */
@ApiTags('案件办理')
@ApiBearerAuth()
@ApiParam({ name: 'id', type: Number })
@Controller('cases/:id/extensions')
export class CaseExtensionsController {
  constructor(@Inject(ExtensionsService) private readonly extensions: ExtensionsService) {}

  @Post()
  @RequirePermission('case:write')
  @Audited({ action: 'case.extension.request', resourceType: 'case' })
  @ApiResponse({ status: 201, description: '案件详情（extensions 中新增待审批的申请）' })
  @ApiResponse({ status: 409, description: 'CASE.EXTENSION_PENDING / CASE.INVALID_TRANSITION / CASE.VERSION_CONFLICT' })
  request(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: ExtensionRequestDto) {
    return this.extensions.request(user, id, dto);
  }

  @Post(':extId/approve') @HttpCode(200)
  @RequirePermission('case:extension:decide')
  @Audited({ action: 'case.extension.approve', resourceType: 'case' })
  @ApiParam({ name: 'extId', type: Number })
  @ApiOkResponse({ description: '案件详情：due 已按批准的工作日顺延并说明原因' })
  approve(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Param('extId', extensionId) extId: number, @Body() dto: DecisionDto) {
    return this.extensions.decide(user, id, extId, true, dto);
  }

  @Post(':extId/reject') @HttpCode(200)
  @RequirePermission('case:extension:decide')
  @Audited({ action: 'case.extension.reject', resourceType: 'case' })
  @ApiParam({ name: 'extId', type: Number })
  @ApiOkResponse({ description: '案件详情；驳回须填写意见（400 CASE.NOTE_REQUIRED）' })
  reject(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Param('extId', extensionId) extId: number, @Body() dto: DecisionDto) {
    return this.extensions.decide(user, id, extId, false, dto);
  }
}
