import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { CONSENT_METHODS, keysOf } from '../case-codes';
import { IsResidentId, PHONE } from './validators';

const MAX_ID = 2_147_483_647;

export class CitizenInputDto {
  @ApiProperty({ example: '张三' })
  @IsString({ message: '群众姓名应为文本' }) @IsNotEmpty({ message: '请填写群众姓名' }) @MaxLength(32, { message: '群众姓名不超过 32 个字' })
  name!: string;

  @ApiProperty({ example: '13812345678', description: '手机或带区号的固定电话；加密存储，列表中脱敏显示' })
  @Matches(PHONE, { message: '联系电话格式不正确' })
  phone!: string;

  @ApiProperty({ required: false, example: '140522198001011234', description: '18 位居民身份证号（校验位有效）；加密存储' })
  @IsOptional() @IsResidentId({ message: '身份证号码无效' })
  idNumber?: string;
}

/** DB1405 4.1: the citizen's voluntary commission. */
export class ConsentDto {
  @ApiProperty({ description: '群众是否自愿委托；必须为 true' })
  @IsBoolean({ message: 'consent.given 应为布尔值' })
  given!: boolean;

  @ApiProperty({ enum: keysOf(CONSENT_METHODS), required: false, description: '委托方式（given 为 true 时必填）' })
  @IsOptional() @IsIn(keysOf(CONSENT_METHODS), { message: '委托方式应为 SIGNED_FORM、VERBAL_RECORDED 或 ONLINE' })
  method?: string;
}

/** What every commission carries besides the citizen and the item. */
export class CommissionOptionsDto {
  @ApiProperty({ type: ConsentDto, required: false, description: '缺失或未同意 → 422 CASE.CONSENT_REQUIRED' })
  @IsOptional() @IsObject({ message: 'consent 应为对象' }) @ValidateNested() @Type(() => ConsentDto)
  consent?: ConsentDto;

  @ApiProperty({ required: false, description: '涉及个人隐私 → 422 CASE.PRIVATE_MATTER（DB1405 4.1）' })
  @IsOptional() @IsBoolean({ message: 'privateMatter 应为布尔值' })
  privateMatter?: boolean;

  @ApiProperty({ required: false, description: '群众不愿代办 → 422 CASE.PRIVATE_MATTER（DB1405 4.1）' })
  @IsOptional() @IsBoolean({ message: 'declined 应为布尔值' })
  declined?: boolean;

  @ApiProperty({ required: false, description: '行动不便等特殊情况，上门代办（DB1405 4.2、6.3.3）' })
  @IsOptional() @IsBoolean({ message: 'homeVisit 应为布尔值' })
  homeVisit?: boolean;

  @ApiProperty({ type: [Number], description: '已提交的材料：GET /cases/checklist?itemId= 返回的材料 id；缺少的材料列入一次性告知单' })
  @IsArray({ message: 'providedMaterialIds 应为数组' }) @ArrayMaxSize(50, { message: 'providedMaterialIds 过多' })
  @IsInt({ each: true, message: 'providedMaterialIds 应为整数数组' }) @Min(1, { each: true, message: 'providedMaterialIds 应为正整数' })
  @Max(MAX_ID, { each: true, message: 'providedMaterialIds 超出范围' })
  providedMaterialIds!: number[];
}

export class CommissionBaseDto extends CommissionOptionsDto {
  @ApiProperty({ example: 12, description: '事项 id（事项清单）' })
  @IsInt({ message: 'itemId 应为正整数' }) @Min(1, { message: 'itemId 应为正整数' }) @Max(MAX_ID, { message: 'itemId 超出范围' })
  itemId!: number;
}

export class CreateCaseDto extends CommissionBaseDto {
  @ApiProperty({ type: CitizenInputDto })
  @IsObject({ message: 'citizen 应为对象' }) @ValidateNested() @Type(() => CitizenInputDto)
  citizen!: CitizenInputDto;

  @ApiProperty({ required: false, description: '由哪条咨询转来（该咨询随之标记为已转案件）' })
  @IsOptional() @IsInt({ message: 'consultationId 应为正整数' }) @Min(1, { message: 'consultationId 应为正整数' }) @Max(MAX_ID)
  consultationId?: number;
}

/** Converting a consultation: the item may come from the consultation. */
export class ConvertConsultationDto extends CommissionOptionsDto {
  @ApiProperty({ required: false, example: 12, description: '缺省为咨询登记的事项' })
  @IsOptional() @IsInt({ message: 'itemId 应为正整数' }) @Min(1, { message: 'itemId 应为正整数' }) @Max(MAX_ID, { message: 'itemId 超出范围' })
  itemId?: number;
}

/** DB1405 6.4.2: a new commission for the same matter and citizen after a failure. */
export class ReapplyDto {
  @ApiProperty({ description: '所见的原案件版本号' }) @IsInt({ message: 'expectedVersion 应为整数' }) expectedVersion!: number;

  @ApiProperty({ type: ConsentDto, required: false })
  @IsOptional() @IsObject({ message: 'consent 应为对象' }) @ValidateNested() @Type(() => ConsentDto)
  consent?: ConsentDto;

  @ApiProperty({ required: false }) @IsOptional() @IsBoolean({ message: 'homeVisit 应为布尔值' }) homeVisit?: boolean;

  @ApiProperty({ type: [Number], description: '已提交的材料（事项现行材料清单的 id）' })
  @IsArray({ message: 'providedMaterialIds 应为数组' }) @ArrayMaxSize(50)
  @IsInt({ each: true, message: 'providedMaterialIds 应为整数数组' }) @Min(1, { each: true }) @Max(MAX_ID, { each: true })
  providedMaterialIds!: number[];
}

export class ChecklistQuery {
  @ApiProperty({ example: 12 })
  @Type(() => Number) @IsInt({ message: 'itemId 应为正整数' }) @Min(1, { message: 'itemId 应为正整数' }) @Max(MAX_ID, { message: 'itemId 超出范围' })
  itemId!: number;
}
