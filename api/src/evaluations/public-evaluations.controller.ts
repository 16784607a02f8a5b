import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { Public } from '../auth/permissions';
import { RatingDto } from './dto/evaluation.dto';
import { PublicEvaluationsService } from './public-evaluations.service';

/**
 * DB1405 8.1.1 online channel: the evaluation form behind the reply slip's link and QR code.
 * No login; the token is the only key. Rate limits for everything under /api/v1/public/ are
 * applied there (api/src/public).
 */
@ApiTags('公开')
@Controller('public/evaluations')
export class PublicEvaluationsController {
  constructor(@Inject(PublicEvaluationsService) private readonly evaluations: PublicEvaluationsService) {}

  @Get(':token')
  @Public()
  @ApiParam({ name: 'token', type: String })
  @ApiOkResponse({ description: '{ state: OPEN|USED|EXPIRED, item, station, caseStatus, caseStatusText, completedOn, expiresAt, levels }（不含任何个人信息）' })
  @ApiResponse({ status: 404, description: 'EVALUATION.TOKEN_NOT_FOUND' })
  form(@Param('token') token: string) {
    return this.evaluations.form(token);
  }

  @Post(':token')
  @Public()
  // the audit row names the action, never the token (it is a key)
  @Audited({ action: 'evaluation.online', resourceType: 'evaluation', idParam: 'none' })
  @ApiParam({ name: 'token', type: String })
  @ApiResponse({ status: 201, description: '{ level, levelText, recordedAt }' })
  @ApiResponse({ status: 409, description: 'EVALUATION.TOKEN_USED（链接已用过）' })
  @ApiResponse({ status: 410, description: 'EVALUATION.TOKEN_EXPIRED' })
  submit(@Param('token') token: string, @Body() dto: RatingDto) {
    return this.evaluations.submit(token, dto);
  }
}
