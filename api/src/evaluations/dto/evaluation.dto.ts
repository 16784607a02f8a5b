import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../cases/dto/validators';
import { PageQuery } from '../../common/page-query.dto';
import { CHANNELS, LEVELS, MODERATION } from '../evaluation-codes';

const dimension = (name: string) => ({ required: false, minimum: 1, maximum: 5, description: `${name}评分 1-5（可不填）` });

/** What a citizen rates (DB1405 8.1.1): the five 好差评 levels, three optional dimensions, 办成了吗, a comment. */
export class RatingDto {
  @ApiProperty({ enum: LEVELS, description: '非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意' })
  @IsIn(LEVELS, { message: '请选择评价等级' })
  level!: string;

  @ApiProperty(dimension('办事效率'))
  @IsOptional() @IsInt({ message: '效率评分应为 1-5 的整数' }) @Min(1, { message: '效率评分应为 1-5 的整数' }) @Max(5, { message: '效率评分应为 1-5 的整数' })
  efficiency?: number;

  @ApiProperty(dimension('服务态度'))
  @IsOptional() @IsInt({ message: '态度评分应为 1-5 的整数' }) @Min(1, { message: '态度评分应为 1-5 的整数' }) @Max(5, { message: '态度评分应为 1-5 的整数' })
  attitude?: number;

  @ApiProperty(dimension('业务水平'))
  @IsOptional() @IsInt({ message: '专业评分应为 1-5 的整数' }) @Min(1, { message: '专业评分应为 1-5 的整数' }) @Max(5, { message: '专业评分应为 1-5 的整数' })
  professionalism?: number;

  @ApiProperty({ required: false, nullable: true, type: Boolean, description: '办成了吗（不填表示未回答）' })
  @IsOptional() @IsBoolean({ message: 'done 应为 true 或 false' })
  done?: boolean | null;

  @ApiProperty({ required: false, maxLength: 500, description: '留言（公开前脱敏并经审核）' })
  @IsOptional() @IsString({ message: '留言应为文本' }) @MaxLength(500, { message: '留言不超过 500 字' })
  comment?: string;
}

/** Staff entry of a device, paper-form or comment-box evaluation. */
export class StaffEvaluationDto extends RatingDto {
  @ApiProperty({ enum: CHANNELS, description: 'DEVICE 评价器 / PAPER 纸质评价表 / COMMENT_BOX 意见箱（ONLINE 只能由群众通过链接提交）' })
  @IsIn(CHANNELS, { message: 'channel 应为 DEVICE、PAPER 或 COMMENT_BOX' })
  channel!: string;
}

export class ModerationDto {
  @ApiProperty({ enum: ['APPROVED', 'REJECTED'] })
  @IsIn(['APPROVED', 'REJECTED'], { message: 'decision 应为 APPROVED 或 REJECTED' })
  decision!: 'APPROVED' | 'REJECTED';

  @ApiProperty({ required: false, maxLength: 500, description: '审核人修改后的公开文本（仍会再次脱敏）' })
  @IsOptional() @IsString({ message: '公开文本应为文本' }) @MaxLength(500, { message: '公开文本不超过 500 字' })
  redacted?: string;
}

export class EvaluationListQuery extends PageQuery {
  @ApiProperty({ required: false, enum: LEVELS }) @IsOptional() @IsIn(LEVELS, { message: 'level 不正确' }) level?: string;
  @ApiProperty({ required: false, enum: CHANNELS }) @IsOptional() @IsIn(CHANNELS, { message: 'channel 不正确' }) channel?: string;
  @ApiProperty({ required: false, enum: MODERATION }) @IsOptional() @IsIn(MODERATION, { message: 'moderation 不正确' }) moderation?: string;
  @ApiProperty({ required: false, example: '2026-10-01', description: '评价日期起（含）' }) @IsOptional() @IsIsoDate({ message: 'from 应为 YYYY-MM-DD' }) from?: string;
  @ApiProperty({ required: false, example: '2026-10-31', description: '评价日期止（含）' }) @IsOptional() @IsIsoDate({ message: 'to 应为 YYYY-MM-DD' }) to?: string;
  @ApiProperty({ required: false, description: '服务站' }) @IsOptional() @Type(() => Number) @IsInt({ message: 'station 应为整数' }) @Min(1) @Max(2_147_483_647) station?: number;
}
