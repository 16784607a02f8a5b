import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { EvaluationRecorder } from './evaluation-recorder';
import { EvaluationReminders } from './evaluation-reminders';
import { EvaluationTokensModule } from './evaluation-tokens.module';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { PublicEvaluationsController } from './public-evaluations.controller';
import { PublicEvaluationsService } from './public-evaluations.service';
import { ReplySlipService } from './reply-slip.service';

/** DB1405 8.1.1 evaluations (four channels), reminders, the reply slip and moderation. */
@Module({
  imports: [CasesModule, EvaluationTokensModule],
  controllers: [EvaluationsController, PublicEvaluationsController],
  providers: [EvaluationRecorder, EvaluationsService, PublicEvaluationsService, ReplySlipService, EvaluationReminders],
  exports: [EvaluationRecorder, EvaluationReminders],
})
export class EvaluationsModule {}
