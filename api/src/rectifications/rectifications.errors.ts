import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const RectificationErrors = {
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'RECTIFICATION.NOT_FOUND', '整改任务不存在，或不在您的管辖范围内'),
  invalidTransition: (reason: string) => new AppError(HttpStatus.CONFLICT, 'RECTIFICATION.INVALID_TRANSITION', reason),
  versionConflict: (current: number) =>
    new AppError(HttpStatus.CONFLICT, 'RECTIFICATION.VERSION_CONFLICT', '整改任务已被他人修改，请刷新后重试', { currentVersion: current }),
  // DB1405 8.2.2: the station rectifies; re-checks and appeal decisions belong to a higher level.
  stationStep: () =>
    new AppError(HttpStatus.FORBIDDEN, 'RECTIFICATION.FORBIDDEN_ACTION', '核实、整改、反馈和申诉由承办服务站办理'),
  reviewStep: () =>
    new AppError(HttpStatus.FORBIDDEN, 'RECTIFICATION.FORBIDDEN_ACTION', '复查和申诉裁定须由服务站的上级审核人员办理（DB1405 8.2.2）'),
  inputRequired: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'RECTIFICATION.INPUT_REQUIRED', message),
  invalidPeriod: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'RECTIFICATION.INVALID_PERIOD', message),
};
