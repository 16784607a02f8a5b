import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../../api/src/config/config';
import { openInfra } from '../../../scripts/infra';
import { EtlStreams } from '../sync/streams';
import { allDifferences } from './compare';

// `npm run etl:verify [-- --sync]`: does ClickHouse equal Postgres? Per table: the same keys and,
// per key, the same row (hash). With --sync it first catches up (both streams, once). Exit code 1
// when anything differs, so it can gate a deployment or a fault drill. Prints one JSON line last.

async function main(): Promise<void> {
  const config = loadConfig();
  const sync = process.argv.includes('--sync');
  const infra = await openInfra(config, (l) => console.error(`[校验] ${l}`));
  try {
    if (!infra.clickhouseReady) throw new Error('ClickHouse 不可用 (ClickHouse unreachable)');
    if (sync) {
      console.error('[校验] 同步中…');
      await new EtlStreams(infra.pool, infra.clickhouse, config.ETL_BATCH_SIZE).runOnce();
    }
    console.error('[校验] 比对 Postgres 与 ClickHouse…');
    const diffs = await allDifferences(infra.pool, infra.clickhouse);
    for (const d of diffs) console.error(`[校验] 不一致 ${d.table}: Postgres ${d.pg} 行, ClickHouse ${d.ch} 行, 缺 ${d.missing.join(',')} 多 ${d.extra.join(',')} 变 ${d.changed.join(',')}`);
    if (!diffs.length) console.error('[校验] 一致：ClickHouse 与 Postgres 的每张表键与行哈希相同');
    console.log(JSON.stringify({ equal: diffs.length === 0, diffs }));
    process.exitCode = diffs.length ? 1 : 0;
  } finally {
    await infra.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `校验失败: ${(e as Error).message}`);
  process.exit(2);
});
