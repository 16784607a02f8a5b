import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { CasesService } from './cases.service';
import { CommissionService } from './commission.service';
import { ChecklistQuery, CreateCaseDto, ReapplyDto } from './dto/commission.dto';
import { CaseListQueryDto } from './dto/case-query.dto';
import { caseId } from './id-param';

class CitizenDto {
  @ApiProperty() name!: string;
  @ApiProperty() phone!: string;
  @ApiProperty({ nullable: true, type: String }) idNumber!: string | null;
}

@ApiTags('案件')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(@Inject(CasesService) private readonly cases: CasesService, @Inject(CommissionService) private readonly commission: CommissionService) {}

  /** Cases in the caller's scope, personal data masked. */
  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }；每件含 version（乐观锁）与 alertLevel（时限预警）' })
  list(@CurrentUser() user: Principal, @Query() q: CaseListQueryDto) {
    return this.cases.list(user, {
      status: q.status, stationId: q.station, caseNo: q.caseNo, open: q.open, alertLevel: q.alert,
      regionCode: q.region, itemId: q.item, agentId: q.agent, dateField: q.dateField, from: q.from, to: q.to, overdue: q.overdue,
      page: q.page, pageSize: q.pageSize,
    });
  }

  /** The item's materials checklist with the ids a commission names as provided (DB1405 6.2). */
  @Get('checklist')
  @RequirePermission('catalogue:read')
  @ApiOkResponse({ description: '{ item, crossLevel, materials: [{ id, name, form, copies, howToGet }] }' })
  checklist(@Query() q: ChecklistQuery) {
    return this.commission.checklist(q.itemId);
  }

  /**
   * DB1405 4.1, 6.2: take a commission. Consent required (422 CASE.CONSENT_REQUIRED); declined or
   * private matters refused (422 CASE.PRIVATE_MATTER). Missing materials: AWAITING_MATERIALS and
   * the one-time notice in `oneTimeNotice`; complete: ACCEPTED with the due date.
   */
  @Post()
  @RequirePermission('case:write')
  @Audited({ action: 'case.create', resourceType: 'case' })
  @ApiResponse({ status: 201, description: '案件详情，另含 oneTimeNotice（材料不齐时的一次性告知单，否则为 null）' })
  @ApiResponse({ status: 422, description: 'CASE.CONSENT_REQUIRED / CASE.PRIVATE_MATTER / CASE.UNKNOWN_ITEM / CASE.UNKNOWN_MATERIAL' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateCaseDto) {
    return this.commission.create(user, dto);
  }

  @Get(':id')
  @RequirePermission('case:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '案件详情（个人信息已脱敏）：due（办结期限及其说明）、材料、暂停、延期、上报环节、文件、上门记录、可执行操作与全部事件' })
  detail(@CurrentUser() user: Principal, @Param('id', caseId) id: number) {
    return this.cases.detail(user, id);
  }

  /** PIPL: the full name, phone and ID number, on explicit request; every view is audited. */
  @Get(':id/citizen')
  @RequirePermission('case:pii')
  @Audited({ action: 'case.pii.view', resourceType: 'case' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: CitizenDto })
  citizen(@CurrentUser() user: Principal, @Param('id', caseId) id: number): Promise<CitizenDto> {
    return this.cases.citizen(user, id);
  }

  /** DB1405 6.2.2: the printable one-time notice of every material still missing (404 CASE.NO_NOTICE when none). */
  @Get(':id/notice')
  @RequirePermission('case:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '一次性告知单 { title, caseNo, citizen, item, missing[], issuedAt, station, statement }' })
  notice(@CurrentUser() user: Principal, @Param('id', caseId) id: number) {
    return this.cases.notice(user, id);
  }

  /** DB1405 6.4.2: re-apply after a failure — a new case for the same item and citizen, linked to this one. */
  @Post(':id/reapply')
  @RequirePermission('case:write')
  @Audited({ action: 'case.reapply', resourceType: 'case' })
  @ApiParam({ name: 'id', type: Number })
  @ApiResponse({ status: 201, description: '新案件详情（reapplicationOfId 指向原案件），另含 oneTimeNotice' })
  reapply(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Body() dto: ReapplyDto) {
    return this.commission.reapply(user, id, dto);
  }
}
