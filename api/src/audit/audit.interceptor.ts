import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { AppError } from '../common/app-error';
import { AUDIT_KEY, type AuditSpec } from './audited';
import { AuditService } from './audit.service';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes one audit row per mutation, export or personal-data view: who, when, what, from where, outcome. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector, private readonly audit: AuditService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { principal?: Principal; routeOptions?: { url?: string } }>();
    const spec = this.reflector.getAllAndOverride<AuditSpec>(AUDIT_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!spec && !MUTATING.has(req.method)) return next.handle();
    // Logins audit themselves (the outcome and the tried name are known only inside).
    if (spec?.action === 'auth.login') return next.handle();
    // The actor of a refresh is known only once its token is checked; record the outcome anyway.
    const params = (req.params ?? {}) as Record<string, string>;
    const base = {
      action: spec?.action ?? `${req.method} ${req.routeOptions?.url ?? req.url}`,
      actor: req.principal ?? null,
      resourceType: spec?.resourceType,
      resourceId: params[spec?.idParam ?? 'id'],
      ip: req.ip,
      userAgent: req.headers['user-agent'],
      requestId: String(req.id),
    };
    return next.handle().pipe(
      mergeMap((result) => from(this.audit.record({ ...base, outcome: 'SUCCESS' }).then(() => result))),
      catchError((err) => {
        const outcome = err instanceof AppError && err.status === 403 ? 'DENIED' : 'FAILURE';
        const detail = err instanceof AppError ? { code: err.code } : { code: 'INTERNAL' };
        return from(this.audit.record({ ...base, outcome, detail }).catch(() => undefined)).pipe(mergeMap(() => throwError(() => err)));
      }),
    );
  }
}
