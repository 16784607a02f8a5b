import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '../config/config';
import { PublicErrors } from './public.errors';

// Rate limits of the public API (issue 5 item 6; DB1405 8.1.3: the evaluation link and the
// disclosure pages are open to anyone, so they must not be a free lever against the service).
//
// Built on @nestjs/throttler with two named throttlers, both a 60 s window:
//   'default' — per client IP (request.ip: the socket's address, or X-Forwarded-For only as TRUST_PROXY allows), one counter
//               shared by every /api/v1/public/ route (generateKey drops the route from the key),
//               so a client cannot multiply its budget by spreading over routes;
//   'token'   — per credential in the path (:token of the online evaluation link, :trackingCode
//               of a suggestion lookup), whatever IP it comes from: hammering one link from many
//               addresses is refused too.
// skipIf confines both to /api/v1/public/; staff routes are never limited here. The throttler is
// kept (rather than a guard of our own) because its storage already handles windows, blocking
// and sweeping; only the keys, the scope and the error are ours.

export const PUBLIC_PREFIX = '/api/v1/public/';
const WINDOW_MS = 60_000;
/** Path parameters that name a credential-like value the per-token limit keys on. */
export const TOKEN_PARAMS = ['token', 'trackingCode'] as const;

interface RequestLike {
  url?: string;
  routeOptions?: { url?: string };
  params?: Record<string, unknown>;
}

/** The matched route pattern (or the raw URL): whether the request is one of the public API's. */
export function isPublicRequest(req: RequestLike): boolean {
  const route = req.routeOptions?.url ?? req.url ?? '';
  return route.startsWith(PUBLIC_PREFIX);
}

/** The credential of a token route ('' when the route has none). */
export function tokenOf(req: RequestLike): string {
  for (const p of TOKEN_PARAMS) {
    const v = req.params?.[p];
    if (typeof v === 'string' && v) return `${p}:${v}`;
  }
  return '';
}

const requestOf = (ctx: ExecutionContext): RequestLike => ctx.switchToHttp().getRequest();

export function publicThrottlerOptions(config: Pick<AppConfig, 'PUBLIC_RATE_PER_IP' | 'PUBLIC_RATE_PER_TOKEN'>): ThrottlerModuleOptions {
  return {
    skipIf: (ctx) => !isPublicRequest(requestOf(ctx)),
    throttlers: [
      {
        name: 'default',
        ttl: WINDOW_MS,
        limit: config.PUBLIC_RATE_PER_IP,
        generateKey: (_ctx, tracker) => `public-ip:${tracker}`,
      },
      {
        name: 'token',
        ttl: WINDOW_MS,
        limit: config.PUBLIC_RATE_PER_TOKEN,
        skipIf: (ctx) => !isPublicRequest(requestOf(ctx)) || !tokenOf(requestOf(ctx)),
        getTracker: (req) => tokenOf(req as RequestLike),
        generateKey: (_ctx, tracker) => `public-token:${tracker}`,
      },
    ],
  };
}

/** The throttler guard answering in the one error contract, with a plain Retry-After (seconds). */
@Injectable()
export class PublicRateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(ctx: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const reply = ctx.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    reply.header('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    throw PublicErrors.rateLimited();
  }
}
