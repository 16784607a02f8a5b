import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import { PiiCipher } from './pii-cipher';

/**
 * The personal-data key: PII_KEYS from the environment (required in production), else a key
 * file in DATA_DIR/secrets created on first use, so the embedded demo keeps decrypting across
 * restarts. The key never lives in the database it protects.
 */
export function loadPiiCipher(config: Pick<AppConfig, 'PII_KEYS' | 'dataDir' | 'NODE_ENV'>): PiiCipher {
  if (config.PII_KEYS) return PiiCipher.parse(config.PII_KEYS);
  if (config.NODE_ENV === 'production') throw new Error('PII_KEYS: 生产环境必须设置个人信息加密密钥 (required in production)');
  const file = path.join(config.dataDir, 'secrets', 'pii-keys');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${PiiCipher.generateSpec('k1')}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return PiiCipher.parse(readFileSync(file, 'utf8').trim());
}
