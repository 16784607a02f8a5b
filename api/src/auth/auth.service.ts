import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import type { User } from '@prisma/client';
import { AuditService } from '../audit/audit.service';
import { Errors } from '../common/app-error';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { AuthErrors } from './auth.errors';
import type { LoginResponseDto } from './dto/login.dto';
import { passwordProblems } from './password-policy';
import type { Principal, TokenClaims } from './principal';
import { SessionsService } from './sessions.service';

// A hash to verify against when the user does not exist, so that the response time does not
// tell which usernames exist.
const dummyHash = hash('no-such-user-placeholder');

export interface ClientMeta { ip?: string; userAgent?: string; requestId?: string }

@Injectable()
export class AuthService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async login(username: string, password: string, meta: ClientMeta): Promise<LoginResponseDto> {
    const user = await this.prisma.user.findUnique({ where: { username } });
    const fail = (reason: string, actor?: User) =>
      this.audit.record({ action: 'auth.login', outcome: 'FAILURE', actorName: username, actor: actor ? { userId: actor.id, username: actor.username, role: actor.role } : null, ...meta, detail: { reason } });

    if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await fail('locked', user);
      throw AuthErrors.locked(Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000));
    }
    const ok = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
    if (!user || !user.active || !ok) {
      if (user) await this.countFailure(user.id);
      await fail(!user ? 'unknown_user' : !user.active ? 'inactive' : 'bad_password', user ?? undefined);
      throw Errors.invalidCredentials();
    }
    await this.prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    const issued = await this.sessions.issue(user.id, meta);
    await this.audit.record({ action: 'auth.login', outcome: 'SUCCESS', actor: { userId: user.id, username: user.username, role: user.role }, ...meta });
    return this.tokens(user, issued.familyId, issued.refreshToken);
  }

  /** The 5th consecutive failure locks the account for 15 minutes (both from config); atomic. */
  private async countFailure(userId: number): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE users SET
        failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_logins + 1 END,
        locked_until = CASE
          WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_logins + 1 END) >= ${this.config.LOGIN_MAX_FAILURES}
          THEN now() + make_interval(mins => ${this.config.LOGIN_LOCK_MINUTES})
          WHEN locked_until IS NOT NULL AND locked_until <= now() THEN NULL
          ELSE locked_until END
      WHERE id = ${userId}`;
  }

  async refresh(refreshToken: string, meta: ClientMeta): Promise<LoginResponseDto> {
    const r = await this.sessions.rotate(refreshToken, meta);
    const user = await this.prisma.user.findUnique({ where: { id: r.userId } });
    if (!user || !user.active) {
      await this.sessions.revokeFamily(r.familyId, 'INACTIVE');
      throw Errors.invalidToken();
    }
    return this.tokens(user, r.familyId, r.issued.refreshToken);
  }

  async logout(user: Principal, sid: string): Promise<void> {
    await this.sessions.revokeFamily(sid, 'LOGOUT');
  }

  async changePassword(user: Principal, oldPassword: string, newPassword: string): Promise<void> {
    const row = await this.prisma.user.findUniqueOrThrow({ where: { id: user.userId } });
    if (!(await verify(row.passwordHash, oldPassword).catch(() => false))) throw AuthErrors.wrongPassword();
    const problems = passwordProblems(newPassword, this.config.PASSWORD_MIN_LENGTH);
    if (problems.length) throw AuthErrors.weakPassword(problems);
    await this.prisma.user.update({ where: { id: row.id }, data: { passwordHash: await hash(newPassword), passwordChangedAt: new Date() } });
  }

  private async tokens(user: User, familyId: string, refreshToken: string): Promise<LoginResponseDto> {
    const region = await this.prisma.region.findUniqueOrThrow({ where: { code: user.regionCode }, select: { path: true } });
    const claims: TokenClaims = {
      sub: String(user.id), usr: user.username, role: user.role, reg: user.regionCode, scp: region.path, stn: user.stationId, sid: familyId,
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      user: { username: user.username, displayName: user.displayName, role: user.role, regionCode: user.regionCode },
    };
  }
}
