import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { Errors } from '../common/app-error';
import type { Principal } from '../auth/principal';
import { Clock } from '../cases/clock';
import { rate } from '../evaluations/satisfaction';
import { PrismaService } from '../infra/prisma.service';
import type { RectificationStatsQuery } from './dto/rectification.dto';
import { RectificationErrors } from './rectifications.errors';
import { shanghaiMidnight } from './rectifications.service';

export const STATS_DEFINITIONS = {
  onTime: '整改按期完成率 = 按期办结数 ÷ 应办结数；应办结数 = 已整改办结数 + 逾期未办结数（未到期的在办任务不计入）；按期办结指办结日期不晚于整改期限',
  appeal: '申诉成立而办结的任务不需整改，不计入按期完成率',
  interval: '区间为 Wilson 95% 置信区间；应办结数少于 10 时显示“样本不足”',
} as const;

interface Counts { opened: bigint; closed: bigint; appeal_upheld: bigint; closed_on_time: bigint; overdue_open: bigint; open: bigint }

/**
 * DB1405 8.2.2 (督促、跟踪、复查) in figures, for a region and a period of opening dates: how many
 * rectifications were opened and closed, how many closed on time (the local date of closed_at not
 * after the due date), how many are open past their due date, and the on-time rate with its
 * Wilson interval (the satisfaction statistics' definitions, small samples suppressed).
 */
@Injectable()
export class RectificationStatsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async stats(user: Principal, q: RectificationStatsQuery) {
    let path = user.scopePath;
    let region: { code: string; name: string };
    if (q.region) {
      const r = await this.prisma.region.findFirst({ where: { code: q.region, path: { startsWith: user.scopePath } }, select: { code: true, name: true, path: true } });
      if (!r) throw Errors.regionNotFound();
      path = r.path;
      region = { code: r.code, name: r.name };
    } else {
      const r = await this.prisma.region.findUniqueOrThrow({ where: { code: user.regionCode }, select: { code: true, name: true } });
      region = r;
    }
    if (q.from && q.to && q.from > q.to) throw RectificationErrors.invalidPeriod('开始日期不能晚于结束日期');
    const today = this.clock.today();
    const from = q.from ? Prisma.sql`AND r.created_at >= ${shanghaiMidnight(q.from)}` : Prisma.empty;
    const to = q.to ? Prisma.sql`AND r.created_at < ${new Date(shanghaiMidnight(q.to).getTime() + 86_400_000)}` : Prisma.empty;
    // The outcome of a closed task lives in the event that closed it (APPEAL_UPHELD or RECHECK_PASSED).
    const [c] = await this.prisma.$queryRaw<Counts[]>`
      WITH t AS (
        SELECT r.status, r.due_date, r.closed_at,
               EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = r.id AND e.type = 'APPEAL_UPHELD') AS upheld
        FROM rectifications r
        JOIN stations s ON s.id = r.station_id
        JOIN regions g ON g.code = s.region_code
        WHERE g.path LIKE ${`${path}%`} ${from} ${to}
      )
      SELECT count(*) AS opened,
             count(*) FILTER (WHERE status = 'CLOSED') AS closed,
             count(*) FILTER (WHERE status = 'CLOSED' AND upheld) AS appeal_upheld,
             count(*) FILTER (WHERE status = 'CLOSED' AND NOT upheld AND (closed_at AT TIME ZONE 'Asia/Shanghai')::date <= due_date) AS closed_on_time,
             count(*) FILTER (WHERE status <> 'CLOSED' AND due_date < ${today}::date) AS overdue_open,
             count(*) FILTER (WHERE status <> 'CLOSED') AS open
      FROM t`;
    const n = (v: bigint) => Number(v);
    const rectifiedClosed = n(c.closed) - n(c.appeal_upheld);
    const due = rectifiedClosed + n(c.overdue_open);
    return {
      region, from: q.from ?? null, to: q.to ?? null, today,
      opened: n(c.opened),
      closed: n(c.closed),
      appealUpheld: n(c.appeal_upheld),
      closedOnTime: n(c.closed_on_time),
      closedLate: rectifiedClosed - n(c.closed_on_time),
      open: n(c.open),
      overdueOpen: n(c.overdue_open),
      onTimeRate: rate(n(c.closed_on_time), due),
      definitions: STATS_DEFINITIONS,
    };
  }
}
