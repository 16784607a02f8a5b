import { Workbook } from 'exceljs';
import { AppError } from '../common/app-error';
import { cellText, readSheet } from './read-sheet';
import { attachmentHeader, writeSheet } from './write-sheet';
import { isXlsxZip } from './xlsx-body';

describe('cellText', () => {
  it('reads every kind of cell value as the text the user sees', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('  上河村 ')).toBe('上河村');
    expect(cellText(13812341234)).toBe('13812341234');
    expect(cellText(140522100201)).toBe('140522100201');
    expect(cellText(35.512345)).toBe('35.512345');
    expect(cellText(true)).toBe('是');
    expect(cellText(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(cellText({ richText: [{ text: '上河' }, { text: '村' }] })).toBe('上河村');
    expect(cellText({ text: '链接', hyperlink: 'https://example.org' })).toBe('链接');
    expect(cellText({ formula: 'A1&B1', result: '结果' })).toBe('结果');
    expect(cellText({ error: '#N/A' })).toBe('');
  });
});

describe('writeSheet → readSheet', () => {
  it('round-trips a register with Chinese headers, keeps Excel row numbers and marks red cells', async () => {
    const file = await writeSheet({
      name: '服务站',
      columns: [{ header: '区域代码' }, { header: '站点名称' }, { header: '急救箱' }, { header: '纬度' }],
      rows: [
        ['140522100201', '上河村便民服务站', '✓', 35.5],
        ['140522100202', '下河村便民服务站', '✗', null],
      ],
      red: (v) => v === '✗',
    });
    expect(isXlsxZip(file)).toBe(true);
    const table = await readSheet(file, { maxRows: 100 });
    expect(table.headers).toEqual(['区域代码', '站点名称', '急救箱', '纬度']);
    expect(table.rows).toEqual([
      { row: 2, values: { 区域代码: '140522100201', 站点名称: '上河村便民服务站', 急救箱: '✓', 纬度: '35.5' } },
      { row: 3, values: { 区域代码: '140522100202', 站点名称: '下河村便民服务站', 急救箱: '✗', 纬度: '' } },
    ]);
    const wb = new Workbook();
    await wb.xlsx.load(file as never);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('服务站');
    expect(ws.getCell('C3').font?.color?.argb).toBe('FFC00000');
    expect(ws.getCell('C2').font?.color).toBeUndefined();
    expect(ws.getRow(1).font?.bold).toBe(true);
  });

  it('refuses a file that is not a workbook and one with too many rows', async () => {
    await expect(readSheet(Buffer.from('PK\x03\x04 not really a zip'), { maxRows: 10 })).rejects.toMatchObject({ code: 'IMPORT.UNREADABLE', status: 400 });
    const big = await writeSheet({ name: 'x', columns: [{ header: 'a' }], rows: Array.from({ length: 6 }, (_, i) => [`v${i}`]) });
    const err = await readSheet(big, { maxRows: 5 }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'IMPORT.TOO_MANY_ROWS', status: 422 });
  });
});

describe('attachmentHeader', () => {
  it('gives an ASCII fallback and the UTF-8 Chinese name', () => {
    expect(attachmentHeader('服务站登记表.xlsx', 'stations.xlsx')).toBe(
      `attachment; filename="stations.xlsx"; filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E7%AB%99%E7%99%BB%E8%AE%B0%E8%A1%A8.xlsx`,
    );
  });
});
