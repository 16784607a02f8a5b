import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { Clock } from '../cases/clock';
import { dateColumn, isoOfDateColumn } from '../cases/due-date';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { escalateTo, escalationFor, escalationNotice, type EscalationFacts, type RectificationAlert } from './rectification-escalation';

const BATCH = 1000;

export interface EscalationRun { today: string; checked: number; raised: { rectificationId: number; from: string; to: RectificationAlert }[] }

interface Candidate {
  id: number; version: number; dueDate: Date; alertLevel: string; caseId: number;
  case: { caseNo: string };
  station: { name: string; region: { parent: { name: string } | null } };
}

/**
 * Overdue rectifications escalate like overdue cases (DB1405 8.2.2 督促; 7.2.1 e): on the schedule
 * of the case alerts (ALERT_INTERVAL_MS, off with ALERTS_ENABLED=false) every open task past its
 * due date is raised to OVERDUE (催办, the station is told) and beyond 5 working days to FLAGGED
 * (通报, the township over it is told). Each raise — alert_level, version, an ESCALATED event and
 * the notification row — is one transaction, and loses quietly to a concurrent change of the task
 * (the next run sees it again). Levels never go down.
 */
@Injectable()
export class RectificationEscalationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('RectificationEscalation');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CalendarService) private readonly calendar: CalendarService,
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
    await this.current;
  }

  /** One scheduled run; skipped while one is still going. */
  async tick(): Promise<void> {
    if (this.current) return;
    this.current = this.runOnce()
      .then((r) => r.raised.length && this.log.log(`${r.raised.length} 件整改任务逾期督办（检查 ${r.checked} 件）`))
      .catch((e) => this.log.error(`整改逾期督办任务失败: ${(e as Error).message}`))
      .finally(() => (this.current = undefined));
    await this.current;
  }

  /** Checks every open rectification past its due date as of `today` (Asia/Shanghai; tests pass a day or pin the Clock). */
  async runOnce(today: string = this.clock.today()): Promise<EscalationRun> {
    const cal = await this.calendar.calendar();
    const run: EscalationRun = { today, checked: 0, raised: [] };
    for (let lastId = 0; ;) {
      const rows: Candidate[] = await this.prisma.rectification.findMany({
        where: { id: { gt: lastId }, status: { not: 'CLOSED' }, alertLevel: { not: 'FLAGGED' }, dueDate: { lt: dateColumn(today) } },
        select: {
          id: true, version: true, dueDate: true, alertLevel: true, caseId: true, case: { select: { caseNo: true } },
          station: { select: { name: true, region: { select: { parent: { select: { name: true } } } } } },
        },
        orderBy: { id: 'asc' }, take: BATCH,
      });
      if (!rows.length) break;
      lastId = rows[rows.length - 1].id;
      for (const r of rows) {
        run.checked++;
        const facts = escalationFor(cal, isoOfDateColumn(r.dueDate)!, today);
        const to = escalateTo(r.alertLevel, facts);
        if (to && (await this.raise(r, to, facts, today))) run.raised.push({ rectificationId: r.id, from: r.alertLevel, to });
      }
    }
    return run;
  }

  private async raise(r: Candidate, level: RectificationAlert, facts: EscalationFacts, today: string): Promise<boolean> {
    if (level === 'NONE') return false;
    const at = this.clock.now();
    const dueDate = isoOfDateColumn(r.dueDate)!;
    const notice = escalationNotice(level, {
      id: r.id, caseNo: r.case.caseNo, dueDate, overdueWorkingDays: facts.overdueWorkingDays,
      stationName: r.station.name, townshipName: r.station.region.parent?.name ?? null,
    });
    return this.prisma.$transaction(async (tx) => {
      const res = await tx.rectification.updateMany({
        where: { id: r.id, version: r.version, status: { not: 'CLOSED' } },
        data: { alertLevel: level, version: r.version + 1, updatedAt: at },
      });
      if (res.count === 0) return false;
      await tx.rectificationEvent.create({
        data: {
          rectificationId: r.id, type: 'ESCALATED', actorId: null, at,
          data: { from: r.alertLevel, to: level, today, dueDate, overdueWorkingDays: facts.overdueWorkingDays, recipient: notice.recipient, version: r.version + 1 },
        },
      });
      await tx.notification.create({
        data: { kind: notice.kind, channel: 'SYSTEM', caseId: r.caseId, rectificationId: r.id, recipient: notice.recipient, body: notice.body, createdAt: at },
      });
      return true;
    });
  }
}
