import { ApiProperty, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { NAME_MAX, PHONE_MESSAGE, PHONE_RULE, SKILL_MAX_LENGTH, SKILLS_MAX } from '../agent-rules';
import { AGENT_CATEGORY_KEYS, CATEGORY_CHOICES_MESSAGE } from '../categories';

export class CreateAgentDto {
  @ApiProperty({ description: '所在服务站 id' })
  @IsInt({ message: 'stationId 应为服务站 id' })
  @Min(1, { message: 'stationId 应为服务站 id' })
  @Max(2_147_483_647, { message: 'stationId 应为服务站 id' })
  stationId!: number;

  @ApiProperty({ example: '张建国' })
  @IsString({ message: '姓名应为文本' })
  @Length(2, NAME_MAX, { message: `姓名应为 2-${NAME_MAX} 个字` })
  @Matches(/^[^\d*]+$/u, { message: '姓名不能包含数字或 *（请填写完整姓名）' })
  name!: string;

  @ApiProperty({ enum: AGENT_CATEGORY_KEYS, description: 'DB1405 5.2.1' })
  @IsIn(AGENT_CATEGORY_KEYS, { message: CATEGORY_CHOICES_MESSAGE })
  category!: string;

  @ApiProperty({ example: '13812341234' })
  @Matches(PHONE_RULE, { message: PHONE_MESSAGE })
  phone!: string;

  @ApiProperty({ required: false, type: [String], example: ['社保', '医保'], description: '业务专长（DB1405 5.2.2）' })
  @IsOptional()
  @IsArray({ message: 'skills 应为数组' })
  @ArrayMaxSize(SKILLS_MAX, { message: `业务专长最多 ${SKILLS_MAX} 项` })
  @IsString({ each: true, message: '业务专长应为文本' })
  @MaxLength(SKILL_MAX_LENGTH, { each: true, message: `每项业务专长不超过 ${SKILL_MAX_LENGTH} 个字` })
  skills?: string[];

  @ApiProperty({ required: false, default: true, description: '是否在岗' })
  @IsOptional()
  @IsBoolean({ message: 'active 应为 true 或 false' })
  active?: boolean;
}

export class UpdateAgentDto extends PartialType(CreateAgentDto) {}

/** DB1405 5.2.4: one training attended. */
export class CreateTrainingDto {
  @ApiProperty({ example: '政务服务事项代办业务培训' })
  @IsString({ message: '培训课程应为文本' })
  @Length(1, 100, { message: '培训课程应为 1-100 个字' })
  course!: string;

  @ApiProperty({ required: false, example: '阳城县行政审批服务管理局' })
  @IsOptional()
  @IsString({ message: '培训单位应为文本' })
  @MaxLength(100, { message: '培训单位不超过 100 个字' })
  provider?: string;

  @ApiProperty({ example: '2026-03-18', description: '培训日期 YYYY-MM-DD，不晚于今天' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '培训日期应为 YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: 4, description: '学时，0.5-100，保留一位小数' })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: '学时应为数值（最多一位小数）' })
  @Min(0.5, { message: '学时应为 0.5-100' })
  @Max(100, { message: '学时应为 0.5-100' })
  hours!: number;
}
