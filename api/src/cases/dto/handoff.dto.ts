import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { HOP_STATUSES } from '../handoff-steps';

export class StepNoteDto {
  @ApiProperty({ required: false, example: '材料齐全' })
  @IsOptional() @IsString({ message: '意见应为文本' }) @MaxLength(500, { message: '意见不超过 500 字' })
  note?: string;
}

export class IssueDto {
  @ApiProperty({ example: 'YC-2026-001234', description: '证照/批文编号（DB1405 7.2.3 c 出证）' })
  @IsString({ message: '证照编号应为文本' }) @IsNotEmpty({ message: '请填写证照编号' }) @MaxLength(64, { message: '证照编号不超过 64 个字符' })
  certificateNo!: string;
}

export class ReturnDto {
  @ApiProperty({ example: '已办结，证照随件回传' })
  @IsString({ message: '结果说明应为文本' }) @IsNotEmpty({ message: '请填写办理结果' }) @MaxLength(500, { message: '结果说明不超过 500 字' })
  resultNote!: string;
}

export class HandoffListQuery {
  @ApiProperty({ required: false, enum: [...HOP_STATUSES, 'OPEN', 'ALL'], description: '缺省 OPEN：等待本级处理（未回传）的上报件' })
  @IsOptional() @IsIn([...HOP_STATUSES, 'OPEN', 'ALL'], { message: 'status 无效' })
  status?: string;
}
