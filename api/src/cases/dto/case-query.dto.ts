import { ApiProperty } from '@nestjs/swagger';
import { CaseStatus } from '@prisma/client';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_DATE_FIELDS } from '../case-list-sql';
import { IsIsoDate } from './validators';

export const ALERT_LEVELS = ['NONE', 'WARN_50', 'WARN_80', 'OVERDUE', 'FLAGGED'] as const;

export class CaseListQueryDto {
  @ApiProperty({ required: false, enum: CaseStatus }) @IsOptional() @IsEnum(CaseStatus, { message: '案件状态无效' }) status?: CaseStatus;
  @ApiProperty({ required: false }) @IsOptional() @Type(() => Number) @IsInt({ message: 'station 应为整数' }) @Max(2_147_483_647) station?: number;
  @ApiProperty({ required: false }) @IsOptional() @Matches(/^[A-Z0-9-]{4,24}$/, { message: '案件编号格式不正确' }) caseNo?: string;
  @ApiProperty({ required: false, description: 'true：办理中的案件（工作台待办）；false：已办结或未办成' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean({ message: 'open 应为 true 或 false' })
  open?: boolean;
  @ApiProperty({ required: false, enum: ALERT_LEVELS, description: '时限预警级别（DB1405 7.2.1 e）' })
  @IsOptional() @IsIn(ALERT_LEVELS, { message: 'alert 应为 NONE、WARN_50、WARN_80、OVERDUE 或 FLAGGED' })
  alert?: string;
  // Drill-through from a dashboard number to the cases behind it (DB1405 7.2.1 e), 8); always within the scope.
  @ApiProperty({ required: false, example: '140522', description: '区域代码（任一层级）；不在管辖范围内时结果为空' })
  @IsOptional() @Matches(/^\d{6,12}$/, { message: 'region 应为 6-12 位区域代码' })
  region?: string;
  @ApiProperty({ required: false, description: '事项 ID' }) @IsOptional() @Type(() => Number) @IsInt({ message: 'item 应为整数' }) @Min(1) @Max(2_147_483_647) item?: number;
  @ApiProperty({ required: false, description: '代办员 ID' }) @IsOptional() @Type(() => Number) @IsInt({ message: 'agent 应为整数' }) @Min(1) @Max(2_147_483_647) agent?: number;
  @ApiProperty({ required: false, enum: CASE_DATE_FIELDS, description: 'from/to 所限定的日期：登记 created、受理 accepted、办结 completed、承诺办结 due' })
  @IsOptional() @IsIn(CASE_DATE_FIELDS, { message: 'dateField 应为 created、accepted、completed 或 due' })
  dateField?: 'created' | 'accepted' | 'completed' | 'due';
  @ApiProperty({ required: false, example: '2026-01-01', description: '起始日期（含，本地日期）；须同时给出 dateField' })
  @IsOptional() @IsIsoDate({ message: 'from 应为 YYYY-MM-DD 日期' })
  from?: string;
  @ApiProperty({ required: false, example: '2026-01-31', description: '截止日期（含，本地日期）；须同时给出 dateField' })
  @IsOptional() @IsIsoDate({ message: 'to 应为 YYYY-MM-DD 日期' })
  to?: string;
  @ApiProperty({ required: false, description: 'true：超期（办结晚于承诺办结日期，或未办结且已过承诺办结日期）；false：有承诺办结日期且未超期' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean({ message: 'overdue 应为 true 或 false' })
  overdue?: boolean;
  @ApiProperty({ required: false, default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @ApiProperty({ required: false, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize = 20;
}

export class UploadQueryDto {
  @ApiProperty({ example: '居民身份证', description: '材料名称（对应材料清单）' })
  @IsString({ message: 'materialName 应为文本' }) @IsNotEmpty({ message: '请填写材料名称' }) @MaxLength(100, { message: '材料名称不超过 100 个字' })
  materialName!: string;

  @ApiProperty({ required: false, example: '身份证正反面.pdf', description: '原文件名；后缀须与文件内容一致' })
  @IsOptional() @IsString() @MaxLength(200, { message: '文件名不超过 200 个字符' })
  fileName?: string;
}
