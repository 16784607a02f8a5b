import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const SuggestionErrors = {
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'SUGGESTION.NOT_FOUND', '意见建议不存在，或不在您的管辖范围内'),
  trackingNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'SUGGESTION.NOT_FOUND', '未找到该查询码对应的意见建议，请核对后重试'),
  unknownRegion: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'SUGGESTION.UNKNOWN_REGION', '所选地区不存在'),
  alreadyAnswered: () => new AppError(HttpStatus.CONFLICT, 'SUGGESTION.ALREADY_ANSWERED', '该意见建议已答复'),
};
