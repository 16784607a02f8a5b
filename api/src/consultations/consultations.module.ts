import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';

@Module({ imports: [CasesModule], controllers: [ConsultationsController], providers: [ConsultationsService] })
export class ConsultationsModule {}
