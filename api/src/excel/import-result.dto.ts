import { ApiProperty } from '@nestjs/swagger';

/** The answer of a successful register import (all rows written in one transaction). */
export class ImportResultDto {
  @ApiProperty({ description: '新增行数' }) created!: number;
  @ApiProperty({ description: '更新行数' }) updated!: number;
}

class RowErrorDto {
  @ApiProperty({ description: 'Excel 行号（表头为第 1 行）', example: 3 }) row!: number;
  @ApiProperty({ description: '列名（中文表头）', example: '站点名称' }) column!: string;
  @ApiProperty({ example: '站点名称应为“XX村便民服务站”' }) message!: string;
}

/** 422 IMPORT.INVALID_ROWS: nothing was written; every bad cell is listed. */
export class ImportErrorDto {
  @ApiProperty({ example: 'IMPORT.INVALID_ROWS' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty({ type: [RowErrorDto] }) details!: RowErrorDto[];
}

export const XLSX_UPLOAD_DESCRIPTION =
  '请求体为 .xlsx 文件本身（Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet，不超过 5 MB），'
  + '列与导出文件相同。先校验全部行：任一行有误则不导入任何数据，返回 422 IMPORT.INVALID_ROWS 及逐行错误；全部正确则在一个事务中写入。';
