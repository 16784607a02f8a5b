import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { ConvertConsultationDto } from '../cases/dto/commission.dto';
import { IdParam } from '../cases/id-param';
import { ConsultationErrors } from './consultations.errors';
import { ConsultationsService } from './consultations.service';
import { AnswerDto, ConsultationListQuery, CreateConsultationDto } from './dto/consultation.dto';

const consultationId = new IdParam(ConsultationErrors.notFound);

/** DB1405 6.1, 7.2.1 a): the consultation register of a station. */
@ApiTags('咨询')
@ApiBearerAuth()
@Controller('consultations')
export class ConsultationsController {
  constructor(@Inject(ConsultationsService) private readonly consultations: ConsultationsService) {}

  @Post()
  @RequirePermission('consultation:write')
  @Audited({ action: 'consultation.create', resourceType: 'consultation' })
  @ApiResponse({ status: 201, description: '咨询记录：有答复为 ANSWERED；否则 OPEN，dueDate 为限期答复日期（默认 2 个工作日）' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateConsultationDto) {
    return this.consultations.create(user, dto);
  }

  @Get()
  @RequirePermission('consultation:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }（个人信息脱敏）' })
  list(@CurrentUser() user: Principal, @Query() q: ConsultationListQuery) {
    return this.consultations.list(user, q);
  }

  @Get(':id')
  @RequirePermission('consultation:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '咨询记录（个人信息脱敏）' })
  get(@CurrentUser() user: Principal, @Param('id', consultationId) id: number) {
    return this.consultations.get(user, id);
  }

  @Post(':id/answer') @HttpCode(200)
  @RequirePermission('consultation:write')
  @Audited({ action: 'consultation.answer', resourceType: 'consultation' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '咨询记录（ANSWERED）；已答复或已转案件 → 409' })
  answer(@CurrentUser() user: Principal, @Param('id', consultationId) id: number, @Body() dto: AnswerDto) {
    return this.consultations.answer(user, id, dto);
  }

  /** Turns the consultation into a case in one step (the body of POST /cases without the citizen). */
  @Post(':id/convert')
  @RequirePermission('consultation:write')
  @Audited({ action: 'consultation.convert', resourceType: 'consultation' })
  @ApiParam({ name: 'id', type: Number })
  @ApiResponse({ status: 201, description: '新案件详情（consultationId 指向本咨询），另含 oneTimeNotice' })
  convert(@CurrentUser() user: Principal, @Param('id', consultationId) id: number, @Body() dto: ConvertConsultationDto) {
    return this.consultations.convert(user, id, dto);
  }
}
