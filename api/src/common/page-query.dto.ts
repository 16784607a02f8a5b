import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Paging of register lists; combine with a filter class through IntersectionType. */
export class PageQuery {
  @ApiProperty({ required: false, default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 应为正整数' })
  @Min(1, { message: 'page 应为正整数' })
  page?: number;

  @ApiProperty({ required: false, default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 应为 1-200 的整数' })
  @Min(1, { message: 'pageSize 应为 1-200 的整数' })
  @Max(200, { message: 'pageSize 应为 1-200 的整数' })
  pageSize?: number;
}
