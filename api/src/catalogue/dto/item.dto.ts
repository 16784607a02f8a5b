import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CATALOGUE_SOURCES, HANDLING_LEVELS, MATERIAL_FORMS } from '../content';

const CHANGE_TYPES = ['ADD', 'UPDATE', 'MOVE_LEVEL', 'RETIRE'];
const STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'PUBLISHED'];

/** `:id` of an item or a proposal: a positive 32-bit integer (a larger one would overflow the column). */
export class IdParams {
  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt({ message: 'id 应为正整数' })
  @Min(1, { message: 'id 应为正整数' })
  @Max(2_147_483_647, { message: 'id 超出范围' })
  id!: number;
}

export class ItemListQuery {
  @ApiProperty({ required: false, enum: HANDLING_LEVELS, description: '办理层级' })
  @IsOptional()
  @IsIn(HANDLING_LEVELS, { message: 'level 应为 VILLAGE、TOWNSHIP 或 COUNTY' })
  level?: string;

  @ApiProperty({ required: false, example: '民政', description: '事项类别' })
  @IsOptional()
  @IsString({ message: 'category 应为文本' })
  @Length(1, 32, { message: 'category 长度应为 1-32 个字符' })
  category?: string;

  @ApiProperty({ required: false, example: '养老', description: '按事项名称、编码或办理部门搜索' })
  @IsOptional()
  @IsString({ message: 'q 应为文本' })
  @Length(1, 50, { message: 'q 长度应为 1-50 个字符' })
  q?: string;

  @ApiProperty({ required: false, enum: ['true', 'false', 'all'], description: '缺省 true：仅现行有效的事项；false：已停用或尚未发布；all：全部' })
  @IsOptional()
  @IsIn(['true', 'false', 'all'], { message: 'active 应为 true、false 或 all' })
  active?: 'true' | 'false' | 'all';
}

export class MaterialDto {
  @ApiProperty({ example: '申请人居民身份证' }) name!: string;
  @ApiProperty({ enum: MATERIAL_FORMS, description: '原件 / 复印件 / 原件及复印件' }) form!: string;
  @ApiProperty({ example: 1 }) copies!: number;
  @ApiProperty({ example: '本人携带' }) howToGet!: string;
}

export class ItemSummaryDto {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'JC-MZ-001' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '民政' }) category!: string;
  @ApiProperty({ enum: CATALOGUE_SOURCES }) source!: string;
  @ApiProperty({ enum: HANDLING_LEVELS }) level!: string;
  @ApiProperty() department!: string;
  @ApiProperty({ description: '承诺时限（工作日）' }) timeLimitDays!: number;
  @ApiProperty({ description: '法定收费（元）；代办服务本身免费（DB1405 4.5）' }) statutoryFee!: number;
  @ApiProperty() materialCount!: number;
  @ApiProperty({ description: '现行发布版本；0 表示尚未发布' }) version!: number;
  @ApiProperty() active!: boolean;
}

export class ItemListDto {
  @ApiProperty({ type: [ItemSummaryDto] }) items!: ItemSummaryDto[];
}

export class PendingVersionDto {
  @ApiProperty() id!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: CHANGE_TYPES }) changeType!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-01' }) effectiveFrom!: string | null;
}

export class ItemDetailDto extends ItemSummaryDto {
  @ApiProperty({ description: '法律依据（DB1405 4.6）' }) legalBasis!: string;
  @ApiProperty({ type: [String], description: '办理流程（DB1405 4.4）' }) procedure!: string[];
  @ApiProperty({ type: [MaterialDto], description: '申请材料（DB1405 6.2）' }) materials!: MaterialDto[];
  @ApiProperty({ type: [PendingVersionDto], description: '待审批、待发布或已发布待生效的调整' }) pending!: PendingVersionDto[];
}

/** The whole item as a version describes it. */
export class ItemContentDto {
  @ApiProperty({ required: false, description: '事项编码（由系统分配，提交时可省略）' }) code?: string;
  @ApiProperty({ example: '高龄补贴申领' }) name!: string;
  @ApiProperty({ example: '民政' }) category!: string;
  @ApiProperty({ enum: CATALOGUE_SOURCES }) source!: string;
  @ApiProperty({ enum: HANDLING_LEVELS }) level!: string;
  @ApiProperty({ example: '县民政局' }) department!: string;
  @ApiProperty({ example: '《中华人民共和国老年人权益保障法》' }) legalBasis!: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) timeLimitDays!: number;
  @ApiProperty({ minimum: 0, example: 0 }) statutoryFee!: number;
  @ApiProperty({ type: [String], minItems: 1, maxItems: 15 }) procedure!: string[];
  @ApiProperty({ type: [MaterialDto], minItems: 1, maxItems: 20 }) materials!: MaterialDto[];
}

export class ContentChangeDto {
  @ApiProperty({ example: 'timeLimitDays', description: '字段：name、level、timeLimitDays、procedure、materials 等' }) field!: string;
  @ApiProperty({ enum: ['set', 'added', 'removed', 'changed', 'reordered'] }) op!: string;
  @ApiProperty({ required: false, description: '材料名称（materials 的增删改）' }) name?: string;
  @ApiProperty({ required: false, nullable: true, description: '调整前的值' }) before?: unknown;
  @ApiProperty({ required: false, description: '调整后的值' }) after?: unknown;
}

export class PersonRefDto {
  @ApiProperty({ description: '姓名（脱敏）' }) name!: string;
  @ApiProperty({ example: 'CITY_LEADER' }) role!: string;
}

export class VersionDto {
  @ApiProperty() id!: number;
  @ApiProperty() itemId!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: CHANGE_TYPES }) changeType!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ required: false, nullable: true, description: '需求统计等依据（DB1405 7.1.2）' }) evidence!: unknown;
  @ApiProperty({ nullable: true, type: String }) effectiveFrom!: string | null;
  @ApiProperty({ nullable: true, type: PersonRefDto }) proposedBy!: PersonRefDto | null;
  @ApiProperty() proposedAt!: string;
  @ApiProperty({ nullable: true, type: PersonRefDto }) decidedBy!: PersonRefDto | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) appliedAt!: string | null;
  @ApiProperty({ description: '是否为事项现行版本' }) current!: boolean;
  @ApiProperty({ type: ItemContentDto }) content!: ItemContentDto;
  @ApiProperty({ nullable: true, type: Number, description: '比较的上一发布版本；null 表示首个版本' }) comparedTo!: number | null;
  @ApiProperty({ type: [ContentChangeDto] }) diff!: ContentChangeDto[];
}

export class VersionListDto {
  @ApiProperty({ type: [VersionDto] }) items!: VersionDto[];
}

export { CHANGE_TYPES, STATUSES };
