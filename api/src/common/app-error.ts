import { HttpStatus } from '@nestjs/common';

/**
 * The one error contract: every failure reaches the client as `{ code, message, requestId }`
 * with a stable dotted code (clients switch on it) and a Chinese message (users read it).
 */
export class AppError extends Error {
  constructor(readonly status: HttpStatus, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

export const Errors = {
  validation: (message: string, details?: unknown) => new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION.FAILED', message, details),
  unauthenticated: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.UNAUTHENTICATED', '请先登录'),
  invalidToken: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.INVALID_TOKEN', '登录已失效，请重新登录'),
  invalidCredentials: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.INVALID_CREDENTIALS', '用户名或密码错误'),
  forbidden: () => new AppError(HttpStatus.FORBIDDEN, 'AUTH.FORBIDDEN', '没有执行此操作的权限'),
  routeNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'ROUTE.NOT_FOUND', '请求的接口不存在'),
  regionNotFound: () => new AppError(HttpStatus.NOT_FOUND, 'REGION.NOT_FOUND', '区域不存在或不在您的管辖范围内'),
  invalidPeriod: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'INDICATOR.INVALID_PERIOD', message),
  analyticsUnavailable: () => new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'ANALYTICS.UNAVAILABLE', '统计服务暂不可用，请稍后再试'),
  internal: () => new AppError(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL.ERROR', '服务器内部错误，请稍后再试'),
};
