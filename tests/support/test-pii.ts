import { PiiCipher } from '../../api/src/privacy/pii-cipher';

/** A fixed personal-data key for tests (never used outside them). */
export const TEST_PII_KEYS = `t1:${Buffer.alloc(32, 7).toString('base64')}`;
export const TEST_PII = PiiCipher.parse(TEST_PII_KEYS);
