import { Workbook } from 'exceljs';

// Register exports: one worksheet, Chinese headers in row 1 (the same layout the import reads),
// frozen header and a filter, and cells that flag a shortcoming printed in red.

export type SheetCell = string | number | null;

export interface SheetColumn {
  header: string;
  /** Column width in characters. */
  width?: number;
  /** Excel number format of the column's cells, e.g. '0.00%' (the stored value stays the number). */
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly SheetCell[][];
  /** True for a cell to print in red (e.g. ✗ for a missing facility). */
  red?: (value: SheetCell, column: number) => boolean;
}

const RED = { argb: 'FFC00000' };

export async function writeSheet(spec: SheetSpec): Promise<Buffer> {
  return writeWorkbook([spec]);
}

/** Several sheets in one workbook (e.g. an indicator's figures plus a sheet stating its definition). */
export async function writeWorkbook(specs: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = '红色代办监管平台';
  wb.created = new Date();
  for (const spec of specs) addSheet(wb, spec);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as unknown as ArrayBuffer);
}

function addSheet(wb: Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(8, c.header.length * 2 + 2), ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  for (const values of spec.rows) {
    const row = ws.addRow(values.map((v) => v ?? ''));
    if (spec.red) {
      values.forEach((v, i) => {
        if (spec.red!(v, i)) row.getCell(i + 1).font = { color: RED };
      });
    }
  }
  if (spec.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

/** Content-Disposition for a download with a Chinese file name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
