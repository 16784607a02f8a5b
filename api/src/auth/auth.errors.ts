import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const AuthErrors = {
  locked: (minutes: number) => new AppError(HttpStatus.LOCKED, 'AUTH.LOCKED', `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`),
  invalidRefresh: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.INVALID_REFRESH', '登录已失效，请重新登录'),
  refreshReused: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.REFRESH_REUSED', '检测到登录凭证被重复使用，为安全起见该登录已注销，请重新登录'),
  sessionIdle: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.SESSION_IDLE', '长时间未操作，登录已超时，请重新登录'),
  sessionRevoked: () => new AppError(HttpStatus.UNAUTHORIZED, 'AUTH.SESSION_REVOKED', '该登录已注销，请重新登录'),
  weakPassword: (problems: string[]) => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'AUTH.WEAK_PASSWORD', `新密码不符合要求：${problems.join('；')}`, problems),
  wrongPassword: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'AUTH.WRONG_PASSWORD', '原密码不正确'),
};
