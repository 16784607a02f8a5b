import { ApiProperty } from '@nestjs/swagger';
import { CaseStatus } from '@prisma/client';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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
