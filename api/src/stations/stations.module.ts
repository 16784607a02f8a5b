import { Module } from '@nestjs/common';
import { ExcelModule } from '../excel/excel.module';
import { RegionsModule } from '../regions/regions.module';
import { StationsController } from './stations.controller';
import { StationsService } from './stations.service';

@Module({ imports: [RegionsModule, ExcelModule], controllers: [StationsController], providers: [StationsService], exports: [StationsService] })
export class StationsModule {}
