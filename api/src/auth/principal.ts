import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@prisma/client';

/** Who is calling, with their data scope: a region path; they see that region and its subtree. */
export interface Principal {
  userId: number;
  username: string;
  role: Role;
  regionCode: string;
  scopePath: string;
  stationId: number | null;
  /** The login (refresh-token family) this request belongs to. */
  sessionId: string;
}

export interface TokenClaims {
  sub: string;
  usr: string;
  role: Role;
  reg: string;
  scp: string;
  stn: number | null;
  sid: string;
  /** Expiry (seconds since the epoch), set by the signer. */
  exp?: number;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});

/** True when `path` lies inside the scope subtree (paths are '/140500/140522/…/'). */
export function inScope(scopePath: string, path: string): boolean {
  return path.startsWith(scopePath);
}
