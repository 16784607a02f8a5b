import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { workingDaysBetween } from '../calendar/working-days';
import { Clock } from '../cases/clock';
import { shanghaiDate } from '../cases/due-date';
import type { AppConfig } from '../config/config';
import { PrismaService } from '../infra/prisma.service';
import { CONFIG } from '../infra/tokens';
import { EvaluationInvitations } from './evaluation-invitations';
import { NOTIFIER, type Notifier } from './notifier';

/** Reminders are a matter of days: checking every quarter of an hour is plenty (and the scan is cheap then). */
const MIN_INTERVAL_MS = 15 * 60_000;
const BATCH = 500;

interface Due { id: number; caseId: number; occasion: number; caseNo: string; phoneMasked: string; phoneEnc: string; completedAt: Date }

export interface ReminderRun { today: string; checked: number; reminded: number[] }

/**
 * DB1405 8.1.1 (issue 5): a finished case not yet rated gets one reminder once
 * EVALUATION_REMINDER_DAYS working days have passed since it was finished. Scheduled with the
 * time-limit alerts (ALERTS_ENABLED); runOnce is what the schedule and the tests call. The
 * reminder is claimed with UPDATE … WHERE reminded_at IS NULL, so two processes never send two.
 */
@Injectable()
export class EvaluationReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('EvaluationReminders');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CalendarService) private readonly calendar: CalendarService,
    @Inject(EvaluationInvitations) private readonly invitations: EvaluationInvitations,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ALERTS_ENABLED) return;
    this.timer = setInterval(() => void this.tick(), Math.max(this.config.ALERT_INTERVAL_MS, MIN_INTERVAL_MS));
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  async tick(): Promise<void> {
    if (this.current) return;
    this.current = this.runOnce()
      .then((r) => r.reminded.length && this.log.log(`已发送 ${r.reminded.length} 条评价提醒`))
      .catch((e) => this.log.error(`评价提醒任务失败: ${(e as Error).message}`))
      .finally(() => (this.current = undefined));
    await this.current;
  }

  async runOnce(): Promise<ReminderRun> {
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const cal = await this.calendar.calendar();
    const run: ReminderRun = { today, checked: 0, reminded: [] };
    for (let lastId = 0; ;) {
      // Unused, unexpired, never reminded links of finished, unrated cases.
      const rows = await this.prisma.$queryRaw<Due[]>`
        SELECT t.id, t.case_id AS "caseId", t.occasion, c.case_no AS "caseNo", c.citizen_phone_masked AS "phoneMasked",
               c.citizen_phone_enc AS "phoneEnc", c.completed_at AS "completedAt"
        FROM evaluation_tokens t JOIN cases c ON c.id = t.case_id
        WHERE t.id > ${lastId} AND t.used_at IS NULL AND t.reminded_at IS NULL AND t.expires_at > ${now}
          AND c.status IN ('COMPLETED', 'FAILED') AND c.completed_at <= ${now}
          AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = t.case_id AND e.occasion = t.occasion)
        ORDER BY t.id LIMIT ${BATCH}`;
      if (!rows.length) break;
      lastId = rows[rows.length - 1].id;
      for (const r of rows) {
        run.checked++;
        if (workingDaysBetween(cal, shanghaiDate(r.completedAt), today) < this.config.EVALUATION_REMINDER_DAYS) continue;
        if (await this.remind(r, now)) run.reminded.push(r.caseId);
      }
    }
    return run;
  }

  private remind(r: Due, at: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.evaluationToken.updateMany({ where: { id: r.id, remindedAt: null, usedAt: null }, data: { remindedAt: at } });
      if (claimed.count === 0) return false;
      const row = await tx.evaluationToken.findUniqueOrThrow({ where: { id: r.id } });
      await this.notifier.send(tx, {
        kind: 'EVALUATION_REMINDER', caseId: r.caseId, caseNo: r.caseNo, recipientMasked: r.phoneMasked, recipientPhoneEnc: r.phoneEnc,
        text: `【红色代办】您委托代办的事项（案件号 ${r.caseNo}）已办理完毕，您尚未评价，欢迎对本次服务作出评价。`,
        link: await this.invitations.linkFor(tx, row), at,
      });
      return true;
    });
  }
}
