import { Workbook } from 'exceljs';
import { writeWorkbook } from '../excel/write-sheet';
import type { IndicatorResult } from './indicator-query.service';
import { INDICATOR_SHEET_HEADERS, indicatorFileNames, indicatorSheets } from './indicator-sheet';
import { describe as describeIndicator, INDICATORS } from './registry';

function result(key: string, rows: IndicatorResult['rows'], extra: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    indicator: describeIndicator(INDICATORS.get(key)!),
    region: { code: '140522', name: '阳城县', level: 'COUNTY' },
    from: '2025-12', to: '2026-11', grain: 'total', groupBy: 'region', regionLevel: 'township',
    rows,
    total: { numerator: 95, denominator: 100, value: 0.95, interval: { low: 0.8883, high: 0.9785 }, suppressed: false },
    ...extra,
  } as IndicatorResult;
}

const rateRows: IndicatorResult['rows'] = [
  { period: 'total', group: { key: '140522100', name: '凤城镇', regionCode: '140522100' }, numerator: 90, denominator: 94, value: 0.9574, interval: { low: 0.8956, high: 0.9833 }, suppressed: false },
  { period: 'total', group: { key: '140522101', name: '北留镇', regionCode: '140522101' }, numerator: 5, denominator: 6, value: 0.8333, interval: { low: 0.4365, high: 0.9699 }, suppressed: false },
];

describe('indicator export sheets', () => {
  it('writes the JSON rows under the Chinese headers, one row each, numbers kept as numbers', () => {
    const [data] = indicatorSheets(result('on-time-rate', rateRows), '2026-11-29 10:00:00');
    expect(data.columns.map((c) => c.header)).toEqual([...INDICATOR_SHEET_HEADERS]);
    expect(data.rows).toEqual([
      ['合计', '凤城镇', 90, 94, 0.9574, 0.8956, 0.9833, '否'],
      ['合计', '北留镇', 5, 6, 0.8333, 0.4365, 0.9699, '否'],
    ]);
    expect(data.columns[4].numFmt).toBe('0.00%');
  });

  it('leaves a suppressed value empty and says 样本不足; a count has no denominator', () => {
    const sat = indicatorSheets(result('satisfaction-rate', [
      { period: '2026-01', group: null, numerator: 3, denominator: 4, value: null, interval: null, suppressed: true },
    ], { grain: 'month', groupBy: 'none', regionLevel: null }), 'x')[0];
    expect(sat.rows).toEqual([['2026-01', '全部', 3, 4, null, null, null, '是']]);
    const count = indicatorSheets(result('case-count', [
      { period: '2026-01', group: null, numerator: 120, denominator: 0, value: 120, interval: null, suppressed: false },
    ]), 'x')[0];
    expect(count.rows[0].slice(2, 5)).toEqual([120, null, 120]);
  });

  it('states the definition, region and period on a second sheet', () => {
    const about = indicatorSheets(result('on-time-rate', rateRows), '2026-11-29 10:00:00')[1];
    const map = new Map(about.rows.map((r) => [r[0], r[1]]));
    expect(map.get('指标')).toBe('按时办结率（%）');
    expect(String(map.get('计算口径'))).toContain('按期办结件数');
    expect(map.get('依据')).toContain('DB1405');
    expect(map.get('区域')).toBe('阳城县（140522）');
    expect(map.get('统计期')).toBe('2025-12 至 2026-11');
    expect(map.get('分组')).toBe('区域（乡镇（街道））');
    expect(map.get('合计')).toBe('95.00%');
    expect(map.get('导出时间')).toBe('2026-11-29 10:00:00');
  });

  it('round-trips through exceljs with the header row first', async () => {
    const buf = await writeWorkbook(indicatorSheets(result('on-time-rate', rateRows), 'x'));
    const wb = new Workbook();
    await wb.xlsx.load(buf as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['数据', '说明']);
    const ws = wb.getWorksheet('数据')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...INDICATOR_SHEET_HEADERS]);
    expect(ws.getCell('E2').value).toBe(0.9574);
    expect(ws.getCell('E2').numFmt).toBe('0.00%');
    expect(ws.rowCount).toBe(3);
  });

  it('names the file after the indicator, region and period', () => {
    expect(indicatorFileNames(result('on-time-rate', rateRows))).toEqual({
      name: '按时办结率-阳城县-2025-12至2026-11.xlsx',
      ascii: 'indicator-on-time-rate-140522-2025-12-2026-11.xlsx',
    });
  });
});
