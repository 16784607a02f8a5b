import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../../common/page-query.dto';

const REGION = /^\d{6,12}$/;

/** Period and region of the public statistics (DB1405 8.1.3: per month and quarter, by county and township). */
export class PublicStatsQuery {
  @ApiProperty({ required: false, enum: ['month', 'quarter'], default: 'month', description: '统计周期：按月或按季度' })
  @IsOptional()
  @IsIn(['month', 'quarter'], { message: 'period 应为 month 或 quarter' })
  period?: 'month' | 'quarter';

  @ApiProperty({ required: false, example: '2026-01', description: '起始：月份 YYYY-MM；按季度时也可写 YYYY-Qn。缺省为最近 12 个月（4 个季度）' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, { message: 'from 应为 YYYY-MM 或 YYYY-Qn' })
  from?: string;

  @ApiProperty({ required: false, example: '2026-10', description: '截止（含）：月份 YYYY-MM 或季度 YYYY-Qn；缺省为本月（本季度）' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, { message: 'to 应为 YYYY-MM 或 YYYY-Qn' })
  to?: string;

  @ApiProperty({ required: false, example: '140522', description: '市、县（市、区）或乡镇（街道）代码；缺省为全市' })
  @IsOptional()
  @Matches(REGION, { message: 'region 应为 6-12 位区域代码' })
  region?: string;
}

export class PublicCatalogueQuery {
  @ApiProperty({ required: false, example: '养老', description: '按事项名称、类别或办理部门搜索' })
  @IsOptional()
  @IsString({ message: 'q 应为文本' })
  @Length(1, 50, { message: 'q 长度应为 1-50 个字符' })
  q?: string;

  @ApiProperty({ required: false, enum: ['VILLAGE', 'TOWNSHIP', 'COUNTY'], description: '办理层级' })
  @IsOptional()
  @IsIn(['VILLAGE', 'TOWNSHIP', 'COUNTY'], { message: 'level 应为 VILLAGE、TOWNSHIP 或 COUNTY' })
  level?: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
}

class StationFilter {
  @ApiProperty({ required: false, example: '140522', description: '县（市、区）、乡镇（街道）或村（社区）代码' })
  @IsOptional()
  @Matches(REGION, { message: 'region 应为 6-12 位区域代码' })
  region?: string;

  @ApiProperty({ required: false, example: '凤城', description: '按服务站名称或地址搜索' })
  @IsOptional()
  @IsString({ message: 'q 应为文本' })
  @Length(1, 50, { message: 'q 长度应为 1-50 个字符' })
  q?: string;
}

export class PublicStationQuery extends IntersectionType(StationFilter, PageQuery) {}
