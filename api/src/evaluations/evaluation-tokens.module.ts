import { Module } from '@nestjs/common';
import { EvaluationInvitations } from './evaluation-invitations';
import { LoggingNotifier, NOTIFIER } from './notifier';

/**
 * The evaluation link and the citizen notifier, apart from the rest of the evaluations module:
 * the cases module imports this one (a finished case gets its link in the same transaction),
 * and the evaluations module imports the cases module. Replace NOTIFIER's class for SMS.
 */
@Module({
  providers: [EvaluationInvitations, { provide: NOTIFIER, useClass: LoggingNotifier }],
  exports: [EvaluationInvitations, NOTIFIER],
})
export class EvaluationTokensModule {}
