import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiProduces, ApiResponse, ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { ImportErrorDto, ImportResultDto, XLSX_UPLOAD_DESCRIPTION } from '../excel/import-result.dto';
import { attachmentHeader } from '../excel/write-sheet';
import { XLSX_MIME, XlsxBody } from '../excel/xlsx-body';
import { IdPipe } from '../stations/id.pipe';
import { AgentErrors } from './agents.errors';
import { AgentsService } from './agents.service';
import { CreateAgentDto, CreateTrainingDto, UpdateAgentDto } from './dto/agent-input.dto';
import { AgentFilterQuery, AgentListQuery } from './dto/agent-query.dto';
import { AgentDetailDto, AgentListDto, TrainingDto } from './dto/agent.dto';

const agentId = new IdPipe(AgentErrors.notFound);

/** DB1405 5.2: the register of red-proxy agents and their training (5.2.4). */
@ApiTags('代办员')
@ApiBearerAuth()
@Controller('agents')
export class AgentsController {
  constructor(@Inject(AgentsService) private readonly agents: AgentsService) {}

  @Get()
  @RequirePermission('agent:read')
  @ApiOkResponse({ type: AgentListDto, description: '本人管辖范围内的代办员；姓名、电话脱敏' })
  list(@CurrentUser() user: Principal, @Query() q: AgentListQuery): Promise<AgentListDto> {
    return this.agents.list(user, q);
  }

  @Get('export.xlsx')
  @RequirePermission('agent:export')
  @Audited({ action: 'agent.export', resourceType: 'agent' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '代办员登记表（.xlsx，中文表头；姓名、电话脱敏）', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() user: Principal, @Query() q: AgentFilterQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.agents.exportXlsx(user, q);
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
    void reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', attachmentHeader(`代办员登记表-${day}.xlsx`, `agents-${day}.xlsx`))
      .header('cache-control', 'no-store');
    return file;
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission('agent:write')
  @Audited({ action: 'agent.import', resourceType: 'agent' })
  @ApiConsumes(XLSX_MIME)
  @ApiBody({ description: `${XLSX_UPLOAD_DESCRIPTION}代办员按“服务站 + 姓名 + 联系电话”匹配；姓名、电话须为完整值（导出文件中的脱敏值不能导入）。`, schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiResponse({ status: 422, type: ImportErrorDto, description: '有错误的行（未导入任何数据）' })
  import(@CurrentUser() user: Principal, @XlsxBody() file: Buffer): Promise<ImportResultDto> {
    return this.agents.importXlsx(user, file);
  }

  @Get(':id')
  @RequirePermission('agent:read')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: AgentDetailDto, description: '代办员及其培训记录；电话脱敏' })
  get(@CurrentUser() user: Principal, @Param('id', agentId) id: number): Promise<AgentDetailDto> {
    return this.agents.get(user, id);
  }

  @Post()
  @RequirePermission('agent:write')
  @Audited({ action: 'agent.create', resourceType: 'agent' })
  @ApiResponse({ status: 201, type: AgentDetailDto })
  @ApiResponse({ status: 409, description: 'AGENT.EXISTS：同一服务站已有同名同号的代办员' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateAgentDto): Promise<AgentDetailDto> {
    return this.agents.create(user, dto);
  }

  @Patch(':id')
  @RequirePermission('agent:write')
  @Audited({ action: 'agent.update', resourceType: 'agent' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: AgentDetailDto })
  update(@CurrentUser() user: Principal, @Param('id', agentId) id: number, @Body() dto: UpdateAgentDto): Promise<AgentDetailDto> {
    return this.agents.update(user, id, dto);
  }

  @Post(':id/trainings')
  @RequirePermission('agent:write')
  @Audited({ action: 'agent.training.create', resourceType: 'agent' })
  @ApiParam({ name: 'id', type: Number })
  @ApiResponse({ status: 201, type: TrainingDto })
  addTraining(@CurrentUser() user: Principal, @Param('id', agentId) id: number, @Body() dto: CreateTrainingDto): Promise<TrainingDto> {
    return this.agents.addTraining(user, id, dto);
  }
}
