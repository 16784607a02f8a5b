import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { CaseStatus } from '@prisma/client';
import { CaseWriter, VersionMismatch } from '../cases/case-writer';
import { Clock } from '../cases/clock';
import { isoOfDateColumn, shanghaiDate } from '../cases/due-date';
import { DueService } from '../cases/due.service';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { alertFor, raiseTo, type AlertLevel } from './alert-level';

/** Statuses whose clock runs: not before acceptance, not while a supplement is awaited, not once finished. */
const RUNNING: CaseStatus[] = ['ACCEPTED', 'IN_PROGRESS', 'HANDED_UP'];
const BATCH = 1000;

export interface AlertRun { today: string; checked: number; raised: { caseId: number; from: string; to: AlertLevel }[] }

/**
 * The time-limit alert job (DB1405 4.3, 7.2.1 e): every ALERT_INTERVAL_MS it raises WARN_50 /
 * WARN_80 / OVERDUE (催办) / FLAGGED (通报) on running cases. Each raise is one change of the case —
 * alertLevel, version and an ALERT_RAISED event in one transaction — and loses quietly to a
 * concurrent change of the same case (the next run sees it again). Levels never go down.
 */
@Injectable()
export class AlertsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Alerts');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseWriter) private readonly writer: CaseWriter,
    @Inject(DueService) private readonly dues: DueService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ALERTS_ENABLED) return;
    this.timer = setInterval(() => void this.tick(), this.config.ALERT_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.current; // let a run in flight finish
  }

  /** One scheduled run; skipped while one is still going. */
  async tick(): Promise<void> {
    if (this.current) return;
    this.current = this.runOnce()
      .then((r) => r.raised.length && this.log.log(`${r.raised.length} 件案件时限预警升级（检查 ${r.checked} 件）`))
      .catch((e) => this.log.error(`时限预警任务失败: ${(e as Error).message}`))
      .finally(() => (this.current = undefined));
    await this.current;
  }

  /** Checks every running case as of `today` (Asia/Shanghai; tests pass a fixed day). */
  async runOnce(today: string = this.clock.today()): Promise<AlertRun> {
    const cal = await this.dues.calendar();
    const run: AlertRun = { today, checked: 0, raised: [] };
    for (let lastId = 0; ;) {
      const rows = await this.prisma.case.findMany({
        where: {
          id: { gt: lastId }, status: { in: RUNNING }, acceptedAt: { not: null }, dueDate: { not: null }, alertLevel: { not: 'FLAGGED' },
          pauses: { none: { endedAt: null } },
        },
        select: { id: true, version: true, acceptedAt: true, dueDate: true, alertLevel: true },
        orderBy: { id: 'asc' }, take: BATCH,
      });
      if (!rows.length) break;
      lastId = rows[rows.length - 1].id;
      for (const r of rows) {
        run.checked++;
        const acceptance = shanghaiDate(r.acceptedAt!);
        if (acceptance > today) continue;
        const facts = alertFor(cal, acceptance, isoOfDateColumn(r.dueDate)!, today);
        const to = raiseTo(r.alertLevel, facts.level);
        if (to && (await this.raise(r.id, r.version, to, { ...facts, today }))) run.raised.push({ caseId: r.id, from: r.alertLevel, to });
      }
    }
    return run;
  }

  private async raise(id: number, version: number, level: AlertLevel, facts: Record<string, unknown>): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.case.findUnique({ where: { id } });
      if (!current || current.version !== version) return false;
      try {
        await this.writer.apply(tx, current, version, { type: 'ALERT_RAISED', set: { alertLevel: level }, detail: facts }, null, this.clock.now());
        return true;
      } catch (e) {
        if (e instanceof VersionMismatch) return false;
        throw e;
      }
    });
  }
}
