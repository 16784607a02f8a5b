import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

// Errors of the public disclosure API (DB1405 8.1.3, 4.4). Messages are for citizens: plain Chinese.
export const PublicErrors = {
  /** DB1405 8.1.3 public endpoints are rate limited per IP and per evaluation token (issue 5 item 6). */
  rateLimited: () => new AppError(HttpStatus.TOO_MANY_REQUESTS, 'PUBLIC.RATE_LIMITED', '请求过于频繁，请稍后再试'),
  regionNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'PUBLIC.REGION_NOT_FOUND', '区域不存在'),
  itemNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'PUBLIC.ITEM_NOT_FOUND', '事项不存在或已停用'),
  stationNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'PUBLIC.STATION_NOT_FOUND', '服务站不存在'),
  invalidPeriod: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'PUBLIC.INVALID_PERIOD', message),
};
