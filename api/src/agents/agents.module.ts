import { Module } from '@nestjs/common';
import { ExcelModule } from '../excel/excel.module';
import { RegionsModule } from '../regions/regions.module';
import { AgentsController } from './agents.controller';
import { AgentsService } from './agents.service';

@Module({ imports: [RegionsModule, ExcelModule], controllers: [AgentsController], providers: [AgentsService] })
export class AgentsModule {}
