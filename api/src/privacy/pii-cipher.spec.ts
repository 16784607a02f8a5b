import { PiiCipher } from './pii-cipher';

describe('PiiCipher (AES-256-GCM at rest)', () => {
  const k1 = PiiCipher.generateSpec('k1');
  const k2 = PiiCipher.generateSpec('k2');

  it('round-trips and never stores the plain value', () => {
    const c = PiiCipher.parse(k1);
    const v = c.encrypt('140522198001011234');
    expect(v).not.toContain('140522198001011234');
    expect(v.startsWith('k1.')).toBe(true);
    expect(c.decrypt(v)).toBe('140522198001011234');
    expect(c.encrypt('x')).not.toBe(c.encrypt('x')); // random IV per value
  });

  it('detects tampering', () => {
    const c = PiiCipher.parse(k1);
    const [id, iv, tag, ct] = c.encrypt('13812341234').split('.');
    const flipped = Buffer.from(ct, 'base64url');
    flipped[0] ^= 1;
    expect(() => c.decrypt([id, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('rotates: the new key encrypts, the old still decrypts, stale values are recognised', () => {
    const old = PiiCipher.parse(k1);
    const v1 = old.encrypt('13812341234');
    const rotated = PiiCipher.parse(`${k2},${k1}`);
    expect(rotated.decrypt(v1)).toBe('13812341234');
    expect(rotated.isStale(v1)).toBe(true);
    expect(rotated.encrypt('a').startsWith('k2.')).toBe(true);
    expect(() => PiiCipher.parse(k2).decrypt(v1)).toThrow(/未知密钥/);
  });

  it('refuses keys of the wrong size', () => {
    expect(() => PiiCipher.parse('k1:AAAA')).toThrow(/32/);
  });
});
