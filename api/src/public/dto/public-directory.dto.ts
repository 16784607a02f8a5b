import { ApiProperty } from '@nestjs/swagger';

// Response shapes of the public catalogue, stations and regions (DB1405 4.4: 服务事项、办理流程、
// 办理时限、代办员信息 are published). Labels come with the keys so a page needs no mapping table.

export class PublicMaterialDto {
  @ApiProperty({ example: '申请人居民身份证' }) name!: string;
  @ApiProperty({ enum: ['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY'] }) form!: string;
  @ApiProperty({ example: '原件及复印件' }) formLabel!: string;
  @ApiProperty() copies!: number;
  @ApiProperty({ example: '本人携带' }) howToGet!: string;
}

export class PublicItemDto {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'JC-MZ-001' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '民政' }) category!: string;
  @ApiProperty({ enum: ['VILLAGE', 'TOWNSHIP', 'COUNTY'] }) level!: string;
  @ApiProperty({ example: '村级办理' }) levelLabel!: string;
  @ApiProperty({ example: '县民政局' }) department!: string;
  @ApiProperty({ description: '承诺时限（工作日）' }) timeLimitDays!: number;
  @ApiProperty({ description: '法定收费（元）；代办服务本身免费（DB1405 4.5）' }) statutoryFee!: number;
  @ApiProperty() materialCount!: number;
}

export class PublicItemListDto {
  @ApiProperty({ type: [PublicItemDto] }) items!: PublicItemDto[];
  @ApiProperty({ example: '红色代办服务免费，不收取任何代办费、手续费（DB1405 4.5）' }) freeOfCharge!: string;
}

export class PublicItemDetailDto extends PublicItemDto {
  @ApiProperty({ description: '法律依据' }) legalBasis!: string;
  @ApiProperty({ type: [String], description: '办理流程（DB1405 4.4）' }) procedure!: string[];
  @ApiProperty({ type: [PublicMaterialDto], description: '申请材料' }) materials!: PublicMaterialDto[];
  @ApiProperty() freeOfCharge!: string;
}

export class LabelledDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
}

export class PublicAgentDto {
  @ApiProperty({ description: '代办员姓名（DB1405 4.4 公开代办员信息；不含联系方式）' }) name!: string;
  @ApiProperty({ example: 'PARTY_MEMBER' }) category!: string;
  @ApiProperty({ example: '党员' }) categoryLabel!: string;
}

export class PublicStationDto {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty() openingHours!: string;
  @ApiProperty({ example: '140522' }) countyCode!: string;
  @ApiProperty({ example: '阳城县' }) county!: string;
  @ApiProperty({ example: '凤城镇' }) township!: string;
  @ApiProperty({ example: '东关村' }) village!: string;
  @ApiProperty({ description: '在岗代办员人数' }) agentCount!: number;
}

export class PublicStationListDto {
  @ApiProperty({ type: [PublicStationDto] }) items!: PublicStationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class PublicStationDetailDto extends PublicStationDto {
  @ApiProperty({ type: [LabelledDto], description: '功能分区（DB1405 5.1.3）' }) zones!: LabelledDto[];
  @ApiProperty({ type: [LabelledDto], description: '服务设施（DB1405 5.1.5）' }) facilities!: LabelledDto[];
  @ApiProperty({ type: [PublicAgentDto] }) agents!: PublicAgentDto[];
}

export class PublicRegionDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['CITY', 'COUNTY', 'TOWNSHIP'] }) level!: string;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
}

export class PublicRegionListDto {
  @ApiProperty({ type: [PublicRegionDto], description: '全市、各县（市、区）及其乡镇（街道）' }) items!: PublicRegionDto[];
}
