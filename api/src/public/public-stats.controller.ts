import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/permissions';
import { PublicStatsQuery } from './dto/public-query.dto';
import { PublicRectificationsDto, PublicSatisfactionDto } from './dto/public-stats.dto';
import { PublicStatsService } from './public-stats.service';

// Figures change only as the ETL moves data (every few seconds): a short shared cache is harmless
// and keeps a busy public page off ClickHouse.
const CACHE = 'public, max-age=30';

/** DB1405 8.1.3 公开: satisfaction and rectification progress, no login. */
@ApiTags('公开信息')
@Controller('public')
export class PublicStatsController {
  constructor(@Inject(PublicStatsService) private readonly stats: PublicStatsService) {}

  @Get('satisfaction')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: PublicSatisfactionDto, description: '满意率、差评率（Wilson 95% 区间；不足 10 条显示“样本不足”）与回访率，按县、乡镇和月份/季度' })
  @ApiResponse({ status: 429, description: 'PUBLIC.RATE_LIMITED（含 Retry-After）' })
  satisfaction(@Query() q: PublicStatsQuery): Promise<PublicSatisfactionDto> {
    return this.stats.satisfaction(q);
  }

  @Get('rectifications')
  @Public()
  @Header('Cache-Control', CACHE)
  @ApiOkResponse({ type: PublicRectificationsDto, description: '整改进展：立项、按期完成、超期完成、整改中、已超期' })
  @ApiResponse({ status: 429, description: 'PUBLIC.RATE_LIMITED（含 Retry-After）' })
  rectifications(@Query() q: PublicStatsQuery): Promise<PublicRectificationsDto> {
    return this.stats.rectifications(q);
  }
}
