import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/permissions';
import { SubmitSuggestionDto } from './dto/suggestion.dto';
import { SuggestionsService } from './suggestions.service';

/** DB1405 8.2.3: the public suggestion box (no login; rate limited with the rest of /api/v1/public/). */
@ApiTags('公开')
@Controller('public/suggestions')
export class PublicSuggestionsController {
  constructor(@Inject(SuggestionsService) private readonly suggestions: SuggestionsService) {}

  @Post()
  @Public()
  @ApiResponse({ status: 201, description: '{ trackingCode, status, createdAt }：凭查询码查看答复；联系方式不会出现在任何公开回应中' })
  submit(@Body() dto: SubmitSuggestionDto) {
    return this.suggestions.submit(dto);
  }

  @Get(':trackingCode')
  @Public()
  @ApiParam({ name: 'trackingCode', type: String, example: '7K2M9QX4TR8B' })
  @ApiOkResponse({ description: '{ trackingCode, status, statusText, content, answer, createdAt, answeredAt }（不含联系方式）' })
  track(@Param('trackingCode') trackingCode: string) {
    return this.suggestions.track(trackingCode);
  }
}
