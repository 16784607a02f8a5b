import { randomBytes } from 'node:crypto';

// The tracking code of a suggestion (DB1405 8.2.3): the only key a submitter holds to read the
// answer, so it must be unguessable. 12 characters of Crockford base32 = 60 random bits; the
// alphabet has no I, L, O or U, so a code read aloud or copied by hand is not misread.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** A fresh code; `bytes` only for tests (12 random bytes, one per character). */
export function newTrackingCode(bytes: Buffer = randomBytes(CODE_LENGTH)): string {
  // 256 is a multiple of 32: the low 5 bits of a uniform byte are uniform.
  return [...bytes.subarray(0, CODE_LENGTH)].map((b) => ALPHABET[b & 31]).join('');
}

/** The code as typed, in canonical form (upper case, I/L → 1, O → 0, spaces and dashes dropped), or null. */
export function normalizeTrackingCode(input: string): string | null {
  const v = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return v.length === CODE_LENGTH && [...v].every((c) => ALPHABET.includes(c)) ? v : null;
}
