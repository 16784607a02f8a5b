import { Workbook, type CellValue } from 'exceljs';
import { ExcelErrors, type RowError } from './excel.errors';
import { checkInflatedSize } from './zip-guard';

// Uploaded registers are read as text, cell by cell, keyed by the Chinese header of row 1, so the
// validators see exactly what the user typed and can name the row and column of each problem.

export interface SheetRow {
  /** The Excel row number (the header is row 1, the first data row is row 2). */
  row: number;
  /** Trimmed cell text by header; '' for an empty cell. */
  values: Record<string, string>;
}

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}

/** A cell as text: numbers without exponent noise, dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return '';
  return '';
}

/**
 * The first worksheet as a table. Fully blank rows are skipped (they keep their row numbers for
 * the others); an unreadable file is 400 IMPORT.UNREADABLE, one that would inflate beyond
 * MAX_UNCOMPRESSED_BYTES 413 IMPORT.TOO_LARGE, more than `maxRows` data rows 422.
 */
export async function readSheet(file: Buffer, opts: { maxRows: number }): Promise<SheetTable> {
  const inflated = checkInflatedSize(file);
  if (!inflated.ok) throw inflated.reason === 'too-large' ? ExcelErrors.tooLarge() : ExcelErrors.unreadable();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(file as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw ExcelErrors.unreadable();
  }
  const ws = wb.worksheets[0];
  if (!ws) throw ExcelErrors.unreadable();
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value);
  });
  for (let i = 0; i < headers.length; i++) headers[i] ??= '';
  const rows: SheetRow[] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || tooMany) return;
    const values: Record<string, string> = {};
    let blank = true;
    headers.forEach((h, i) => {
      if (!h) return;
      const text = cellText(row.getCell(i + 1).value);
      if (text) blank = false;
      values[h] = text;
    });
    if (blank) return;
    if (rows.length >= opts.maxRows) {
      tooMany = true;
      return;
    }
    rows.push({ row: rowNumber, values });
  });
  if (tooMany) throw ExcelErrors.tooManyRows(opts.maxRows);
  return { headers: headers.filter(Boolean), rows };
}

/** Header problems, reported on row 1: a file without the needed columns cannot be read row by row. */
export function missingColumns(table: SheetTable, required: readonly string[]): RowError[] {
  return required.filter((h) => !table.headers.includes(h)).map((h) => ({ row: 1, column: h, message: '缺少此列' }));
}
