import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { IdParams } from './dto/item.dto';
import { ApproveDto, CreateProposalDto, ProposalDto, ProposalListDto, ProposalListQuery, PublishDto, RejectDto } from './dto/proposal.dto';
import { ProposalsService, type ProposalView } from './proposals.service';

// DB1405 7.1.3: the catalogue is adjusted dynamically — proposed (leaders, admin), decided by
// someone else (city leaders, admin), published with an effective date. Every step is audited.
const asDto = (v: ProposalView) => v as unknown as ProposalDto;

@ApiTags('事项清单')
@ApiBearerAuth()
@Controller('catalogue/proposals')
export class CatalogueProposalsController {
  constructor(@Inject(ProposalsService) private readonly proposals: ProposalsService) {}

  @Post()
  @RequirePermission('catalogue:propose')
  @Audited({ action: 'catalogue.propose', resourceType: 'catalogue_version' })
  @ApiCreatedResponse({ type: ProposalDto, description: '新的待审批版本' })
  async propose(@CurrentUser() user: Principal, @Body() body: CreateProposalDto): Promise<ProposalDto> {
    return asDto(await this.proposals.proposeFromEvidence(user, {
      itemId: body.itemId,
      changeType: body.changeType,
      content: body.content,
      reason: body.reason,
      effectiveFrom: body.effectiveFrom,
    }));
  }

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOkResponse({ type: ProposalListDto, description: '目录调整申请（新在前）' })
  async list(@CurrentUser() user: Principal, @Query() q: ProposalListQuery): Promise<ProposalListDto> {
    return { items: (await this.proposals.list(user, q.status)).map(asDto) };
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('catalogue:decide')
  @Audited({ action: 'catalogue.approve', resourceType: 'catalogue_version' })
  @ApiOkResponse({ type: ProposalDto })
  async approve(@CurrentUser() user: Principal, @Param() p: IdParams, @Body() body: ApproveDto): Promise<ProposalDto> {
    return asDto(await this.proposals.approve(user, p.id, body.note));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('catalogue:decide')
  @Audited({ action: 'catalogue.reject', resourceType: 'catalogue_version' })
  @ApiOkResponse({ type: ProposalDto })
  async reject(@CurrentUser() user: Principal, @Param() p: IdParams, @Body() body: RejectDto): Promise<ProposalDto> {
    return asDto(await this.proposals.reject(user, p.id, body.note));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission('catalogue:decide')
  @Audited({ action: 'catalogue.publish', resourceType: 'catalogue_version' })
  @ApiOkResponse({ type: ProposalDto, description: '已发布；生效日期为今天时立即生效' })
  async publish(@CurrentUser() user: Principal, @Param() p: IdParams, @Body() body: PublishDto): Promise<ProposalDto> {
    return asDto(await this.proposals.publish(user, p.id, body.effectiveFrom));
  }
}
