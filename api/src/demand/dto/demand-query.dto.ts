import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ItemContentDto } from '../../catalogue/dto/item.dto';

const REGION = /^\d{6,12}$/;
const REGION_MESSAGE = 'region 应为 6-12 位区域代码';

/** Period (months, inclusive) and region; the period is checked by the service (INDICATOR.INVALID_PERIOD). */
export class DemandPeriodQuery {
  @ApiProperty({ example: '2026-01', description: '开始月份 YYYY-MM' })
  @IsString({ message: 'from 应为 YYYY-MM 格式的月份' })
  from!: string;

  @ApiProperty({ example: '2026-06', description: '结束月份 YYYY-MM（含）' })
  @IsString({ message: 'to 应为 YYYY-MM 格式的月份' })
  to!: string;

  @ApiProperty({ required: false, example: '140522', description: '区域代码；缺省为本人管辖范围' })
  @IsOptional()
  @Matches(REGION, { message: REGION_MESSAGE })
  region?: string;
}

export class DemandTopQuery extends DemandPeriodQuery {
  @ApiProperty({ required: false, default: 20, minimum: 1, maximum: 100, description: '返回前 N 个事项' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 应为 1-100 的整数' })
  @Min(1, { message: 'limit 应为 1-100 的整数' })
  @Max(100, { message: 'limit 应为 1-100 的整数' })
  limit?: number;
}

export class DemandIdleQuery {
  @ApiProperty({ required: false, example: '2026-11-15', description: '截至日期 YYYY-MM-DD（缺省为今天）；统计此前 12 个月' })
  @IsOptional()
  @IsString({ message: 'asOf 应为 YYYY-MM-DD 格式的日期' })
  asOf?: string;

  @ApiProperty({ required: false, example: '140522', description: '区域代码；缺省为本人管辖范围' })
  @IsOptional()
  @Matches(REGION, { message: REGION_MESSAGE })
  region?: string;
}

export const SUGGESTION_TYPES = ['ADD', 'MOVE_NEARER', 'RETIRE'] as const;

export class DemandProposalDto extends DemandPeriodQuery {
  @ApiProperty({ enum: SUGGESTION_TYPES, description: 'ADD 新增事项、MOVE_NEARER 下放办理层级、RETIRE 停用事项' })
  @IsIn(SUGGESTION_TYPES, { message: 'type 应为 ADD、MOVE_NEARER 或 RETIRE' })
  type!: 'ADD' | 'MOVE_NEARER' | 'RETIRE';

  @ApiProperty({ required: false, description: '事项（MOVE_NEARER、RETIRE）' })
  @IsOptional()
  @IsInt({ message: 'itemId 应为正整数' })
  @Min(1, { message: 'itemId 应为正整数' })
  @Max(2_147_483_647, { message: 'itemId 超出范围' })
  itemId?: number;

  @ApiProperty({ required: false, description: '清单外需求的文字（ADD），任一表述均可' })
  @IsOptional()
  @IsString({ message: 'topic 应为文本' })
  @Length(1, 200, { message: 'topic 长度应为 1-200 个字符' })
  topic?: string;

  @ApiProperty({ required: false, description: '补充理由（附在统计依据之后）' })
  @IsOptional()
  @IsString({ message: 'reason 应为文本' })
  @Length(0, 300, { message: '补充理由不能超过 300 个字符' })
  reason?: string;

  // Checked completely by the catalogue (content.ts) like any proposal; absent → a draft from the topic.
  @ApiProperty({ required: false, type: ItemContentDto, description: '新增事项的完整内容（仅 ADD；缺省按需求文字生成草稿）' })
  @IsOptional()
  @IsObject({ message: 'content 应为对象' })
  content?: Record<string, unknown>;
}
