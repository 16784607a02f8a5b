import { Pool } from 'pg';
import { loadConfig } from '../api/src/config/config';
import { loadPiiCipher } from '../api/src/privacy/keys';
import { rotatePii } from '../api/src/privacy/rotate';
import { startEmbeddedPostgres } from './embedded/postgres';

// `npm run pii:rotate`: after putting a new key first in PII_KEYS (the old ones after it),
// re-encrypts every value still under an old key. Then the old key can be removed.

async function main(): Promise<void> {
  const config = loadConfig();
  const pii = loadPiiCipher(config);
  const embedded = config.embeddedPostgres ? await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.EMBEDDED_PG_PORT }) : undefined;
  const pool = new Pool({ connectionString: embedded?.url ?? config.DATABASE_URL });
  try {
    const n = await rotatePii(pool, pii, { onProgress: (d) => process.stderr.write(`\r已重新加密 ${d} 行`) });
    console.log(`\n完成：${n} 行已使用密钥 ${pii.currentKeyId} 重新加密`);
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(`密钥轮换失败: ${(e as Error).message}`);
  process.exit(1);
});
