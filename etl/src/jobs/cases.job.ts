import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { Pool } from 'pg';
import type { AppConfig } from '../../../api/src/config/config';
import { CLICKHOUSE, CONFIG, PG_POOL } from '../../../api/src/infra/tokens';
import type { ClickHouse } from '../clickhouse/client';
import { applyChMigrations } from '../clickhouse/migrate';
import { CaseSync, STREAM, type SyncResult } from '../sync/case-sync';
import { EtlStatus } from './etl-status';

/** Runs the case sync every ETL_INTERVAL_MS; never two runs at once; an error waits for the next tick. */
@Injectable()
export class CasesJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ETL');
  private readonly sync: CaseSync;
  private current: Promise<unknown> | undefined;
  private schemaReady = false;

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) pool: Pool,
    @Inject(CLICKHOUSE) private readonly ch: ClickHouse,
    private readonly scheduler: SchedulerRegistry,
    readonly status: EtlStatus,
  ) {
    this.sync = new CaseSync(pool, ch, config.ETL_BATCH_SIZE);
  }

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(STREAM, setInterval(() => void this.tick(), this.config.ETL_INTERVAL_MS));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', STREAM)) this.scheduler.deleteInterval(STREAM);
    await this.current; // let a batch in flight finish rather than cut it
  }

  private async run(): Promise<SyncResult> {
    // A ClickHouse server that was down at boot gets its schema as soon as it is back.
    if (!this.schemaReady) {
      await applyChMigrations(this.ch);
      this.schemaReady = true;
    }
    return this.sync.runOnce();
  }

  /** One run now (also used by tests and the backfill command); skipped while one is running. */
  async tick(): Promise<SyncResult | undefined> {
    if (this.current) return undefined;
    const s = this.status.get(STREAM);
    s.running = true;
    s.lastRunAt = new Date().toISOString();
    const run = this.run();
    this.current = run;
    try {
      const r = await run;
      const moved = r.cases + r.events;
      Object.assign(s, { lastSuccessAt: new Date().toISOString(), lastRowsMoved: moved, totalRowsMoved: s.totalRowsMoved + moved, lastError: null });
      if (r.backfilled) this.log.log(`backfill: ${r.cases} cases, ${r.events} events`);
      return r;
    } catch (e) {
      s.lastError = (e as Error).message.slice(0, 500);
      this.log.warn(`run failed, will retry: ${s.lastError}`);
      return undefined;
    } finally {
      s.running = false;
      this.current = undefined;
    }
  }
}
