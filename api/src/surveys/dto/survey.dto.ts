import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/page-query.dto';
import { LEVELS } from '../../evaluations/evaluation-codes';
import { MONTH } from '../survey-month';

export const OUTCOMES = ['REACHED', 'NOT_REACHED', 'REFUSED'] as const;

export class CreateBatchDto {
  @ApiProperty({ example: '2026-10', description: '抽样月份（该月办结或确认未办成的案件）' })
  @Matches(MONTH, { message: 'month 应为 YYYY-MM' })
  month!: string;

  @ApiProperty({ required: false, minimum: 1, maximum: 1000, description: '每个乡镇抽取件数（缺省为 SURVEY_PER_TOWNSHIP）' })
  @IsOptional() @IsInt({ message: 'perTownship 应为 1-1000 的整数' }) @Min(1, { message: 'perTownship 应为 1-1000 的整数' }) @Max(1000, { message: 'perTownship 应为 1-1000 的整数' })
  perTownship?: number;

  @ApiProperty({ required: false, description: '随机种子（缺省随机生成并保存；用保存的种子可复现抽样）' })
  @IsOptional() @IsInt({ message: 'seed 应为非负整数' }) @Min(0, { message: 'seed 应为非负整数' }) @Max(2_147_483_647, { message: 'seed 过大' })
  seed?: number;
}

export class CallListQuery extends PageQuery {
  @ApiProperty({ required: false, enum: ['PENDING', ...OUTCOMES] })
  @IsOptional() @IsIn(['PENDING', ...OUTCOMES], { message: 'outcome 不正确' })
  outcome?: string;

  @ApiProperty({ required: false, description: '乡镇代码' })
  @IsOptional() @Matches(/^\d{6,12}$/, { message: 'township 应为区划代码' })
  township?: string;
}

export class RecordCallDto {
  @ApiProperty({ enum: OUTCOMES, description: 'REACHED 回访成功 / NOT_REACHED 未接通 / REFUSED 拒访' })
  @IsIn(OUTCOMES, { message: 'outcome 应为 REACHED、NOT_REACHED 或 REFUSED' })
  outcome!: string;

  @ApiProperty({ required: false, enum: LEVELS, description: '群众满意程度（仅回访成功时）' })
  @IsOptional() @IsIn(LEVELS, { message: 'level 不正确' })
  level?: string;

  @ApiProperty({ required: false, maxLength: 500 })
  @IsOptional() @IsString({ message: '回访记录应为文本' }) @MaxLength(500, { message: '回访记录不超过 500 字' })
  comment?: string;

  @ApiProperty({ required: false, maxLength: 500, description: '回访发现的问题（将自动生成整改任务，DB1405 8.2）' })
  @IsOptional() @IsString({ message: '发现的问题应为文本' }) @MaxLength(500, { message: '发现的问题不超过 500 字' })
  finding?: string;
}

export class StatsQuery {
  @ApiProperty({ example: '2026-10' })
  @Matches(MONTH, { message: 'month 应为 YYYY-MM' })
  month!: string;

  @ApiProperty({ required: false, description: '区域代码（缺省为本人管辖范围）' })
  @IsOptional() @Matches(/^\d{6,12}$/, { message: 'region 应为区划代码' })
  region?: string;
}
