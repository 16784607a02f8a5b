import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({ imports: [RegionsModule], controllers: [IndicatorsController], providers: [IndicatorsService] })
export class IndicatorsModule {}
