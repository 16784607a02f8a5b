import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CHANGE_TYPES, ItemContentDto, STATUSES, VersionDto } from './item.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateProposalDto {
  @ApiProperty({ required: false, description: '调整的事项；新增事项（ADD）时省略' })
  @IsOptional()
  @IsInt({ message: 'itemId 应为正整数' })
  @Min(1, { message: 'itemId 应为正整数' })
  @Max(2_147_483_647, { message: 'itemId 超出范围' })
  itemId?: number;

  @ApiProperty({ enum: CHANGE_TYPES, description: 'ADD 新增、UPDATE 调整内容、MOVE_LEVEL 调整办理层级、RETIRE 停用' })
  @IsIn(CHANGE_TYPES, { message: 'changeType 应为 ADD、UPDATE、MOVE_LEVEL 或 RETIRE' })
  changeType!: 'ADD' | 'UPDATE' | 'MOVE_LEVEL' | 'RETIRE';

  // Checked completely by checkItemContent (content.ts), which also refuses proxy fees (DB1405 4.5)
  // with its own code; declaring it nested here would turn that into a generic validation error.
  @ApiProperty({ type: ItemContentDto, required: false, description: '调整后的完整事项内容；停用（RETIRE）时可省略' })
  @IsOptional()
  @IsObject({ message: 'content 应为对象' })
  content?: Record<string, unknown>;

  @ApiProperty({ example: '群众反映材料过多，精简复印件', description: '调整理由（DB1405 7.1.2-7.1.3）' })
  @IsString({ message: '调整理由应为文本' })
  @Length(2, 500, { message: '调整理由长度应为 2-500 个字符' })
  reason!: string;

  @ApiProperty({ required: false, example: '2026-12-01', description: '建议生效日期（发布时确定）' })
  @IsOptional()
  @Matches(DATE, { message: 'effectiveFrom 应为 YYYY-MM-DD 格式' })
  effectiveFrom?: string;
}

export class ProposalListQuery {
  @ApiProperty({ required: false, enum: STATUSES, description: '按状态筛选；缺省为全部' })
  @IsOptional()
  @IsIn(STATUSES, { message: 'status 应为 PROPOSED、APPROVED、REJECTED 或 PUBLISHED' })
  status?: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'PUBLISHED';
}

export class ApproveDto {
  @ApiProperty({ required: false, description: '审批意见' })
  @IsOptional()
  @IsString({ message: '审批意见应为文本' })
  @Length(0, 500, { message: '审批意见不能超过 500 个字符' })
  note?: string;
}

export class RejectDto {
  @ApiProperty({ description: '驳回意见（必填）' })
  @IsOptional()
  @IsString({ message: '驳回意见应为文本' })
  @Length(0, 500, { message: '驳回意见不能超过 500 个字符' })
  note?: string;
}

export class PublishDto {
  @ApiProperty({ example: '2026-12-01', description: '生效日期（北京时间），不早于今天；为今天时立即生效' })
  @IsString({ message: '生效日期不能为空' })
  @Matches(DATE, { message: 'effectiveFrom 应为 YYYY-MM-DD 格式' })
  effectiveFrom!: string;
}

export class ItemRefDto {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty({ description: '事项现行名称' }) name!: string;
}

export class ProposalDto extends VersionDto {
  @ApiProperty({ type: ItemRefDto }) item!: ItemRefDto;
  @ApiProperty({ description: '是否为当前用户本人提出（本人不能审批）' }) mine!: boolean;
}

export class ProposalListDto {
  @ApiProperty({ type: [ProposalDto] }) items!: ProposalDto[];
}
