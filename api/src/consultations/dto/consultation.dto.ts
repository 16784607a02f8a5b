import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PHONE } from '../../cases/dto/validators';

export const CHANNELS = ['PHONE', 'VISIT'] as const;
export const STATUSES = ['OPEN', 'ANSWERED', 'CONVERTED'] as const;

export class ConsultationCitizenDto {
  @ApiProperty({ example: '李四' })
  @IsString({ message: '姓名应为文本' }) @IsNotEmpty({ message: '请填写咨询人姓名' }) @MaxLength(32, { message: '姓名不超过 32 个字' })
  name!: string;

  @ApiProperty({ example: '13912345678', description: '联系方式（DB1405 6.1.4）；加密存储，列表中脱敏' })
  @Matches(PHONE, { message: '联系电话格式不正确' })
  phone!: string;
}

/** DB1405 6.1: a call or visit, registered with name, contact, content and (when given at once) the answer. */
export class CreateConsultationDto {
  @ApiProperty({ enum: CHANNELS, description: '来电 / 来访' })
  @IsIn(CHANNELS, { message: 'channel 应为 PHONE 或 VISIT' })
  channel!: string;

  @ApiProperty({ type: ConsultationCitizenDto })
  @IsObject({ message: 'citizen 应为对象' }) @ValidateNested() @Type(() => ConsultationCitizenDto)
  citizen!: ConsultationCitizenDto;

  @ApiProperty({ required: false, example: 12, description: '咨询的清单事项（清单外的事项只填 topic）' })
  @IsOptional() @IsInt({ message: 'itemId 应为正整数' }) @Min(1, { message: 'itemId 应为正整数' }) @Max(2_147_483_647)
  itemId?: number;

  @ApiProperty({ example: '高龄补贴怎么申请' })
  @IsString({ message: '主题应为文本' }) @IsNotEmpty({ message: '请填写咨询主题' }) @MaxLength(200, { message: '主题不超过 200 个字' })
  topic!: string;

  @ApiProperty({ example: '老人今年满 80 岁，想了解需要哪些材料' })
  @IsString({ message: '咨询内容应为文本' }) @IsNotEmpty({ message: '请填写咨询内容' }) @MaxLength(2000, { message: '咨询内容不超过 2000 字' })
  content!: string;

  @ApiProperty({ required: false, description: '能直接解答时的答复（DB1405 6.1.2）；缺省则为待答复，限期答复（6.1.3）' })
  @IsOptional() @IsString({ message: '答复应为文本' }) @MaxLength(2000, { message: '答复不超过 2000 字' })
  answer?: string;
}

export class AnswerDto {
  @ApiProperty({ example: '已向县民政局确认：需身份证、户口簿' })
  @IsString({ message: '答复应为文本' }) @IsNotEmpty({ message: '请填写答复' }) @MaxLength(2000, { message: '答复不超过 2000 字' })
  answer!: string;
}

export class ConsultationListQuery {
  @ApiProperty({ required: false, enum: STATUSES }) @IsOptional() @IsIn(STATUSES, { message: 'status 应为 OPEN、ANSWERED 或 CONVERTED' }) status?: string;
  @ApiProperty({ required: false }) @IsOptional() @Type(() => Number) @IsInt({ message: 'station 应为整数' }) @Max(2_147_483_647) station?: number;
  @ApiProperty({ required: false, default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @ApiProperty({ required: false, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize = 20;
}
