import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const CaseErrors = {
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'CASE.NOT_FOUND', '案件不存在，或不在您的管辖范围内'),
};
