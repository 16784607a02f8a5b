import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { Clock } from '../cases/clock';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { SurveyBatchesService } from './survey-batches.service';
import { monthColumn, previousMonth } from './survey-month';

const INTERVAL_MS = 60 * 60_000;

/**
 * DB1405 8.1.2 monthly 回访 sample: once a month has ended (from the 1st, China time), the
 * month's batch is drawn if nobody drew it yet. Hourly, with the other scheduled jobs
 * (ALERTS_ENABLED); idempotent — the unique month decides between processes.
 */
@Injectable()
export class SurveyScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('SurveyScheduler');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(SurveyBatchesService) private readonly batches: SurveyBatchesService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ALERTS_ENABLED) return;
    this.timer = setInterval(() => void this.tick(), Math.max(this.config.ALERT_INTERVAL_MS, INTERVAL_MS));
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  async tick(): Promise<void> {
    if (this.current) return;
    this.current = this.runOnce()
      .then((r) => r && this.log.log(`已抽取 ${r.month} 回访样本（批次 ${r.batchId}）`))
      .catch((e) => this.log.error(`月度回访抽样失败: ${(e as Error).message}`))
      .finally(() => (this.current = undefined));
    await this.current;
  }

  /** Draws last month's batch unless it exists; null when there was nothing to do. */
  async runOnce(): Promise<{ month: string; batchId: number } | null> {
    const month = previousMonth(this.clock.today());
    if (await this.prisma.surveyBatch.findUnique({ where: { month: monthColumn(month) }, select: { id: true } })) return null;
    try {
      return { month, batchId: await this.batches.draw(month, this.config.SURVEY_PER_TOWNSHIP, randomInt(0, 2 ** 31 - 1), null) };
    } catch (e) {
      if (e instanceof AppError && e.code === 'SURVEY.BATCH_EXISTS') return null;
      throw e;
    }
  }
}
