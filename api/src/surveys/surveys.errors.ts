import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const SurveyErrors = {
  batchNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'SURVEY.BATCH_NOT_FOUND', '回访批次不存在'),
  callNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'SURVEY.CALL_NOT_FOUND', '回访记录不存在，或不在您的管辖范围内'),
  batchExists: (month: string) => new AppError(HttpStatus.CONFLICT, 'SURVEY.BATCH_EXISTS', `${month} 的回访样本已抽取`),
  monthNotClosed: (month: string) => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'SURVEY.MONTH_NOT_CLOSED', `${month} 尚未结束，只能对已结束的月份抽样`),
  // One sample for the whole city each month: drawing it is for the city-level roles.
  cityWideOnly: () => new AppError(HttpStatus.FORBIDDEN, 'SURVEY.CITY_WIDE_ONLY', '月度回访样本覆盖全市各乡镇，只能由市级账号抽取'),
  // DB1405 8.1.2 (issue 5): the agent who handled the case never records its follow-up call.
  selfCall: () => new AppError(HttpStatus.FORBIDDEN, 'SURVEY.SELF_CALL', '经办代办员不能回访自己办理的案件'),
  callRecorded: () => new AppError(HttpStatus.CONFLICT, 'SURVEY.CALL_RECORDED', '该回访已有结果（已回访或拒访），不能再次登记'),
  levelNeedsReach: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'SURVEY.LEVEL_NEEDS_REACHED', '只有回访成功时才能登记满意程度'),
};
