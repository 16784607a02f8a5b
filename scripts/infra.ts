import { Pool } from 'pg';
import type { AppConfig } from '../api/src/config/config';
import type { Infra } from '../api/src/infra/infra.module';
import { openClickHouse } from '../etl/src/clickhouse/client';
import { applyChMigrations } from '../etl/src/clickhouse/migrate';
import { applyMigrations } from '../prisma/migrate';
import { loadPiiCipher } from '../api/src/privacy/keys';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded/postgres';

export interface RunningInfra extends Infra {
  databaseUrl: string;
  clickhouseReady: boolean;
  close(): Promise<void>;
}

type Log = (line: string) => void;

/**
 * Opens what the process needs: Postgres (embedded in DATA_DIR unless DATABASE_URL) with its
 * migrations applied, and ClickHouse (chDB in DATA_DIR unless CLICKHOUSE_URL) with its own.
 * A ClickHouse server that is down is not fatal: cases can still be handled, the ETL retries.
 */
export async function openInfra(config: AppConfig, log: Log): Promise<RunningInfra> {
  const pii = loadPiiCipher(config); // fail before starting anything when the key is unusable
  let embedded: EmbeddedPostgres | undefined;
  if (config.embeddedPostgres) {
    log(`启动内置 PostgreSQL（数据目录 ${config.dataDir}）…`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.EMBEDDED_PG_PORT, notice: log });
  }
  const databaseUrl = embedded?.url ?? config.DATABASE_URL!;
  const pool = new Pool({ connectionString: databaseUrl, max: 20, application_name: 'red-proxy' });
  pool.on('error', (e) => log(`PostgreSQL 连接错误: ${e.message}`));
  const clickhouse = openClickHouse({
    url: config.CLICKHOUSE_URL, username: config.CLICKHOUSE_USER, password: config.CLICKHOUSE_PASSWORD,
    database: config.CLICKHOUSE_DATABASE, chdbPath: config.chdbPath, cluster: config.CLICKHOUSE_CLUSTER,
  });
  const close = async () => {
    await clickhouse.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    const applied = await applyMigrations(pool);
    log(applied.length ? `PostgreSQL 迁移已应用: ${applied.join(', ')}` : 'PostgreSQL 结构已是最新');
  } catch (e) {
    await close();
    throw e;
  }
  let clickhouseReady = false;
  try {
    const applied = await applyChMigrations(clickhouse);
    clickhouseReady = true;
    log(applied.length ? `ClickHouse 迁移已应用: ${applied.join(', ')}` : 'ClickHouse 结构已是最新');
  } catch (e) {
    const msg = (e as Error).message;
    if (config.embeddedClickHouse) {
      await close();
      throw new Error(/lock/i.test(msg) ? `chDB 数据目录 ${config.chdbPath} 正被其他进程使用（是否已有 npm start 在运行？）: ${msg}` : msg);
    }
    log(`ClickHouse 暂不可用，案件办理不受影响，同步将自动重试: ${msg}`);
  }
  return { config, pool, clickhouse, pii, databaseUrl, clickhouseReady, close };
}
