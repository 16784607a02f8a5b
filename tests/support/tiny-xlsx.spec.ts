import { isXlsxZip } from '../../api/src/excel/xlsx-body';
import { readSheet } from '../../api/src/excel/read-sheet';
import { columnLetters, tinyXlsx } from './tiny-xlsx';

describe('tinyXlsx (synchronous one-sheet workbook)', () => {
  it('names columns like Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a zip that exceljs reads back cell for cell, Chinese and markup included', async () => {
    const file = tinyXlsx([
      ['区域代码', '站点名称', '备注'],
      ['140522100201', '上河村便民服务站', 'a < b & "c"'],
      ['', '', ''],
      ['140522100202', '下河村便民服务站', ''],
    ]);
    expect(isXlsxZip(file)).toBe(true);
    const table = await readSheet(file, { maxRows: 10 });
    expect(table.headers).toEqual(['区域代码', '站点名称', '备注']);
    expect(table.rows).toEqual([
      { row: 2, values: { 区域代码: '140522100201', 站点名称: '上河村便民服务站', 备注: 'a < b & "c"' } },
      { row: 4, values: { 区域代码: '140522100202', 站点名称: '下河村便民服务站', 备注: '' } },
    ]);
  });
});
