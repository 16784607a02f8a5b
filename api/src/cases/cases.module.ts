import { Module } from '@nestjs/common';
import { EvaluationTokensModule } from '../evaluations/evaluation-tokens.module';
import { UploadsModule } from '../uploads/uploads.module';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsService } from './case-actions.service';
import { CaseCommands } from './case-commands';
import { CaseExtensionsController } from './case-extensions.controller';
import { CaseFilesController } from './case-files.controller';
import { CaseFilesService } from './case-files.service';
import { CaseWriter } from './case-writer';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { Clock } from './clock';
import { CommissionService } from './commission.service';
import { DueService } from './due.service';
import { ExtensionsService } from './extensions.service';
import { HandoffsController } from './handoffs.controller';
import { HandoffsService } from './handoffs.service';

/** The case lifecycle of DB1405 6.2-6.4 and 7.2 (commission, handling, hand-off, reply, time limits). */
@Module({
  imports: [UploadsModule, EvaluationTokensModule],
  controllers: [CasesController, CaseActionsController, CaseExtensionsController, HandoffsController, CaseFilesController],
  providers: [CasesService, CommissionService, CaseActionsService, ExtensionsService, HandoffsService, CaseFilesService, CaseCommands, CaseWriter, DueService, Clock],
  exports: [CasesService, CommissionService, CaseCommands, CaseWriter, DueService, Clock],
})
export class CasesModule {}
