import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { Pool } from 'pg';
import type { AppConfig } from '../../../api/src/config/config';
import { CLICKHOUSE, CONFIG, PG_POOL } from '../../../api/src/infra/tokens';
import type { ClickHouse } from '../clickhouse/client';
import { applyChMigrations } from '../clickhouse/migrate';
import { ENTITIES } from '../transform/outbox-rows';
import { EtlStreams, type SyncAllResult } from '../sync/streams';
import { EtlStatus } from './etl-status';

const INTERVAL = 'etl';
export const ETL_TABLES = ['cases', 'case_events', ...ENTITIES.map((e) => e.table)];

/**
 * Runs both ETL streams every ETL_INTERVAL_MS; never two runs at once; a failure (ClickHouse down)
 * leaves the checkpoints where they were, and the next tick catches up: case handling never waits
 * for ClickHouse.
 */
@Injectable()
export class EtlJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ETL');
  readonly streams: EtlStreams;
  private current: Promise<unknown> | undefined;
  private schemaReady = false;

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) pool: Pool,
    @Inject(CLICKHOUSE) private readonly ch: ClickHouse,
    private readonly scheduler: SchedulerRegistry,
    readonly status: EtlStatus,
  ) {
    this.streams = new EtlStreams(pool, ch, config.ETL_BATCH_SIZE);
    for (const t of ETL_TABLES) status.get(t);
  }

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(INTERVAL, setInterval(() => void this.tick(), this.config.ETL_INTERVAL_MS));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', INTERVAL)) this.scheduler.deleteInterval(INTERVAL);
    await this.current; // let a batch in flight finish rather than cut it
  }

  private async run(): Promise<SyncAllResult> {
    // A ClickHouse server that was down at boot gets its schema as soon as it is back.
    if (!this.schemaReady) {
      await applyChMigrations(this.ch);
      this.schemaReady = true;
    }
    return this.streams.runOnce();
  }

  /** One run now (also used by tests); skipped while one is running. */
  async tick(): Promise<SyncAllResult | undefined> {
    if (this.current) return undefined;
    const now = () => new Date().toISOString();
    const all = this.status.all();
    for (const s of all) Object.assign(s, { running: true, lastRunAt: now() });
    const run = this.run();
    this.current = run;
    try {
      const r = await run;
      for (const s of all) {
        const moved = r.tables[s.table] ?? 0;
        Object.assign(s, { lastSuccessAt: now(), lastRowsMoved: moved, totalRowsMoved: s.totalRowsMoved + moved, lastError: null });
      }
      if (r.backfilled) this.log.log(`backfill: ${JSON.stringify(r.tables)}`);
      return r;
    } catch (e) {
      const msg = (e as Error).message.slice(0, 500);
      for (const s of all) s.lastError = msg;
      this.log.warn(`run failed, will retry: ${msg}`);
      return undefined;
    } finally {
      for (const s of all) s.running = false;
      this.current = undefined;
    }
  }
}
