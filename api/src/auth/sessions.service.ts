import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { AuthErrors } from './auth.errors';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

export interface Issued { refreshToken: string; familyId: string }
export type Rotation = { userId: number; familyId: string; issued: Issued };

/**
 * Refresh tokens: opaque, stored only as a hash, rotated on every use. All tokens of one login
 * form a family; presenting a token that was already used means it was copied, so the whole
 * family is revoked (OWASP refresh-token rotation with reuse detection). A login also ends after
 * SESSION_IDLE_MINUTES without a refresh and SESSION_TTL_HOURS in all.
 */
@Injectable()
export class SessionsService {
  /** family id → revoked? with the time it was checked: spares a query on most requests. */
  private readonly cache = new Map<string, { revoked: boolean; at: number }>();

  constructor(@Inject(PrismaService) private readonly prisma: PrismaService, @Inject(CONFIG) private readonly config: AppConfig) {}

  async issue(userId: number, meta: { ip?: string; userAgent?: string }, familyId: string = randomUUID(), expiresAt?: Date): Promise<Issued> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.prisma.authSession.create({
      data: {
        id: randomUUID(), userId, familyId, tokenHash: sha256(refreshToken),
        expiresAt: expiresAt ?? new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000),
        ip: meta.ip?.slice(0, 64), userAgent: meta.userAgent?.slice(0, 300),
      },
    });
    return { refreshToken, familyId };
  }

  async rotate(refreshToken: string, meta: { ip?: string; userAgent?: string }): Promise<Rotation> {
    const row = await this.prisma.authSession.findUnique({ where: { tokenHash: sha256(refreshToken) } });
    if (!row) throw AuthErrors.invalidRefresh();
    if (row.revokedAt || (await this.familyRevoked(row.familyId))) throw AuthErrors.sessionRevoked();
    // Claim the token atomically: of two concurrent uses exactly one wins; the other is a reuse.
    const claimed = await this.prisma.authSession.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count === 0) {
      await this.revokeFamily(row.familyId, 'REUSE');
      throw AuthErrors.refreshReused();
    }
    if (row.expiresAt.getTime() <= Date.now()) {
      await this.revokeFamily(row.familyId, 'EXPIRED');
      throw AuthErrors.invalidRefresh();
    }
    // The newest token of a family was issued at its last activity.
    if (Date.now() - row.createdAt.getTime() > this.config.SESSION_IDLE_MINUTES * 60_000) {
      await this.revokeFamily(row.familyId, 'IDLE');
      throw AuthErrors.sessionIdle();
    }
    const issued = await this.issue(row.userId, meta, row.familyId, row.expiresAt);
    return { userId: row.userId, familyId: row.familyId, issued };
  }

  async revokeFamily(familyId: string, reason: string): Promise<void> {
    await this.prisma.authSession.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
    this.cache.set(familyId, { revoked: true, at: Date.now() });
  }

  /** Checked on every authenticated request (access tokens carry the family as `sid`). */
  async familyRevoked(familyId: string): Promise<boolean> {
    const hit = this.cache.get(familyId);
    if (hit && (hit.revoked || Date.now() - hit.at < 2000)) return hit.revoked;
    const revoked = (await this.prisma.authSession.count({ where: { familyId, revokedAt: { not: null } } })) > 0;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(familyId, { revoked, at: Date.now() });
    return revoked;
  }
}
