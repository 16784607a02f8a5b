import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../cases/dto/validators';
import { PageQuery } from '../../common/page-query.dto';
import { APPEAL_REASONS, RECTIFICATION_ACTIONS, RECTIFICATION_STATUSES } from '../rectification-state';

const MAX_ID = 2_147_483_647;
export const SOURCES = ['EVALUATION', 'SURVEY'] as const;
const APPEAL_REASON_KEYS = Object.keys(APPEAL_REASONS);

export class RectificationListQuery extends PageQuery {
  @ApiProperty({ required: false, enum: RECTIFICATION_STATUSES })
  @IsOptional() @IsIn(RECTIFICATION_STATUSES, { message: `status 应为 ${RECTIFICATION_STATUSES.join('、')} 之一` })
  status?: string;

  @ApiProperty({ required: false, enum: SOURCES, description: '来源：差评（EVALUATION）或回访发现（SURVEY）' })
  @IsOptional() @IsIn(SOURCES, { message: 'source 应为 EVALUATION 或 SURVEY' })
  source?: string;

  @ApiProperty({ required: false, description: 'true：已过整改期限仍未办结；false：未逾期' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean({ message: 'overdue 应为 true 或 false' })
  overdue?: boolean;

  @ApiProperty({ required: false }) @IsOptional() @Type(() => Number) @IsInt({ message: 'station 应为整数' }) @Max(MAX_ID)
  station?: number;

  @ApiProperty({ required: false, example: '2026-11-01', description: '生成日期起（含）' })
  @IsOptional() @IsIsoDate({ message: 'from 应为 YYYY-MM-DD 日期' })
  from?: string;

  @ApiProperty({ required: false, example: '2026-11-30', description: '生成日期止（含）' })
  @IsOptional() @IsIsoDate({ message: 'to 应为 YYYY-MM-DD 日期' })
  to?: string;
}

export class RectificationStatsQuery {
  @ApiProperty({ required: false, example: '140522', description: '区域代码（缺省为本人管辖范围）' })
  @IsOptional() @Matches(/^\d{6,12}$/, { message: 'region 应为 6-12 位区域代码' })
  region?: string;

  @ApiProperty({ required: false, example: '2026-01-01', description: '生成日期起（含）' })
  @IsOptional() @IsIsoDate({ message: 'from 应为 YYYY-MM-DD 日期' })
  from?: string;

  @ApiProperty({ required: false, example: '2026-12-31', description: '生成日期止（含）' })
  @IsOptional() @IsIsoDate({ message: 'to 应为 YYYY-MM-DD 日期' })
  to?: string;
}

/**
 * One step of a rectification (DB1405 8.2). `version` is the version the client saw (optimistic
 * lock): another change in between answers 409 RECTIFICATION.VERSION_CONFLICT, nothing written.
 */
export class RectificationActionDto {
  @ApiProperty({ enum: RECTIFICATION_ACTIONS, description: '核实 VERIFY、整改 RECTIFY、反馈 FEEDBACK、申诉 APPEAL（服务站）；复查 RECHECK_PASS / RECHECK_FAIL、申诉裁定 UPHOLD_APPEAL / REJECT_APPEAL（上级）' })
  @IsIn(RECTIFICATION_ACTIONS, { message: `action 应为 ${RECTIFICATION_ACTIONS.join('、')} 之一` })
  action!: string;

  @ApiProperty({ example: 1, description: '所见的整改任务版本号（乐观锁）' })
  @IsInt({ message: 'version 应为整数' }) @Min(0, { message: 'version 应为非负整数' }) @Max(MAX_ID)
  version!: number;

  @ApiProperty({ required: false, example: '已电话联系群众核实情况', description: '核实情况 / 反馈情况 / 复查意见 / 申诉理由 / 裁定意见' })
  @IsOptional() @IsString({ message: 'note 应为文本' }) @MaxLength(1000, { message: '说明不超过 1000 字' })
  note?: string;

  @ApiProperty({ required: false, example: '对代办员进行服务规范培训，调整接待流程', description: '整改措施（RECTIFY）' })
  @IsOptional() @IsString({ message: 'measures 应为文本' }) @MaxLength(2000, { message: '整改措施不超过 2000 字' })
  measures?: string;

  @ApiProperty({ required: false, enum: APPEAL_REASON_KEYS, description: '申诉理由：误评 MISTAKEN / 恶意评价 MALICIOUS（APPEAL）' })
  @IsOptional() @IsIn(APPEAL_REASON_KEYS, { message: 'reason 应为 MISTAKEN（误评）或 MALICIOUS（恶意评价）' })
  reason?: string;
}
