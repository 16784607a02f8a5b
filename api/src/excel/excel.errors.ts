import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

/** One problem of one cell of an uploaded sheet: `row` is the Excel row number (the header is row 1). */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

// Errors of spreadsheet uploads (IMPORT.*), shared by the registers' import routes.
export const ExcelErrors = {
  notXlsx: () => new AppError(HttpStatus.BAD_REQUEST, 'IMPORT.NOT_XLSX', '请上传 Excel 工作簿（.xlsx 格式）'),
  unreadable: () => new AppError(HttpStatus.BAD_REQUEST, 'IMPORT.UNREADABLE', '无法读取该 Excel 文件，请确认文件未损坏且为 .xlsx 格式'),
  tooLarge: () => new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'IMPORT.TOO_LARGE', '文件内容过大（解压后超过 64 MB），请分批导入'),
  empty: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'IMPORT.EMPTY', '文件中没有可导入的数据行'),
  tooManyRows: (max: number) => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'IMPORT.TOO_MANY_ROWS', `单次最多导入 ${max} 行，请分批导入`),
  /** Nothing was written: every problem of the file is listed at once, so it can be fixed in one go. */
  invalidRows: (details: RowError[]) =>
    new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'IMPORT.INVALID_ROWS', `导入文件中有 ${details.length} 处错误，未导入任何数据，请修改后重新导入`, details),
};
