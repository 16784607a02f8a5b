import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const DemandErrors = {
  invalidDate: () => new AppError(HttpStatus.BAD_REQUEST, 'DEMAND.INVALID_DATE', 'asOf 应为 YYYY-MM-DD 格式的有效日期'),
  /** The request names no subject the suggestion type needs (an item, or a topic for ADD). */
  invalidRequest: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'DEMAND.INVALID_REQUEST', message),
  /** Recomputed on the server, the figures do not (or no longer) support the suggestion. */
  notSupported: () =>
    new AppError(HttpStatus.CONFLICT, 'DEMAND.NOT_SUGGESTED', '按当前统计数据，该建议不成立（数据可能已变化），请刷新需求分析后再试'),
};
