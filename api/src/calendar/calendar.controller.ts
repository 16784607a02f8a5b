import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { CalendarService } from './calendar.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

class AddWorkingDaysQuery {
  @ApiProperty({ example: '2026-09-30' }) @Matches(DAY, { message: 'from 应为 YYYY-MM-DD' }) from!: string;
  @ApiProperty({ example: 5 }) @Type(() => Number) @IsInt({ message: 'days 应为整数' }) @Min(0) @Max(3650) days!: number;
}

class DaysQuery {
  @ApiProperty({ example: '2026-10-01' }) @Matches(DAY, { message: 'from 应为 YYYY-MM-DD' }) from!: string;
  @ApiProperty({ example: '2026-10-31' }) @Matches(DAY, { message: 'to 应为 YYYY-MM-DD' }) to!: string;
}

class SetDayDto {
  @ApiProperty() @IsBoolean({ message: 'isWorkingDay 应为布尔值' }) isWorkingDay!: boolean;
  @ApiProperty({ required: false, nullable: true, type: String, example: '国庆节' }) @IsOptional() @IsString() @MaxLength(32) name?: string | null;
}

class AddWorkingDaysResult {
  @ApiProperty({ example: '2026-10-12' }) date!: string;
  @ApiProperty({ example: '2026-12-31' }) coveredUntil!: string;
}

@ApiTags('工作日历')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** DB1405 4.3: counting starts the day after `from` (次日起算); beyond the calendar → 422 CALENDAR.NOT_COVERED. */
  @Get('add-working-days')
  @RequirePermission('calendar:read')
  @ApiOkResponse({ type: AddWorkingDaysResult })
  add(@Query() q: AddWorkingDaysQuery): Promise<AddWorkingDaysResult> {
    return this.calendar.addWorkingDays(q.from, q.days);
  }

  @Get('days')
  @RequirePermission('calendar:read')
  @ApiOkResponse({ description: '{ items: [{ date, isWorkingDay, name }], coveredUntil }' })
  days(@Query() q: DaysQuery) {
    return this.calendar.days(q.from, q.to);
  }

  @Put('days/:date')
  @RequirePermission('calendar:write')
  @Audited({ action: 'calendar.day.update', resourceType: 'calendar_day', idParam: 'date' })
  setDay(@CurrentUser() user: Principal, @Param('date') date: string, @Body() body: SetDayDto) {
    return this.calendar.setDay(user, date, body);
  }

  @Post('years/:year')
  @RequirePermission('calendar:write')
  @Audited({ action: 'calendar.year.add', resourceType: 'calendar_year', idParam: 'year' })
  addYear(@CurrentUser() user: Principal, @Param('year', ParseIntPipe) year: number) {
    return this.calendar.addYear(user, year);
  }
}
