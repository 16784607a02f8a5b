import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../../api/src/config/config';
import { InfraModule, type Infra } from '../../api/src/infra/infra.module';
import { openInfra } from '../../scripts/infra';
import { EtlModule } from './etl.module';

// The ETL as its own process (for deployments that run it apart from the API, with
// DATABASE_URL and CLICKHOUSE_URL set; then the API runs with ETL_ENABLED=false).

@Module({})
class EtlStandaloneModule {
  static forRoot(infra: Infra): DynamicModule {
    return { module: EtlStandaloneModule, imports: [InfraModule.forRoot(infra), EtlModule] };
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.embeddedPostgres || config.embeddedClickHouse) {
    throw new Error('独立运行 ETL 需要设置 DATABASE_URL 与 CLICKHOUSE_URL；内置模式下 ETL 已在 npm start 进程中运行');
  }
  const infra = await openInfra(config, (l) => console.log(`[ETL] ${l}`));
  const app = await NestFactory.createApplicationContext(EtlStandaloneModule.forRoot(infra));
  await app.init();
  const stop = async () => {
    await app.close();
    await infra.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `ETL 启动失败: ${(e as Error).message}`);
  process.exit(1);
});
