import { ApiProperty } from '@nestjs/swagger';
import { ItemContentDto } from '../../catalogue/dto/item.dto';

// Response shapes of the demand statistics (OpenAPI documentation; the service builds the values).

export class DemandRegionDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
}

class MonthsDto {
  @ApiProperty({ example: '2025-07' }) from!: string;
  @ApiProperty({ example: '2025-12' }) to!: string;
}

class PreviousDemandDto {
  @ApiProperty() consultations!: number;
  @ApiProperty() cases!: number;
  @ApiProperty() demand!: number;
}

export class TopItemDto {
  @ApiProperty() rank!: number;
  @ApiProperty() itemId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: '现办理层级 VILLAGE / TOWNSHIP / COUNTY' }) level!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: '咨询量' }) consultations!: number;
  @ApiProperty({ description: '办件量' }) cases!: number;
  @ApiProperty({ description: '咨询量 + 办件量' }) demand!: number;
  @ApiProperty({ description: '有需求的乡镇数' }) townships!: number;
  @ApiProperty({ type: PreviousDemandDto, description: '上一等长期间' }) previous!: PreviousDemandDto;
  @ApiProperty({ nullable: true, type: Number, description: '增长率（%，一位小数）；上期为 0 时为 null' }) growthPct!: number | null;
}

export class DemandTopDto {
  @ApiProperty({ type: DemandRegionDto }) region!: DemandRegionDto;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: MonthsDto }) previous!: MonthsDto;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: [TopItemDto] }) items!: TopItemDto[];
}

class VariantDto {
  @ApiProperty() text!: string;
  @ApiProperty() count!: number;
}

export class TopicDto {
  @ApiProperty({ description: '归一化后的分组键' }) key!: string;
  @ApiProperty({ description: '代表性表述（最常用的原文）' }) text!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: '提出该需求的乡镇数' }) townships!: number;
  @ApiProperty({ type: [VariantDto] }) variants!: VariantDto[];
  @ApiProperty({ description: '与现行清单中某事项同名' }) inCatalogue!: boolean;
}

export class OffCatalogueDto {
  @ApiProperty({ type: DemandRegionDto }) region!: DemandRegionDto;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: '清单外咨询总数' }) total!: number;
  @ApiProperty({ description: '不同表述过多、已截断' }) truncated!: boolean;
  @ApiProperty({ type: [TopicDto] }) topics!: TopicDto[];
}

export class IdleItemDto {
  @ApiProperty() itemId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty({ nullable: true, type: String, description: '统计窗口之前最近一次需求的日期' }) lastDemand!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '纳入清单的日期' }) inCatalogueSince!: string | null;
  @ApiProperty({ description: '在清单中已满整个统计窗口' }) wholeWindow!: boolean;
}

export class IdleDto {
  @ApiProperty({ type: DemandRegionDto }) region!: DemandRegionDto;
  @ApiProperty() asOf!: string;
  @ApiProperty() since!: string;
  @ApiProperty() months!: number;
  @ApiProperty({ type: [IdleItemDto] }) items!: IdleItemDto[];
}

class SuggestionItemDto {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
}

class RuleDto {
  @ApiProperty({ enum: ['ADD_FREQUENT_OFF_CATALOGUE', 'MOVE_NEARER_SPREAD_DEMAND', 'RETIRE_IDLE'] }) id!: string;
  @ApiProperty({ example: 'DB1405 7.1.2' }) clause!: string;
  @ApiProperty() text!: string;
}

export class SuggestionDto {
  @ApiProperty({ enum: ['ADD', 'MOVE_NEARER', 'RETIRE'] }) type!: string;
  @ApiProperty() key!: string;
  @ApiProperty({ type: SuggestionItemDto, nullable: true }) item!: SuggestionItemDto | null;
  @ApiProperty({ nullable: true, type: String }) topic!: string | null;
  @ApiProperty({ nullable: true, type: String }) topicKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetLevel!: string | null;
  @ApiProperty({ type: RuleDto }) rule!: RuleDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '触发规则的数据' }) figures!: Record<string, unknown>;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: Number, description: '已就此提出、尚未办结的目录调整' }) pendingProposalId!: number | null;
  @ApiProperty({ required: false, type: ItemContentDto, description: '仅 ADD：新增事项内容草稿（待领导补充完善）' }) draft?: ItemContentDto;
}

class SuggestionRegionDto extends DemandRegionDto {
  @ApiProperty({ description: '区域内乡镇数' }) townships!: number;
}

export class SuggestionsDto {
  @ApiProperty({ type: SuggestionRegionDto }) region!: SuggestionRegionDto;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: '判断“长期无需求”的截至日期' }) asOf!: string;
  @ApiProperty() since!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) thresholds!: Record<string, number>;
  @ApiProperty({ type: [SuggestionDto] }) suggestions!: SuggestionDto[];
}
