import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const ConsultationErrors = {
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'CONSULTATION.NOT_FOUND', '咨询记录不存在，或不在您的管辖范围内'),
  unknownItem: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CONSULTATION.UNKNOWN_ITEM', '咨询的事项不存在或未在事项清单中生效'),
  alreadyAnswered: () => new AppError(HttpStatus.CONFLICT, 'CONSULTATION.ALREADY_ANSWERED', '该咨询已答复'),
  alreadyConverted: () => new AppError(HttpStatus.CONFLICT, 'CONSULTATION.ALREADY_CONVERTED', '该咨询已转为案件'),
  noItem: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CASE.UNKNOWN_ITEM', '请选择要代办的事项'),
};
