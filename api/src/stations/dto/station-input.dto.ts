import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FACILITY_KEYS, ZONE_KEYS } from '../facilities';

export class CreateStationDto {
  // Any region code is accepted here: the service answers 404 outside the scope and 422 for a
  // region that is not a village, so those answers do not depend on the code's length.
  @ApiProperty({ example: '140522100201', description: '所在村（社区）的区域代码；每村一个站点' })
  @Matches(/^\d{6,12}$/, { message: 'regionCode 应为 6-12 位区域代码' })
  regionCode!: string;

  // The DB1405 5.1.1 naming rule is checked by the service (STATION.INVALID_NAME), not here, so
  // that a wrong name gets its own code and message.
  @ApiProperty({ example: '上河村便民服务站', description: 'DB1405 5.1.1：“XX村便民服务站”' })
  @IsString({ message: '站点名称应为文本' })
  @MaxLength(64, { message: '站点名称过长' })
  name!: string;

  @ApiProperty({ example: '晋城市阳城县凤城镇上河村村委会一层' })
  @IsString({ message: '地址应为文本' })
  @IsNotEmpty({ message: '请填写地址' })
  @MaxLength(200, { message: '地址不超过 200 个字' })
  address!: string;

  @ApiProperty({ example: '周一至周五 8:30-12:00 14:30-17:30' })
  @IsString({ message: '开放时间应为文本' })
  @IsNotEmpty({ message: '请填写开放时间' })
  @MaxLength(100, { message: '开放时间不超过 100 个字' })
  openingHours!: string;

  @ApiProperty({ required: false, nullable: true, type: Number, example: 35.486 })
  @IsOptional()
  @IsNumber({}, { message: '纬度应为数值' })
  latitude?: number | null;

  @ApiProperty({ required: false, nullable: true, type: Number, example: 112.421 })
  @IsOptional()
  @IsNumber({}, { message: '经度应为数值' })
  longitude?: number | null;

  @ApiProperty({ required: false, enum: ZONE_KEYS, isArray: true, description: 'DB1405 5.1.3 功能分区' })
  @IsOptional()
  @IsArray({ message: 'zones 应为数组' })
  @ArrayMaxSize(ZONE_KEYS.length, { message: 'zones 项目过多' })
  @IsIn(ZONE_KEYS, { each: true, message: 'zones 含有未知的功能分区' })
  zones?: string[];

  @ApiProperty({ required: false, enum: FACILITY_KEYS, isArray: true, description: 'DB1405 5.1.5 已配备的设施' })
  @IsOptional()
  @IsArray({ message: 'facilities 应为数组' })
  @ArrayMaxSize(FACILITY_KEYS.length * 2, { message: 'facilities 项目过多' })
  @IsIn(FACILITY_KEYS, { each: true, message: 'facilities 含有设施清单以外的项目' })
  facilities?: string[];
}

/** Everything but the village: a station does not move (DB1405 5.1.1, a fixed site). */
export class UpdateStationDto extends PartialType(OmitType(CreateStationDto, ['regionCode'] as const)) {}
