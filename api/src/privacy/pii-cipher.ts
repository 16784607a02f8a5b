import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Citizens' ID and phone numbers are stored encrypted (AES-256-GCM) under a key kept outside the
// database. A value reads `<keyId>.<iv>.<tag>.<ciphertext>` (base64url), so a key can be rotated:
// new values use the first key, old ones still decrypt with theirs until re-encrypted
// (README, "Rotate the personal-data key").

export interface PiiKey { id: string; key: Buffer }

export class PiiError extends Error {}

export class PiiCipher {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: PiiKey[]) {
    if (!keys.length) throw new PiiError('至少需要一个个人信息加密密钥 (PII_KEYS is empty)');
    for (const k of keys) {
      if (!/^[A-Za-z0-9_-]{1,16}$/.test(k.id)) throw new PiiError(`密钥编号无效: ${k.id}`);
      if (k.key.length !== 32) throw new PiiError(`密钥 ${k.id} 必须是 32 字节 (AES-256)`);
    }
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  /** "k2:<base64 32 bytes>,k1:<base64>": the first key encrypts, every key decrypts. */
  static parse(spec: string): PiiCipher {
    return new PiiCipher(spec.split(',').map((part) => {
      const [id, b64] = part.trim().split(':');
      if (!id || !b64) throw new PiiError('PII_KEYS 格式应为 keyId:base64key[,keyId:base64key…]');
      return { id, key: Buffer.from(b64, 'base64') };
    }));
  }

  static generateSpec(id = 'k1'): string {
    return `${id}:${randomBytes(32).toString('base64')}`;
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.keys[0].key, iv);
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return `${this.keys[0].id}.${iv.toString('base64url')}.${c.getAuthTag().toString('base64url')}.${ct.toString('base64url')}`;
  }

  decrypt(value: string): string {
    const [id, iv, tag, ct] = value.split('.');
    const key = this.byId.get(id);
    if (!key || !iv || !tag || ct === undefined) throw new PiiError(`无法解密：未知密钥或格式错误 (${id})`);
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }

  /** True when the value was written under an older key and should be re-encrypted. */
  isStale(value: string): boolean {
    return !value.startsWith(`${this.keys[0].id}.`);
  }
}
