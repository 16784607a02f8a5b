import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '../audit/audit.service';
import { AUDIT_KEY, type AuditSpec } from '../audit/audited';
import { Errors } from '../common/app-error';
import { AuthErrors } from './auth.errors';
import { PERMISSION_KEY, PUBLIC_KEY, roleHas, type Permission } from './permissions';
import { SessionsService } from './sessions.service';
import type { Principal, TokenClaims } from './principal';
import { VerifiedTokens } from './verified-tokens';

@Injectable()
export class AuthGuard implements CanActivate {
  private readonly log = new Logger('AuthGuard');
  private readonly verified = new VerifiedTokens<TokenClaims>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    const request = ctx.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw Errors.unauthenticated();
    const token = header.slice(7);
    let claims = this.verified.get(token);
    if (!claims) {
      try {
        // Only HS256: a token claiming alg "none" or another algorithm is refused outright.
        claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
      } catch {
        throw Errors.invalidToken();
      }
      this.verified.set(token, claims);
    }
    if (!claims.sid || !claims.scp) throw Errors.invalidToken();
    // Logout and reuse detection revoke the login; its access tokens die with it.
    if (await this.sessions.familyRevoked(claims.sid)) throw AuthErrors.sessionRevoked();
    const principal: Principal = {
      userId: Number(claims.sub), username: claims.usr, role: claims.role, regionCode: claims.reg, scopePath: claims.scp,
      stationId: claims.stn, sessionId: claims.sid,
    };
    request.principal = principal;
    if (!permission) {
      this.log.error(`route without a declared permission: ${request.method} ${request.url}`);
      throw Errors.forbidden(); // fail closed
    }
    if (!roleHas(principal.role, permission)) {
      await this.auditRefusal(ctx, request, principal, permission);
      throw Errors.forbidden();
    }
    return true;
  }

  /**
   * A refused attempt at something that would have been audited (a mutation, an export, a view
   * of personal data) is audited too: the interceptor never sees it, the guard stops it first.
   */
  private async auditRefusal(ctx: ExecutionContext, request: any, principal: Principal, permission: Permission): Promise<void> {
    const spec = this.reflector.getAllAndOverride<AuditSpec>(AUDIT_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!spec && !['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return;
    await this.audit.record({
      action: spec?.action ?? `${request.method} ${request.routeOptions?.url ?? request.url}`,
      outcome: 'DENIED',
      actor: principal,
      resourceType: spec?.resourceType,
      resourceId: request.params?.[spec?.idParam ?? 'id'],
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      requestId: String(request.id),
      detail: { permission },
    }).catch(() => undefined);
  }
}
