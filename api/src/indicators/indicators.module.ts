import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { IndicatorsController } from './indicators.controller';
import { IndicatorQueryService } from './indicator-query.service';

@Module({ imports: [RegionsModule], controllers: [IndicatorsController], providers: [IndicatorQueryService] })
export class IndicatorsModule {}
