import { randomBytes } from 'node:crypto';
import { ALPHABET, CODE_LENGTH, newTrackingCode, normalizeTrackingCode } from './tracking-code';

describe('suggestion tracking codes (DB1405 8.2.3)', () => {
  it('are 12 characters of Crockford base32', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(ALPHABET).toHaveLength(32);
    expect(new Set(ALPHABET).size).toBe(32);
  });

  it('map each byte to one character by its low 5 bits', () => {
    expect(newTrackingCode(Buffer.from([0, 1, 31, 32, 255, 10, 18, 21, 22, 27, 30, 64]))).toBe('01Z0ZAJNPVY0');
  });

  it('do not repeat (60 random bits)', () => {
    const codes = new Set(Array.from({ length: 5000 }, () => newTrackingCode()));
    expect(codes.size).toBe(5000);
  });

  it('accept what a person types: lower case, dashes, spaces, I/L/O for 1/1/0', () => {
    const code = newTrackingCode(randomBytes(CODE_LENGTH));
    expect(normalizeTrackingCode(code.toLowerCase())).toBe(code);
    expect(normalizeTrackingCode(`${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`)).toBe(code);
    expect(normalizeTrackingCode('O1IL23456789')).toBe('011123456789');
  });

  it('refuse anything else', () => {
    for (const bad of ['', 'ABC', '0123456789ABC', '0123456789AU', '01234567890!', '../../etc/pa']) expect(normalizeTrackingCode(bad)).toBeNull();
  });
});
