import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { EtlJob } from './jobs/etl.job';
import { EtlStatus } from './jobs/etl-status';

/** The ETL scheduler; runs inside the API process by default or alone (etl/src/main.ts). */
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [EtlStatus, EtlJob],
  exports: [EtlStatus, EtlJob],
})
export class EtlModule {}
