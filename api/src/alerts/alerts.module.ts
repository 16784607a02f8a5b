import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AlertsService } from './alerts.service';

/** The scheduled time-limit alerts (DB1405 7.2.1 e); they show in the workbench through cases' alertLevel. */
@Module({ imports: [CasesModule], providers: [AlertsService], exports: [AlertsService] })
export class AlertsModule {}
