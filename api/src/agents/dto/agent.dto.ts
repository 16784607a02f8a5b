import { ApiProperty } from '@nestjs/swagger';
import { AGENT_CATEGORY_KEYS } from '../categories';

export class AgentDto {
  @ApiProperty() id!: number;
  @ApiProperty({ example: '张*明', description: '列表中脱敏' }) name!: string;
  @ApiProperty({ example: '138****1234', description: '脱敏' }) phone!: string;
  @ApiProperty({ enum: AGENT_CATEGORY_KEYS }) category!: string;
  @ApiProperty() stationId!: number;
  @ApiProperty() stationName!: string;
  @ApiProperty({ description: '服务站所在村（社区）的区域代码' }) regionCode!: string;
  @ApiProperty() townshipName!: string;
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'DB1405 5.2.4 本年（自然年）培训学时' }) trainingHoursThisYear!: number;
}

export class AgentListDto {
  @ApiProperty({ type: [AgentDto] }) items!: AgentDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: '“本年”所指的年份' }) year!: number;
}

export class TrainingDto {
  @ApiProperty() id!: number;
  @ApiProperty() course!: string;
  @ApiProperty() provider!: string;
  @ApiProperty({ example: '2026-03-18' }) date!: string;
  @ApiProperty() hours!: number;
}

class YearHoursDto {
  @ApiProperty() year!: number;
  @ApiProperty() hours!: number;
}

/** One agent: the full name (agents are published with name and category, DB1405 4.4), the phone still masked. */
export class AgentDetailDto extends AgentDto {
  @ApiProperty({ type: [TrainingDto] }) trainings!: TrainingDto[];
  @ApiProperty({ type: [YearHoursDto], description: '各年培训学时' }) hoursByYear!: YearHoursDto[];
}
