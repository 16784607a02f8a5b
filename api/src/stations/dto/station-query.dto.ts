import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQuery } from '../../common/page-query.dto';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FACILITY_KEYS } from '../facilities';

export const MISSING_ANY = 'ANY';

/** Filters shared by the list and the export (the export takes the whole filtered list). */
export class StationFilterQuery {
  @ApiProperty({ required: false, example: '140522100', description: '区域代码（县、乡镇或村）；缺省为本人管辖范围' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region 应为 6-12 位区域代码' })
  region?: string;

  @ApiProperty({ required: false, description: '按站点名称或地址查找' })
  @IsOptional()
  @IsString({ message: 'q 应为文本' })
  @MaxLength(50, { message: 'q 不超过 50 个字' })
  q?: string;

  @ApiProperty({
    required: false, enum: [...FACILITY_KEYS, MISSING_ANY],
    description: 'DB1405 5.1.5：只看缺少该设施的站点；ANY 为缺少任一设施',
  })
  @IsOptional()
  @IsIn([...FACILITY_KEYS, MISSING_ANY], { message: 'missingFacility 不是设施清单中的项目' })
  missingFacility?: string;
}

export class StationListQuery extends IntersectionType(StationFilterQuery, PageQuery) {}
