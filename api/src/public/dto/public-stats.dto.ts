import { ApiProperty } from '@nestjs/swagger';

// Response shapes of the public statistics (documentation for the OpenAPI document; the services
// build plain objects of the same shape).

export class PublicRegionRefDto {
  @ApiProperty({ example: '140522' }) code!: string;
  @ApiProperty({ example: '阳城县' }) name!: string;
  @ApiProperty({ enum: ['CITY', 'COUNTY', 'TOWNSHIP'] }) level!: string;
}

export class RateViewDto {
  @ApiProperty({ description: '有效样本少于 10 时为 true：不公布比率' }) suppressed!: boolean;
  @ApiProperty({ nullable: true, type: String, example: '样本不足' }) label!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '0-1 的比例' }) rate!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Wilson 95% 置信区间下限' }) low!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Wilson 95% 置信区间上限' }) high!: number | null;
}

export class SurveyCellDto {
  @ApiProperty({ description: '抽样回访数' }) sampled!: number;
  @ApiProperty({ description: '成功回访数' }) reached!: number;
  @ApiProperty({ description: '尚未拨打数' }) pending!: number;
  @ApiProperty({ type: RateViewDto }) responseRate!: RateViewDto;
}

export class SatisfactionCellDto {
  @ApiProperty({ example: '2026-01', description: '月份 YYYY-MM、季度 YYYY-Qn，或“合计”' }) period!: string;
  @ApiProperty({ description: '有效评价数' }) n!: number;
  @ApiProperty({ type: RateViewDto }) satisfaction!: RateViewDto;
  @ApiProperty({ type: RateViewDto }) bad!: RateViewDto;
  @ApiProperty({ type: SurveyCellDto }) survey!: SurveyCellDto;
}

export class AreaSatisfactionDto extends PublicRegionRefDto {
  @ApiProperty({ type: SatisfactionCellDto, description: '整个期间' }) total!: SatisfactionCellDto;
  @ApiProperty({ type: [SatisfactionCellDto], description: '按期趋势' }) trend!: SatisfactionCellDto[];
}

export class PublicSatisfactionDto {
  @ApiProperty({ type: PublicRegionRefDto }) region!: PublicRegionRefDto;
  @ApiProperty({ enum: ['month', 'quarter'] }) period!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [String] }) periods!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: '口径说明' }) definitions!: Record<string, string>;
  @ApiProperty({ type: AreaSatisfactionDto, description: '所选区域整体' }) overall!: AreaSatisfactionDto;
  @ApiProperty({ type: [AreaSatisfactionDto], description: '下级区域（全市为各县，县为各乡镇）' }) areas!: AreaSatisfactionDto[];
}

export class RectificationCellDto {
  @ApiProperty({ example: '2026-01' }) period!: string;
  @ApiProperty({ description: '立项整改数' }) opened!: number;
  @ApiProperty({ description: '按期完成' }) closedOnTime!: number;
  @ApiProperty({ description: '超期完成' }) closedLate!: number;
  @ApiProperty({ description: '申诉成立（误评、恶意评价）而办结' }) appealUpheld!: number;
  @ApiProperty({ description: '整改中' }) open!: number;
  @ApiProperty({ description: '整改中且已超期' }) overdue!: number;
}

export class AreaRectificationsDto extends PublicRegionRefDto {
  @ApiProperty({ type: RectificationCellDto }) total!: RectificationCellDto;
  @ApiProperty({ type: [RectificationCellDto] }) trend!: RectificationCellDto[];
}

export class PublicRectificationsDto {
  @ApiProperty({ type: PublicRegionRefDto }) region!: PublicRegionRefDto;
  @ApiProperty({ enum: ['month', 'quarter'] }) period!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [String] }) periods!: string[];
  @ApiProperty({ description: '统计日（判断是否超期）' }) asOf!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) definitions!: Record<string, string>;
  @ApiProperty({ type: AreaRectificationsDto }) overall!: AreaRectificationsDto;
  @ApiProperty({ type: [AreaRectificationsDto] }) areas!: AreaRectificationsDto[];
}
