import { Body, Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { ProposalDto } from '../catalogue/dto/proposal.dto';
import { attachmentHeader, writeSheet, type SheetSpec } from '../excel/write-sheet';
import { XLSX_MIME } from '../excel/xlsx-body';
import { idleSheet, offCatalogueSheet, suggestionsSheet, topSheet } from './demand-export';
import { DemandProposalsService } from './demand-proposals.service';
import { DemandService } from './demand.service';
import { DemandIdleQuery, DemandPeriodQuery, DemandProposalDto, DemandTopQuery } from './dto/demand-query.dto';
import { DemandTopDto, IdleDto, OffCatalogueDto, SuggestionsDto } from './dto/demand.dto';

const XLSX_DOC = { description: '.xlsx（中文表头）', schema: { type: 'string', format: 'binary' } } as const;

/**
 * DB1405 7.1.2-7.1.3: demand frequency for adjusting the catalogue — the most demanded items with
 * growth, demand outside the catalogue, items nobody needed for 12 months, and suggestions with
 * their evidence, which a leader turns into a catalogue proposal. Figures come from ClickHouse and
 * stay inside the caller's region scope; each table also downloads as .xlsx (exports are audited).
 */
@ApiTags('需求分析')
@ApiBearerAuth()
@Controller('demand')
export class DemandController {
  constructor(
    @Inject(DemandService) private readonly demand: DemandService,
    @Inject(DemandProposalsService) private readonly proposals: DemandProposalsService,
  ) {}

  @Get('top')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ type: DemandTopDto, description: '需求（咨询 + 办件）最多的事项，含上期对比与增长率' })
  top(@CurrentUser() user: Principal, @Query() q: DemandTopQuery): Promise<DemandTopDto> {
    return this.demand.top(user, q);
  }

  @Get('top.xlsx')
  @RequirePermission('indicator:read')
  @Audited({ action: 'demand.export', resourceType: 'demand' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse(XLSX_DOC)
  async topXlsx(@CurrentUser() user: Principal, @Query() q: DemandTopQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, topSheet(await this.demand.top(user, q)), `高频事项-${q.from}至${q.to}`, `demand-top-${q.from}-${q.to}`);
  }

  @Get('off-catalogue')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ type: OffCatalogueDto, description: '清单外需求，按归一化后的文字分组' })
  offCatalogue(@CurrentUser() user: Principal, @Query() q: DemandPeriodQuery): Promise<OffCatalogueDto> {
    return this.demand.offCatalogue(user, q);
  }

  @Get('off-catalogue.xlsx')
  @RequirePermission('indicator:read')
  @Audited({ action: 'demand.export', resourceType: 'demand' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse(XLSX_DOC)
  async offCatalogueXlsx(@CurrentUser() user: Principal, @Query() q: DemandPeriodQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, offCatalogueSheet(await this.demand.offCatalogue(user, q)), `清单外需求-${q.from}至${q.to}`, `demand-off-catalogue-${q.from}-${q.to}`);
  }

  @Get('idle')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ type: IdleDto, description: '截至 asOf 的 12 个月内无咨询、无办件的现行事项' })
  idle(@CurrentUser() user: Principal, @Query() q: DemandIdleQuery): Promise<IdleDto> {
    return this.demand.idle(user, q);
  }

  @Get('idle.xlsx')
  @RequirePermission('indicator:read')
  @Audited({ action: 'demand.export', resourceType: 'demand' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse(XLSX_DOC)
  async idleXlsx(@CurrentUser() user: Principal, @Query() q: DemandIdleQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const r = await this.demand.idle(user, q);
    return send(reply, idleSheet(r), `长期无需求事项-${r.asOf}`, `demand-idle-${r.asOf}`);
  }

  @Get('suggestions')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ type: SuggestionsDto, description: '目录调整建议（新增 / 下放层级 / 停用）及其依据' })
  suggestions(@CurrentUser() user: Principal, @Query() q: DemandPeriodQuery): Promise<SuggestionsDto> {
    return this.demand.suggestions(user, q);
  }

  @Get('suggestions.xlsx')
  @RequirePermission('indicator:read')
  @Audited({ action: 'demand.export', resourceType: 'demand' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse(XLSX_DOC)
  async suggestionsXlsx(@CurrentUser() user: Principal, @Query() q: DemandPeriodQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, suggestionsSheet(await this.demand.suggestions(user, q)), `目录调整建议-${q.from}至${q.to}`, `demand-suggestions-${q.from}-${q.to}`);
  }

  /** The evidence is recomputed on the server; 409 CATALOGUE.PROPOSAL_PENDING when one is already open. */
  @Post('suggestions/proposal')
  @RequirePermission('catalogue:propose')
  @Audited({ action: 'demand.propose', resourceType: 'catalogue_version' })
  @ApiCreatedResponse({ type: ProposalDto, description: '新的待审批目录调整，附统计依据（evidence）' })
  async propose(@CurrentUser() user: Principal, @Body() body: DemandProposalDto): Promise<ProposalDto> {
    return (await this.proposals.propose(user, body)) as unknown as ProposalDto;
  }
}

async function send(reply: FastifyReply, sheet: SheetSpec, name: string, ascii: string): Promise<Buffer> {
  const file = await writeSheet(sheet);
  void reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', attachmentHeader(`${name}.xlsx`, `${ascii.replace(/[^\w.-]/g, '_')}.xlsx`))
    .header('cache-control', 'no-store');
  return file;
}
