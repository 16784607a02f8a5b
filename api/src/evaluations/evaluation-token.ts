// One-time online evaluation links (DB1405 8.1.1 "有条件的地区，可设立网上评价渠道"). Pure.
//
// Only the SHA-256 of a token is stored, yet the reply slip must be printable again later. So the
// token is not random: it is derived from a server secret and (case, occasion), and can be
// recomputed whenever the slip is printed. 22 base64url characters carry 132 bits: not guessable.
import { createHash, createHmac } from 'node:crypto';

export const TOKEN_LENGTH = 22;
/** What a token looks like; anything else is answered 404 without touching the database. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22}$/;

/** A sub-key of the server secret used for nothing but evaluation tokens. */
export function evaluationTokenKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('redproxy:evaluation-token:v1').digest();
}

/** token = base64url(HMAC-SHA256(key, `eval:${caseId}:${occasion}`)), first 22 characters. */
export function deriveEvaluationToken(key: Buffer, caseId: number, occasion = 1): string {
  return createHmac('sha256', key).update(`eval:${caseId}:${occasion}`).digest('base64url').slice(0, TOKEN_LENGTH);
}

/** The stored form (evaluation_tokens.token_hash): hex SHA-256, 64 characters. */
export function hashEvaluationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Relative path of the public evaluation page (web/src/pages/public) for a token. */
export function evaluationLink(token: string): string {
  return `/public/evaluate/${token}`;
}
