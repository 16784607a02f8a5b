import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, NotFoundException, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, Errors } from './app-error';

const BY_STATUS: Record<number, [string, string]> = {
  400: ['REQUEST.INVALID', '请求格式不正确'],
  401: ['AUTH.UNAUTHENTICATED', '请先登录'],
  403: ['AUTH.FORBIDDEN', '没有执行此操作的权限'],
  404: ['ROUTE.NOT_FOUND', '请求的接口不存在'],
  405: ['ROUTE.METHOD_NOT_ALLOWED', '不支持该请求方法'],
  413: ['REQUEST.TOO_LARGE', '请求内容过大'],
  414: ['REQUEST.URI_TOO_LONG', '请求地址过长'],
  415: ['REQUEST.UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型'],
  429: ['RATE.LIMITED', '请求过于频繁，请稍后再试'],
};

/** Turns anything thrown into `{ code, message, requestId }`; internals never leak to clients. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('Error');

  /** @param spaIndex the web app's index.html: unknown non-API GET paths are client-side routes. */
  constructor(private readonly spaIndex?: Buffer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (this.spaIndex && exception instanceof NotFoundException && request.method === 'GET' && !request.url.startsWith('/api/')) {
      void reply.status(200).header('content-type', 'text/html; charset=utf-8').send(this.spaIndex);
      return;
    }
    const err = toAppError(exception);
    if (err.status >= 500) this.log.error(`${request.method} ${request.url} [${request.id}]`, (exception as Error)?.stack ?? String(exception));
    void reply.status(err.status).header('content-type', 'application/json; charset=utf-8').send({
      code: err.code,
      message: err.message,
      requestId: request.id,
      ...(err.details ? { details: err.details } : {}),
    });
  }
}

export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const [code, message] = BY_STATUS[status] ?? (status >= 500 ? ['INTERNAL.ERROR', '服务器内部错误，请稍后再试'] : ['REQUEST.INVALID', '请求无法处理']);
    return new AppError(status, code, message);
  }
  // fastify's own errors (bad JSON body, body too large) carry a statusCode.
  const statusCode = (exception as { statusCode?: number })?.statusCode;
  if (statusCode && statusCode >= 400 && statusCode < 500) {
    if ((exception as { code?: string }).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError(415, ...BY_STATUS[415]);
    const [code, message] = BY_STATUS[statusCode] ?? ['REQUEST.INVALID', '请求格式不正确'];
    return new AppError(statusCode as HttpStatus, code, message);
  }
  return Errors.internal();
}

/**
 * fastify's router answers some requests before Nest sees them (a path parameter over
 * maxParamLength → 414, a malformed URL → 400) with its own body, which echoes the URL. Passed as
 * the adapter's frameworkErrors, this answers them in the one contract instead, echoing nothing.
 */
export function frameworkErrors(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const err = toAppError(error);
  void reply.status(err.status).header('content-type', 'application/json; charset=utf-8').header('x-request-id', request.id)
    .send({ code: err.code, message: err.message, requestId: request.id });
}
