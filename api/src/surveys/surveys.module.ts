import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RegionsModule } from '../regions/regions.module';
import { SurveyBatchesService } from './survey-batches.service';
import { SurveyCallsService } from './survey-calls.service';
import { SurveyScheduler } from './survey-scheduler';
import { SurveyStatsService } from './survey-stats.service';
import { SurveysController } from './surveys.controller';

/** DB1405 8.1.2 satisfaction survey (回访). */
@Module({
  imports: [CasesModule, RegionsModule],
  controllers: [SurveysController],
  providers: [SurveyBatchesService, SurveyCallsService, SurveyStatsService, SurveyScheduler],
  exports: [SurveyBatchesService, SurveyScheduler],
})
export class SurveysModule {}
