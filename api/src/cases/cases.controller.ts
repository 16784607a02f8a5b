import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseStatus } from '@prisma/client';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { CasesService } from './cases.service';

class CaseListQueryDto {
  @ApiProperty({ required: false, enum: CaseStatus }) @IsOptional() @IsEnum(CaseStatus, { message: '案件状态无效' }) status?: CaseStatus;
  @ApiProperty({ required: false }) @IsOptional() @Type(() => Number) @IsInt({ message: 'station 应为整数' }) station?: number;
  @ApiProperty({ required: false }) @IsOptional() @Matches(/^[A-Z0-9-]{4,24}$/, { message: '案件编号格式不正确' }) caseNo?: string;
  @ApiProperty({ required: false, default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @ApiProperty({ required: false, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize = 20;
}

class CitizenDto {
  @ApiProperty() name!: string;
  @ApiProperty() phone!: string;
  @ApiProperty({ nullable: true, type: String }) idNumber!: string | null;
}

@ApiTags('案件')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  /** Cases in the caller's scope, personal data masked. */
  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  list(@CurrentUser() user: Principal, @Query() q: CaseListQueryDto) {
    return this.cases.list(user, { status: q.status, stationId: q.station, caseNo: q.caseNo, page: q.page, pageSize: q.pageSize });
  }

  @Get(':id')
  @RequirePermission('case:read')
  @ApiOkResponse({ description: '案件详情（个人信息已脱敏）与全部事件' })
  detail(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.cases.detail(user, id);
  }

  /** PIPL: the full name, phone and ID number, on explicit request; every view is audited. */
  @Get(':id/citizen')
  @RequirePermission('case:pii')
  @Audited({ action: 'case.pii.view', resourceType: 'case' })
  @ApiOkResponse({ type: CitizenDto })
  citizen(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number): Promise<CitizenDto> {
    return this.cases.citizen(user, id);
  }
}
