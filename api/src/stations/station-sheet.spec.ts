import type { SheetTable } from '../excel/read-sheet';
import { FACILITIES } from './facilities';
import { STATION_COLUMNS, STATION_IMPORT_REQUIRED, stationSheetRow, validateStationSheet } from './station-sheet';

const HEADERS = STATION_COLUMNS.map((c) => c.header);
const ALL = Object.fromEntries(FACILITIES.map((f) => [f.label, '✓']));

function good(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    区域代码: '140522100201', '县（市、区）': '阳城县', '乡镇（街道）': '凤城镇', '村（社区）': '上河村',
    站点名称: '上河村便民服务站', 地址: '晋城市阳城县凤城镇上河村', 开放时间: '周一至周五 8:30-12:00 14:30-17:30',
    纬度: '35.48', 经度: '112.42', 功能分区: '日常办公区、填单区、办事等候区', ...ALL, 缺少设施: '', 代办员人数: '2',
    ...overrides,
  };
}

const regions = new Map([
  ['140522100201', { level: 'VILLAGE' }],
  ['140522100202', { level: 'VILLAGE' }],
  ['140522100000', { level: 'TOWNSHIP' }],
]);

const table = (...rows: Record<string, string>[]): SheetTable => ({ headers: HEADERS, rows: rows.map((values, i) => ({ row: i + 2, values })) });

describe('station register sheet (DB1405 5.1)', () => {
  it('exports facilities as ✓/✗ and names what is missing (DB1405 5.1.5)', () => {
    const row = stationSheetRow({
      regionCode: '140522100201', countyName: '阳城县', townshipName: '凤城镇', villageName: '上河村', name: '上河村便民服务站',
      address: '上河村', openingHours: '全天', latitude: 35.5, longitude: 112.4, zones: ['OFFICE', 'WAITING'],
      facilities: FACILITIES.map((f) => f.key).filter((k) => k !== 'FIRST_AID_KIT' && k !== 'READING_GLASSES'), agentCount: 2,
    });
    expect(row).toHaveLength(HEADERS.length);
    const byHeader = Object.fromEntries(HEADERS.map((h, i) => [h, row[i]]));
    expect(byHeader).toMatchObject({ 功能分区: '日常办公区、办事等候区', 急救箱: '✗', 老花镜: '✗', 电脑: '✓', 缺少设施: '急救箱、老花镜', 代办员人数: 2 });
  });

  it('reads a good row into what the database stores', () => {
    const { rows, errors } = validateStationSheet(table(good({ 急救箱: '否', 雨伞: '是', 功能分区: '等候区,填单区' })), regions);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{
      row: 2, regionCode: '140522100201', name: '上河村便民服务站', address: '晋城市阳城县凤城镇上河村',
      openingHours: '周一至周五 8:30-12:00 14:30-17:30', latitude: 35.48, longitude: 112.42,
      zones: ['WAITING', 'FORM_FILLING'], facilities: FACILITIES.map((f) => f.key).filter((k) => k !== 'FIRST_AID_KIT'),
    }]);
  });

  it('reports every bad cell with its Excel row number, its Chinese header and a Chinese message', () => {
    const { rows, errors } = validateStationSheet(table(
      good(),
      good({ 区域代码: '140522100202', 站点名称: '下河村服务站', 老花镜: '有点', 纬度: '112.4', 经度: '35.4' }),
      good({ 区域代码: '140522100000', 地址: '', 功能分区: '休息区' }),
      good({ 区域代码: '140999100201', 开放时间: '', 纬度: '' }),
      good(), // the same village again
    ), regions);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 3, column: '站点名称', message: '站点名称应为“XX村便民服务站”' },
      { row: 3, column: '纬度', message: '纬度应为晋城市范围内的数值（34.5～36.5）' },
      { row: 3, column: '经度', message: '经度应为晋城市范围内的数值（111.5～114）' },
      { row: 3, column: '老花镜', message: '应填写 ✓、✗、是 或 否' },
      { row: 4, column: '区域代码', message: '区域代码应为村（社区）级区域' },
      { row: 4, column: '地址', message: '请填写地址' },
      { row: 4, column: '功能分区', message: '无法识别的功能分区“休息区”，应为：日常办公区、填单区、办事等候区、自助服务区' },
      { row: 5, column: '区域代码', message: '区域不存在或不在您的管辖范围内' },
      { row: 5, column: '开放时间', message: '请填写开放时间' },
      { row: 5, column: '纬度', message: '纬度和经度应同时填写或同时留空' },
      { row: 6, column: '区域代码', message: '与第 2 行的区域代码重复' },
    ]);
  });

  it('names the missing columns in row 1 and reads no row then', () => {
    const { rows, errors } = validateStationSheet({ headers: ['区域代码', '站点名称'], rows: [{ row: 2, values: good() }] }, regions);
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.column)).toEqual(STATION_IMPORT_REQUIRED.filter((h) => h !== '区域代码' && h !== '站点名称'));
    expect(errors.every((e) => e.row === 1 && e.message === '缺少此列')).toBe(true);
  });

  it('accepts a row without coordinates and with the derived columns left out', () => {
    const headers = STATION_IMPORT_REQUIRED.slice();
    const values = good({ 纬度: '', 经度: '' });
    const { rows, errors } = validateStationSheet({ headers, rows: [{ row: 7, values }] }, regions);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ row: 7, latitude: null, longitude: null });
  });
});
