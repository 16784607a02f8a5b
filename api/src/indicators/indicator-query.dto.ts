import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';

export class IndicatorQueryDto {
  @ApiProperty({ example: '2026-01', description: '开始：YYYY-MM（整月）或 YYYY-MM-DD' })
  @IsString()
  from!: string;

  @ApiProperty({ example: '2026-06', description: '结束（含）：与开始同一格式' })
  @IsString()
  to!: string;

  @ApiProperty({ required: false, enum: ['day', 'week', 'month', 'quarter', 'year', 'total'], description: '统计周期，缺省 month' })
  @IsOptional()
  @IsIn(['day', 'week', 'month', 'quarter', 'year', 'total'], { message: 'grain 应为 day、week、month、quarter、year 或 total' })
  grain?: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'total';

  @ApiProperty({ required: false, enum: ['none', 'region', 'item', 'agent', 'channel', 'step'], description: '分组维度，缺省不分组' })
  @IsOptional()
  @IsIn(['none', 'region', 'item', 'agent', 'channel', 'step'], { message: 'groupBy 应为 none、region、item、agent、channel 或 step' })
  groupBy?: 'none' | 'region' | 'item' | 'agent' | 'channel' | 'step';

  @ApiProperty({ required: false, enum: ['county', 'township', 'station'], description: '按区域分组时的层级，缺省为所选区域的下一级' })
  @IsOptional()
  @IsIn(['county', 'township', 'station'], { message: 'regionLevel 应为 county、township 或 station' })
  regionLevel?: 'county' | 'township' | 'station';

  @ApiProperty({ required: false, example: '140522', description: '区域代码；缺省为本人管辖范围' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region 应为 6-12 位区域代码' })
  region?: string;

  @ApiProperty({ required: false, description: '只统计该事项' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'itemId 应为整数' })
  @Min(1)
  @Max(2_147_483_647)
  itemId?: number;

  @ApiProperty({ required: false, description: '只统计该代办员' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'agentId 应为整数' })
  @Min(1)
  @Max(2_147_483_647)
  agentId?: number;

  @ApiProperty({ required: false, description: '只统计该渠道（咨询、评价）' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,20}$/, { message: 'channel 应为渠道代码，如 ONLINE' })
  channel?: string;

  @ApiProperty({ required: false, description: '同时返回上一个等长统计期的合计及变化' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  compare?: boolean;
}
