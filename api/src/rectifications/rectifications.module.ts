import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RectificationEscalationService } from './rectification-escalation.service';
import { RectificationStatsService } from './rectification-stats.service';
import { RectificationsController } from './rectifications.controller';
import { RectificationsService } from './rectifications.service';

/** DB1405 8.2: rectification tasks (verify → rectify → feed back → re-check), appeals, escalation and figures. */
@Module({
  imports: [CasesModule],
  controllers: [RectificationsController],
  providers: [RectificationsService, RectificationStatsService, RectificationEscalationService],
  exports: [RectificationsService, RectificationEscalationService],
})
export class RectificationsModule {}
