import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const AgentErrors = {
  /** Also for an agent outside the caller's scope: it answers as if it did not exist. */
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'AGENT.NOT_FOUND', '代办员不存在或不在您的管辖范围内'),
  exists: () => new AppError(HttpStatus.CONFLICT, 'AGENT.EXISTS', '该服务站已登记同名、同手机号码的代办员'),
  invalidTrainingDate: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'AGENT.INVALID_TRAINING_DATE', message),
};
