import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EtlStatus } from '../../../etl/src/jobs/etl-status';
import { RequirePermission } from '../auth/permissions';

@ApiTags('数据同步')
@ApiBearerAuth()
@Controller('etl')
export class EtlStatusController {
  constructor(private readonly status: EtlStatus) {}

  @Get('status')
  @RequirePermission('etl:read')
  @ApiOkResponse({ description: '每个同步流的最近运行、同步行数与错误' })
  get() {
    return { streams: this.status.all() };
  }
}
