import 'reflect-metadata';
import { Pool } from 'pg';
import { loadConfig } from '../../api/src/config/config';
import { openClickHouse, type ClickHouse } from '../../etl/src/clickhouse/client';
import { applyChMigrations } from '../../etl/src/clickhouse/migrate';
import { readCheckpoint } from '../../etl/src/sync/checkpoints';
import { EtlStreams } from '../../etl/src/sync/streams';

// The ETL under test in the fault drill, as its own process so it can be killed with -9: the
// production EtlStreams.runOnce every ETL_INTERVAL_MS, exactly what EtlJob runs each tick. It
// reports on stdout, one JSON line each, every ClickHouse insert that landed (the drill kills it
// after the n-th one, i.e. between batches, before the checkpoint moves), each checkpoint written,
// and each run's end. ClickHouse (chDB in DATA_DIR) is opened for each run and closed after it,
// like a connection to a server: while another process holds the chDB folder the run fails with
// "Cannot lock file", the way a run fails against a ClickHouse server that is down, and the next
// tick retries. SIGTERM: finish the run in flight, then exit.

const emit = (e: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ ...e, t: Date.now() })}\n`);

/** The same ClickHouse, with every insert reported once it has landed. */
function observed(ch: ClickHouse): ClickHouse {
  const client = new Proxy(ch.client, {
    get(target, prop, receiver) {
      if (prop === 'insert') {
        return async (params: Parameters<typeof target.insert>[0]) => {
          const r = await target.insert(params);
          const values = Array.isArray(params.values) ? params.values as Record<string, unknown>[] : [];
          if (params.table === 'etl_checkpoints') emit({ ev: 'checkpoint', stream: values[0]?.stream, position: values[0]?.position });
          else emit({ ev: 'insert', table: params.table, rows: values.length });
          return r;
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { ...ch, client };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL 未设置');
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 4, application_name: 'rp-fault-etl' });
  // Postgres restarting under us: idle connections error out; the run in flight fails and is retried.
  pool.on('error', (e) => emit({ ev: 'pg-error', message: e.message }));
  let stopping = false;
  let wake: (() => void) | undefined;
  process.on('SIGTERM', () => { stopping = true; wake?.(); });
  let migrated = false;
  for (let run = 1; !stopping; run++) {
    const t0 = Date.now();
    emit({ ev: 'run-start', run });
    let ch: ClickHouse | undefined;
    try {
      ch = openClickHouse({ database: config.CLICKHOUSE_DATABASE, chdbPath: config.chdbPath });
      if (migrated) await ch.ready();
      else {
        await applyChMigrations(ch);
        migrated = true;
      }
      const r = await new EtlStreams(pool, observed(ch), config.ETL_BATCH_SIZE).runOnce();
      const [cases, outbox] = await Promise.all([readCheckpoint(ch, 'cases'), readCheckpoint(ch, 'outbox')]);
      emit({ ev: 'run-done', run, ms: Date.now() - t0, tables: r.tables, backfilled: r.backfilled, cases: cases?.position, outbox: outbox?.position });
    } catch (e) {
      emit({ ev: 'run-failed', run, message: (e as Error).message.slice(0, 300) });
    } finally {
      await ch?.close().catch(() => undefined);
    }
    if (!stopping) await new Promise<void>((r) => { wake = r; setTimeout(r, config.ETL_INTERVAL_MS); });
  }
  await pool.end().catch(() => undefined);
  emit({ ev: 'stopped' });
}

main().catch((e) => {
  console.error(`ETL 演练进程失败: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
