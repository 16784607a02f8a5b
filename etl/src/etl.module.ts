import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CasesJob } from './jobs/cases.job';
import { EtlStatus } from './jobs/etl-status';

/** The ETL scheduler; runs inside the API process by default or alone (etl/src/main.ts). */
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [EtlStatus, CasesJob],
  exports: [EtlStatus, CasesJob],
})
export class EtlModule {}
