import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PHONE } from '../../cases/dto/validators';
import { PageQuery } from '../../common/page-query.dto';

export const SUGGESTION_STATUSES = ['OPEN', 'ANSWERED'] as const;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** DB1405 8.2.3: an opinion or suggestion from anyone, without login. */
export class SubmitSuggestionDto {
  @ApiProperty({ example: '建议服务站周六上午也安排代办员值班，方便外出务工人员办事', minLength: 5, maxLength: 1000 })
  @Transform(trim) @IsString({ message: '意见建议应为文本' }) @Length(5, 1000, { message: '意见建议应为 5-1000 个字' })
  content!: string;

  @ApiProperty({ required: false, example: '140522100', description: '涉及的县、乡镇或村（区域代码）' })
  @IsOptional() @Matches(/^\d{6,12}$/, { message: 'regionCode 应为 6-12 位区域代码' })
  regionCode?: string;

  @ApiProperty({ required: false, example: '13912345678', description: '联系电话（选填）：加密保存，不会公开显示' })
  @IsOptional() @Transform(trim) @Matches(PHONE, { message: '联系电话格式不正确' })
  contact?: string;
}

export class AnswerSuggestionDto {
  @ApiProperty({ example: '已协调各服务站自下月起周六上午轮流值班' })
  @Transform(trim) @IsString({ message: '答复应为文本' }) @IsNotEmpty({ message: '请填写答复' }) @MaxLength(2000, { message: '答复不超过 2000 字' })
  answer!: string;
}

export class SuggestionListQuery extends PageQuery {
  @ApiProperty({ required: false, enum: SUGGESTION_STATUSES })
  @IsOptional() @IsIn(SUGGESTION_STATUSES, { message: 'status 应为 OPEN 或 ANSWERED' })
  status?: string;
}
