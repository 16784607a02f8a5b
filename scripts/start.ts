import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from '../api/src/config/config';
import { createApp } from '../api/src/main';
import { EtlStreams } from '../etl/src/sync/streams';
import { DEMO_USERS } from '../prisma/seed/demo-users';
import { isSeeded, seedDatabase } from '../prisma/seed/seed';
import { openInfra, type RunningInfra } from './infra';
import { progressBar } from './progress';

// `npm start`: the whole system in one process on embedded engines by default:
// Postgres (+ migrations, + demo data on the first start) → chDB (+ migrations, + initial
// backfill) → API + ETL scheduler + web on one port. SIGINT/SIGTERM stop it in reverse order.

const log = (line: string) => console.log(`[启动] ${line}`);

async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig();
  const infra = await openInfra(config, log);

  let stopping: Promise<void> | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const stop = (signal: string) => {
    if (stopping) {
      console.error('再次收到中断信号，强制退出');
      process.exit(1);
    }
    log(`收到 ${signal}，正在停止…`);
    stopping = (async () => {
      await app?.close().catch((e) => console.error(e));
      await infra.close();
      log('已停止');
      process.exit(0);
    })();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    app = await prepare(config, infra);
    await app.listen(config.PORT, config.HOST);
  } catch (e) {
    await app?.close().catch(() => undefined);
    await infra.close(); // never leave an orphan Postgres behind a failed start
    throw e;
  }
  printBanner(config, t0);
}

async function prepare(config: AppConfig, infra: RunningInfra) {
  if (config.seedDemo && config.SEED_CASES > 0 && !(await isSeeded(infra.pool))) {
    log(`首次启动：生成演示数据 ${config.SEED_CASES} 件…`);
    const s = await seedDatabase(infra.pool, {
      cases: config.SEED_CASES, seed: config.SEED, today: config.SEED_TODAY, demoPassword: config.DEMO_PASSWORD, pii: infra.pii, progress: true,
    });
    log(`演示数据完成：${s.stations} 个便民服务站，${s.cases} 件案件，${s.caseEvents} 条事件，用时 ${s.seconds.toFixed(1)} 秒`);
  }

  const streams = new EtlStreams(infra.pool, infra.clickhouse);
  if (infra.clickhouseReady && config.ETL_ENABLED && !(await streams.initialised())) {
    const bar = progressBar('同步到 ClickHouse');
    const r = await streams.backfill((d, t) => bar.update(d, t));
    bar.stop();
    log(`初始同步完成：${r.tables.cases} 件案件，${r.tables.case_events} 条事件，${r.tables.evaluations ?? 0} 条评价，${r.tables.consultations ?? 0} 条咨询`);
  }

  return createApp(infra);
}

function printBanner(config: AppConfig, t0: number): void {
  const url = `http://localhost:${config.PORT}`;
  console.log([
    '',
    `红色代办监管平台已启动 (${((Date.now() - t0) / 1000).toFixed(1)} 秒): ${url}`,
    `  接口文档: ${url}/api/docs    健康检查: ${url}/api/v1/health`,
    `  PostgreSQL: ${config.embeddedPostgres ? `内置 (${config.dataDir}/postgres)` : '外部 DATABASE_URL'}`,
    `  ClickHouse: ${config.embeddedClickHouse ? `内置 chDB (${config.chdbPath})` : `外部 ${config.CLICKHOUSE_URL}`}`,
    `  演示账号（密码均为 ${config.DEMO_PASSWORD}）:`,
    ...DEMO_USERS.map((u) => `    ${u.username.padEnd(9)} ${u.description}`),
    '  按 Ctrl-C 停止',
    '',
  ].join('\n'));
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `启动失败: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
