import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

export const CalendarErrors = {
  invalidDate: (v: string) => new AppError(HttpStatus.BAD_REQUEST, 'CALENDAR.INVALID_DATE', `日期无效：${v}（格式应为 YYYY-MM-DD）`),
  invalidRange: (m: string) => new AppError(HttpStatus.BAD_REQUEST, 'CALENDAR.INVALID_RANGE', m),
  notCovered: (coveredUntil: string) =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'CALENDAR.NOT_COVERED', `工作日历仅覆盖至 ${coveredUntil}，所求日期超出范围，请管理员先维护下一年度的节假日安排`, { coveredUntil }),
  dayNotFound: (d: string) => new AppError(HttpStatus.NOT_FOUND, 'CALENDAR.DAY_NOT_FOUND', `${d} 不在工作日历内，请先添加该年度`),
  yearNotNext: (next: number) => new AppError(HttpStatus.CONFLICT, 'CALENDAR.YEAR_NOT_NEXT', `只能添加紧接现有日历的下一年度（${next} 年）`),
};
