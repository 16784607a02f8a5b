import { ApiProperty } from '@nestjs/swagger';
import { AGENT_CATEGORY_KEYS } from '../../agents/categories';
import { FACILITY_KEYS, ZONE_KEYS } from '../facilities';

export class StationDto {
  @ApiProperty() id!: number;
  @ApiProperty({ description: '所在村（社区）的区域代码' }) regionCode!: string;
  @ApiProperty() villageName!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty() townshipName!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() countyName!: string;
  @ApiProperty({ example: '上河村便民服务站' }) name!: string;
  @ApiProperty() address!: string;
  @ApiProperty() openingHours!: string;
  @ApiProperty({ nullable: true, type: Number }) latitude!: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude!: number | null;
  @ApiProperty({ enum: ZONE_KEYS, isArray: true }) zones!: string[];
  @ApiProperty({ enum: FACILITY_KEYS, isArray: true, description: '已配备的设施' }) facilities!: string[];
  @ApiProperty({ enum: FACILITY_KEYS, isArray: true, description: 'DB1405 5.1.5 清单中缺少的设施' }) missingFacilities!: string[];
  @ApiProperty({ description: '在岗代办员人数' }) agentCount!: number;
  @ApiProperty() updatedAt!: string;
}

export class StationListDto {
  @ApiProperty({ type: [StationDto] }) items!: StationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

class StationAgentDto {
  @ApiProperty() id!: number;
  @ApiProperty({ example: '张*明', description: '脱敏' }) name!: string;
  @ApiProperty({ enum: AGENT_CATEGORY_KEYS }) category!: string;
  @ApiProperty({ example: '138****1234', description: '脱敏' }) phone!: string;
  @ApiProperty() active!: boolean;
}

export class StationDetailDto extends StationDto {
  @ApiProperty({ type: [StationAgentDto] }) agents!: StationAgentDto[];
}
