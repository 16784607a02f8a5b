import type { SheetTable } from '../excel/read-sheet';
import { AGENT_COLUMNS, agentSheetRow, validateAgentSheet } from './agent-sheet';

const HEADERS = AGENT_COLUMNS.map((c) => c.header);
const stations = new Map([['140522100201', { stationId: 7 }], ['140522100202', { stationId: 8 }]]);

function good(overrides: Record<string, string> = {}): Record<string, string> {
  return { 区域代码: '140522100201', 服务站: '上河村便民服务站', 姓名: '张建国', 类别: '党员', 联系电话: '13812341234', 业务专长: '社保、医保', 在岗: '是', 本年培训学时: '6', ...overrides };
}
const table = (...rows: Record<string, string>[]): SheetTable => ({ headers: HEADERS, rows: rows.map((values, i) => ({ row: i + 2, values })) });

describe('agent register sheet (DB1405 5.2)', () => {
  it('exports the masked values it is given, the category in Chinese and the hours of this year', () => {
    expect(agentSheetRow({
      regionCode: '140522100201', stationName: '上河村便民服务站', name: '张*国', phone: '138****1234', category: 'GRID_LEADER',
      skills: ['社保', '医保'], active: false, trainingHoursThisYear: 7.5,
    })).toEqual(['140522100201', '上河村便民服务站', '张*国', '网格长', '138****1234', '社保、医保', '否', 7.5]);
  });

  it('reads good rows; category by its Chinese label; 在岗 defaults to yes', () => {
    const { rows, errors } = validateAgentSheet(table(good(), good({ 区域代码: '140522100202', 姓名: '李秀英', 类别: '大学生村干部', 联系电话: '139 1234 5678', 业务专长: '', 在岗: '' })), stations);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, stationId: 7, name: '张建国', category: 'PARTY_MEMBER', phone: '13812341234', skills: ['社保', '医保'], active: true },
      { row: 3, stationId: 8, name: '李秀英', category: 'GRADUATE_VILLAGE_OFFICIAL', phone: '13912345678', skills: [], active: true },
    ]);
  });

  it('reports each bad cell with its Excel row number and a Chinese message', () => {
    const { rows, errors } = validateAgentSheet(table(
      good(),
      good({ 区域代码: '140999100201', 类别: '群众' }),
      good({ 姓名: '张*国', 联系电话: '138****1234' }),
      good({ 联系电话: '12812341234', 在岗: '也许' }),
      good({ 业务专长: '社保' }), // same station, name and phone as row 2
    ), stations);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 3, column: '区域代码', message: '该区域没有服务站，或不在您的管辖范围内' },
      { row: 3, column: '类别', message: '类别应为：党员、乡镇中层业务骨干、村干部、村民小组长、党小组长、网格长、入党积极分子、大学生村干部、其他' },
      { row: 4, column: '姓名', message: '姓名为脱敏显示，请填写完整姓名' },
      { row: 4, column: '联系电话', message: '联系电话为脱敏显示，请填写完整的手机号码' },
      { row: 5, column: '联系电话', message: '联系电话应为 11 位手机号码' },
      { row: 5, column: '在岗', message: '应填写 是 或 否（留空视为在岗）' },
      { row: 6, column: '姓名', message: '与第 2 行是同一代办员（服务站、姓名、联系电话相同）' },
    ]);
  });

  it('needs the region, name, category and phone columns', () => {
    const { errors } = validateAgentSheet({ headers: ['区域代码', '姓名'], rows: [] }, stations);
    expect(errors).toEqual([
      { row: 1, column: '类别', message: '缺少此列' },
      { row: 1, column: '联系电话', message: '缺少此列' },
    ]);
  });
});
