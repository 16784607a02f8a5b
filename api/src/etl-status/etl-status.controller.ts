import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EtlJob } from '../../../etl/src/jobs/etl.job';
import { RequirePermission } from '../auth/permissions';

@ApiTags('数据同步')
@ApiBearerAuth()
@Controller('etl')
export class EtlStatusController {
  constructor(private readonly job: EtlJob) {}

  @Get('status')
  @RequirePermission('etl:read')
  @ApiOkResponse({ description: '每张 ClickHouse 表的最近运行、同步行数、延迟（秒）与最近错误' })
  async get() {
    // Lag is measured from Postgres, so it is known (and growing) even while ClickHouse is down.
    const lag = await this.job.streams.lag().catch(() => ({} as Record<string, number | null>));
    return {
      tables: this.job.status.all().map((s) => ({ ...s, lagSeconds: lag[s.table] ?? null })),
    };
  }
}
