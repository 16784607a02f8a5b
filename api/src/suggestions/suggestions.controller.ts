import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { IdParam } from '../cases/id-param';
import { AnswerSuggestionDto, SuggestionListQuery } from './dto/suggestion.dto';
import { SuggestionErrors } from './suggestions.errors';
import { SuggestionsService } from './suggestions.service';

const suggestionId = new IdParam(SuggestionErrors.notFound);

/** DB1405 8.2.3: staff read and answer the suggestions of their region subtree. */
@ApiTags('意见建议')
@ApiBearerAuth()
@Controller('suggestions')
export class SuggestionsController {
  constructor(@Inject(SuggestionsService) private readonly suggestions: SuggestionsService) {}

  @Get()
  @RequirePermission('suggestion:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }：管辖范围内的意见建议（联系方式脱敏）；全市用户另含未选地区的' })
  list(@CurrentUser() user: Principal, @Query() q: SuggestionListQuery) {
    return this.suggestions.list(user, q);
  }

  @Post(':id/answer') @HttpCode(200)
  @RequirePermission('suggestion:answer')
  @Audited({ action: 'suggestion.answer', resourceType: 'suggestion' })
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ description: '答复后的意见建议（ANSWERED）；已答复 → 409 SUGGESTION.ALREADY_ANSWERED' })
  answer(@CurrentUser() user: Principal, @Param('id', suggestionId) id: number, @Body() dto: AnswerSuggestionDto) {
    return this.suggestions.answer(user, id, dto);
  }
}
