import { Module, type DynamicModule } from '@nestjs/common';
import { EtlModule } from '../../etl/src/etl.module';
import { AgentsModule } from './agents/agents.module';
import { AlertsModule } from './alerts/alerts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CasesModule } from './cases/cases.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { DemandModule } from './demand/demand.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { EtlStatusController } from './etl-status/etl-status.controller';
import { HealthController } from './health/health.controller';
import { IndicatorsModule } from './indicators/indicators.module';
import { InfraModule, type Infra } from './infra/infra.module';
import { PublicModule } from './public/public.module';
import { RectificationsModule } from './rectifications/rectifications.module';
import { RegionsModule } from './regions/regions.module';
import { StationsModule } from './stations/stations.module';
import { SurveysModule } from './surveys/surveys.module';
import { SuggestionsModule } from './suggestions/suggestions.module';

@Module({})
export class AppModule {
  static forRoot(infra: Infra): DynamicModule {
    const etl = infra.config.ETL_ENABLED ? [EtlModule] : [];
    return {
      module: AppModule,
      imports: [
        InfraModule.forRoot(infra),
        AuditModule,
        AuthModule,
        RegionsModule,
        IndicatorsModule,
        // feature modules (one line each)
        StationsModule, AgentsModule,
        CalendarModule,
        CatalogueModule,
        CasesModule,
        ConsultationsModule, AlertsModule,
        EvaluationsModule, SurveysModule,
        PublicModule,
        RectificationsModule, SuggestionsModule,
        DemandModule, // DB1405 7.1.2-7.1.3 demand statistics → catalogue proposals
        ...etl,
      ],
      controllers: [HealthController, ...(infra.config.ETL_ENABLED ? [EtlStatusController] : [])],
    };
  }
}
