import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQuery } from '../../common/page-query.dto';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AGENT_CATEGORY_KEYS } from '../categories';

/** Filters shared by the list and the export. */
export class AgentFilterQuery {
  @ApiProperty({ required: false, description: '服务站 id' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'station 应为服务站 id' })
  @Min(1, { message: 'station 应为服务站 id' })
  @Max(2_147_483_647, { message: 'station 应为服务站 id' })
  station?: number;

  @ApiProperty({ required: false, example: '140522100', description: '区域代码（县、乡镇或村）；缺省为本人管辖范围' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region 应为 6-12 位区域代码' })
  region?: string;

  @ApiProperty({ required: false, enum: AGENT_CATEGORY_KEYS, description: 'DB1405 5.2.1 类别' })
  @IsOptional()
  @IsIn(AGENT_CATEGORY_KEYS, { message: 'category 不是有效的代办员类别' })
  category?: string;

  @ApiProperty({ required: false, description: '按姓名或业务专长查找' })
  @IsOptional()
  @IsString({ message: 'q 应为文本' })
  @MaxLength(32, { message: 'q 不超过 32 个字' })
  q?: string;
}

export class AgentListQuery extends IntersectionType(AgentFilterQuery, PageQuery) {}
