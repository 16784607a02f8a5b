import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../api/src/config/config';
import { openInfra } from '../../scripts/infra';
import { progressBar } from '../../scripts/progress';
import { EtlStreams } from './sync/streams';

// `npm run etl:backfill`: rebuilds ClickHouse from Postgres (the truth) as of one snapshot and
// leaves the checkpoint there, so the scheduler continues incrementally. On embedded engines
// stop `npm start` first: chDB and the embedded Postgres each allow one process per folder.

async function main(): Promise<void> {
  const config = loadConfig();
  const infra = await openInfra(config, (l) => console.log(`[回填] ${l}`));
  try {
    if (!infra.clickhouseReady) throw new Error('ClickHouse 不可用，无法回填 (ClickHouse unreachable)');
    const t0 = Date.now();
    const bar = progressBar('回填 ClickHouse');
    const r = await new EtlStreams(infra.pool, infra.clickhouse, config.ETL_BATCH_SIZE).backfill((d, t) => bar.update(d, t));
    bar.stop();
    const s = (Date.now() - t0) / 1000;
    const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
    console.log(`[回填] 完成：${Object.entries(r.tables).map(([t, n]) => `${t} ${n}`).join('，')}；共 ${rows} 行，${s.toFixed(1)} 秒，${Math.round(rows / s)} 行/秒`);
  } finally {
    await infra.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `回填失败: ${(e as Error).message}`);
  process.exit(1);
});
