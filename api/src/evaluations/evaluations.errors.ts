import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const EvaluationErrors = {
  tokenNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'EVALUATION.TOKEN_NOT_FOUND', '评价链接无效，请核对办结回执上的链接或二维码'),
  tokenUsed: () => new AppError(HttpStatus.CONFLICT, 'EVALUATION.TOKEN_USED', '该评价链接已使用，每件事项只能评价一次'),
  tokenExpired: () => new AppError(HttpStatus.GONE, 'EVALUATION.TOKEN_EXPIRED', '该评价链接已过期，如需评价请联系服务站'),
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'EVALUATION.NOT_FOUND', '评价不存在，或不在您的管辖范围内'),
  // DB1405 8.1.1: only a finished matter is evaluated.
  caseNotFinished: () => new AppError(HttpStatus.CONFLICT, 'EVALUATION.CASE_NOT_FINISHED', '案件办结或确认未办成后方可评价'),
  alreadyEvaluated: () => new AppError(HttpStatus.CONFLICT, 'EVALUATION.ALREADY_EVALUATED', '该案件本次已评价，不能重复评价'),
  // DB1405 8.1.1 (issue 5): the agent who handled a case never records its evaluation.
  selfRating: () => new AppError(HttpStatus.FORBIDDEN, 'EVALUATION.SELF_RATING', '经办代办员不能为自己办理的案件录入评价'),
  onlineByToken: () =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'EVALUATION.ONLINE_BY_TOKEN', '网上评价须由群众通过评价链接提交，工作人员只能录入评价器、纸质评价表或意见箱评价'),
  nothingToModerate: () => new AppError(HttpStatus.CONFLICT, 'EVALUATION.NO_COMMENT', '该评价没有留言，无需审核'),
  redactedEmpty: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'EVALUATION.REDACTED_EMPTY', '公开的留言内容不能为空'),
};
