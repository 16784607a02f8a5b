import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RegionsModule } from '../regions/regions.module';
import { IndicatorsController } from './indicators.controller';
import { IndicatorQueryService } from './indicator-query.service';

@Module({ imports: [RegionsModule, CasesModule], controllers: [IndicatorsController], providers: [IndicatorQueryService] })
export class IndicatorsModule {}
