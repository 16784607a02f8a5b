import { Inject, Injectable } from '@nestjs/common';
import type { Case } from '@prisma/client';
import { CalendarService } from '../calendar/calendar.service';
import type { WorkingCalendar } from '../calendar/working-days';
import type { Tx } from './case-writer';
import { pickLimitDays } from './case-detail-sql';
import { computeDue, shanghaiDate, type DueInfo } from './due-date';

/** Due dates of real cases: the item's limit as of the version the case was taken under, the calendar table, the pauses. */
@Injectable()
export class DueService {
  constructor(@Inject(CalendarService) private readonly calendars: CalendarService) {}

  calendar(): Promise<WorkingCalendar> {
    return this.calendars.calendar();
  }

  /**
   * The promised limit of the item version the case was commissioned under (a later catalogue
   * change does not move a running case's deadline); the item's current limit if that version
   * row is missing (data loaded before versions existed).
   */
  async limitDays(db: Tx, itemId: number, itemVersion: number): Promise<number> {
    const v = await db.catalogueItemVersion.findUnique({ where: { itemId_version: { itemId, version: itemVersion } }, select: { content: true } });
    const fromVersion = (v?.content as { timeLimitDays?: unknown } | null)?.timeLimitDays;
    const limit = pickLimitDays(fromVersion, 0);
    if (limit > 0) return limit;
    return (await db.catalogueItem.findUniqueOrThrow({ where: { id: itemId }, select: { timeLimitDays: true } })).timeLimitDays;
  }

  /** The due date to store in cases.due_date after a change (null: not accepted, or past the calendar). */
  async dueDate(db: Tx, c: Pick<Case, 'itemId' | 'itemVersion'>, acceptedAt: Date | null, pausedDays: number, extensionDays: number): Promise<string | null> {
    if (!acceptedAt) return null;
    const limitDays = await this.limitDays(db, c.itemId, c.itemVersion);
    return computeDue(await this.calendar(), { acceptedAt, limitDays, pausedWorkingDays: pausedDays, extensionDays }).dueDate;
  }

  /** The due date with its explanation, as GET /cases/{id} shows it. */
  async explain(db: Tx, c: Case): Promise<DueInfo> {
    const limitDays = await this.limitDays(db, c.itemId, c.itemVersion);
    const open = await db.casePause.findFirst({ where: { caseId: c.id, endedAt: null }, orderBy: { id: 'desc' } });
    return this.explainWith(c, limitDays, open);
  }

  /** As explain, from what the caller already read: the limit and the open pause (if any). */
  async explainWith(c: Pick<Case, 'acceptedAt' | 'pausedDays' | 'extensionDays'>, limitDays: number, open: { kind: string; startedAt: Date } | null): Promise<DueInfo> {
    return computeDue(await this.calendar(), {
      acceptedAt: c.acceptedAt, limitDays, pausedWorkingDays: c.pausedDays, extensionDays: c.extensionDays,
      openPause: open ? { kind: open.kind, since: shanghaiDate(open.startedAt) } : null,
    });
  }
}
