import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { IndicatorQueryDto } from './indicator-query.dto';
import { IndicatorQueryService } from './indicator-query.service';
import { IndicatorsService } from './indicators.service';

class OnTimeRateQuery {
  @ApiProperty({ example: '2025-12', description: '开始月份 YYYY-MM' })
  @IsString()
  from!: string;

  @ApiProperty({ example: '2026-11', description: '结束月份 YYYY-MM（含）' })
  @IsString()
  to!: string;

  @ApiProperty({ required: false, example: '140522', description: '区域代码；缺省为本人管辖范围' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region 应为 6-12 位区域代码' })
  region?: string;
}

class IndicatorDefDto {
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() formula!: string;
}
class RegionRefDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
}
class OnTimeRowDto {
  @ApiProperty({ example: '2026-01' }) period!: string;
  @ApiProperty() completed!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty({ nullable: true, type: Number, description: '0-1 的比例；无办结件时为 null' }) rate!: number | null;
}
class OnTimeTotalDto {
  @ApiProperty() completed!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty({ nullable: true, type: Number }) rate!: number | null;
}
class OnTimeRateDto {
  @ApiProperty({ type: IndicatorDefDto }) indicator!: IndicatorDefDto;
  @ApiProperty({ type: RegionRefDto }) region!: RegionRefDto;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [OnTimeRowDto] }) rows!: OnTimeRowDto[];
  @ApiProperty({ type: OnTimeTotalDto }) total!: OnTimeTotalDto;
}

@ApiTags('指标')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService, private readonly engine: IndicatorQueryService) {}

  /** Every indicator with its Chinese name, formula, unit and dimensions (declared once, registry.ts). */
  @Get()
  @RequirePermission('indicator:read')
  @ApiOkResponse({ description: '指标清单：键、名称、公式、单位、可用维度' })
  list() {
    return { indicators: this.engine.list() };
  }

  /** DB1405 4.3 / 7.2.1 e): monthly on-time completion rate, from ClickHouse, within the caller's scope. */
  @Get('on-time-rate')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ type: OnTimeRateDto })
  onTimeRate(@CurrentUser() user: Principal, @Query() q: OnTimeRateQuery): Promise<OnTimeRateDto> {
    return this.indicators.onTimeRate(user, q);
  }

  /** One indicator over a period, grouped by period and a dimension, within the caller's scope. */
  @Get(':key')
  @RequirePermission('indicator:read')
  @ApiOkResponse({ description: '指标定义与各行数值（比例附 Wilson 95% 区间；样本不足时为 null）' })
  query(@CurrentUser() user: Principal, @Param('key') key: string, @Query() q: IndicatorQueryDto) {
    return this.engine.query(user, key, q);
  }
}
