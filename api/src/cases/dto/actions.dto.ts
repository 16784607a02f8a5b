import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { FAILURE_REASONS, keysOf, NOTIFY_CHANNELS } from '../case-codes';
import { IsIsoDate } from './validators';

const MAX_ID = 2_147_483_647;

/**
 * Optimistic concurrency: the version of the case the client saw (GET /cases/{id} → version).
 * Another change in between answers 409 CASE.VERSION_CONFLICT and nothing is written.
 */
export class VersionDto {
  @ApiProperty({ example: 3, description: '所见的案件版本号（乐观锁）；不一致 → 409 CASE.VERSION_CONFLICT' })
  @IsInt({ message: 'expectedVersion 应为整数' })
  expectedVersion!: number;
}

export class ProvideMaterialsDto extends VersionDto {
  @ApiProperty({
    type: [Number],
    description: '本次补交的材料：案件详情 materials[].id。没有材料清单的早期案件（如演示数据）传空数组，表示代办员确认材料已齐全',
  })
  @IsArray({ message: 'materialIds 应为数组' }) @ArrayMaxSize(50)
  @IsInt({ each: true, message: 'materialIds 应为整数数组' }) @Min(1, { each: true, message: 'materialIds 应为正整数' }) @Max(MAX_ID, { each: true })
  materialIds!: number[];
}

export class NoteDto extends VersionDto {
  @ApiProperty({ required: false, example: '已电话联系群众' })
  @IsOptional() @IsString({ message: '备注应为文本' }) @MaxLength(500, { message: '备注不超过 500 字' })
  note?: string;
}

export class ReasonDto extends VersionDto {
  @ApiProperty({ example: '户口簿复印件不清晰，需重新提供' })
  @IsString({ message: '原因应为文本' }) @IsNotEmpty({ message: '请填写原因' }) @MaxLength(500, { message: '原因不超过 500 字' })
  reason!: string;
}

/** DB1405 6.4.2: a failure carries a reason code from the fixed list and the note told to the citizen. */
export class FailDto extends VersionDto {
  @ApiProperty({ enum: keysOf(FAILURE_REASONS) })
  @IsIn(keysOf(FAILURE_REASONS), { message: `未办成原因应为 ${keysOf(FAILURE_REASONS).join('、')} 之一` })
  reasonCode!: string;

  @ApiProperty({ example: '申请人年龄未达到高龄补贴条件，已告知可于明年再申请' })
  @IsString({ message: '说明应为文本' }) @IsNotEmpty({ message: '请填写告知群众的未办成原因' }) @MaxLength(500, { message: '说明不超过 500 字' })
  note!: string;
}

export class NotifyDto extends VersionDto {
  @ApiProperty({ enum: keysOf(NOTIFY_CHANNELS) })
  @IsIn(keysOf(NOTIFY_CHANNELS), { message: '通知方式应为 PHONE、SMS、VISIT 或 WECHAT' })
  channel!: string;
}

/** DB1405 6.4.3 (and 4.5: there is no proxy fee; only an authority's statutory fee, with its receipt). */
export class FeeDto extends VersionDto {
  @ApiProperty({ example: 20, description: '法定收费金额（元），最多两位小数' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '金额应为最多两位小数的数值' }) @Min(0, { message: '金额不能为负' }) @Max(1_000_000, { message: '金额过大' })
  amount!: number;

  @ApiProperty({ required: false, example: 'SX2026-0012345', description: '合法收费票据号；金额大于 0 时必填' })
  @IsOptional() @IsString({ message: '票据号应为文本' }) @Matches(/^[\w\-\/]{1,64}$/, { message: '票据号应为 1-64 位字母、数字或 -/_' })
  receiptNo?: string;
}

export class HomeVisitDto {
  @ApiProperty({ example: '2026-10-09', description: '上门日期 YYYY-MM-DD（不晚于今天）' })
  @IsIsoDate({ message: 'visitDate 应为 YYYY-MM-DD 格式的有效日期' })
  visitDate!: string;

  @ApiProperty({ required: false, example: '为行动不便的老人上门采集材料' })
  @IsOptional() @IsString({ message: '备注应为文本' }) @MaxLength(500, { message: '备注不超过 500 字' })
  note?: string;
}

export class ExtensionRequestDto extends VersionDto {
  @ApiProperty({ example: 3, description: '延长的工作日数' })
  @IsInt({ message: '延期天数应为整数' }) @Min(1, { message: '延期天数至少 1 天' }) @Max(30, { message: '单次延期不超过 30 个工作日' })
  days!: number;

  @ApiProperty({ example: '需县级部门实地核查' })
  @IsString({ message: '延期理由应为文本' }) @IsNotEmpty({ message: '请填写延期理由' }) @MaxLength(500, { message: '延期理由不超过 500 字' })
  reason!: string;
}

export class DecisionDto {
  @ApiProperty({ required: false, example: '同意延期' })
  @IsOptional() @IsString({ message: '意见应为文本' }) @MaxLength(500, { message: '意见不超过 500 字' })
  note?: string;
}

export class HandoffCreateDto extends VersionDto {
  @ApiProperty({ required: false, example: '已与镇便民服务中心确认材料与办理时限' })
  @IsOptional() @IsString({ message: '备注应为文本' }) @MaxLength(500, { message: '备注不超过 500 字' })
  note?: string;
}
