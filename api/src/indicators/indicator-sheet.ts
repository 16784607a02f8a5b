import type { SheetCell, SheetColumn, SheetSpec } from '../excel/write-sheet';
import type { IndicatorResult } from './indicator-query.service';

// An indicator's figures as a workbook (dashboard exports): sheet 数据 holds exactly the rows of the
// JSON answer for the same query, one per row, with Chinese headers; sheet 说明 states what they
// are (name, formula, clause, region, period), so a copy passed around keeps its definition. Pure.

export const INDICATOR_SHEET_HEADERS = ['统计期', '分组', '分子', '分母', '数值', '区间下限', '区间上限', '样本不足'] as const;

const GRAIN_TEXT: Record<string, string> = { day: '日', week: '周', month: '月', quarter: '季度', year: '年', total: '合计' };
const GROUP_TEXT: Record<string, string> = { none: '不分组', region: '区域', item: '事项', agent: '代办员', channel: '渠道', step: '环节' };
const LEVEL_TEXT: Record<string, string> = { county: '县（市、区）', township: '乡镇（街道）', station: '服务站' };

/** Rates (0-1) print as percentages; averages with two decimals; counts as integers. The cell keeps the number. */
function valueFormat(unit: string): string {
  if (unit === '%') return '0.00%';
  if (unit === '件') return '#,##0';
  return '0.00';
}

export function indicatorSheets(r: IndicatorResult, exportedAt: string): SheetSpec[] {
  const ind = r.indicator;
  const fmt = valueFormat(ind.unit);
  const ratio = ind.unit === '%';
  const columns: SheetColumn[] = [
    { header: '统计期', width: 12 },
    { header: '分组', width: 24 },
    { header: '分子', width: 12, numFmt: ind.unit === '件' ? '#,##0' : '0.##' },
    { header: '分母', width: 12, numFmt: '#,##0' },
    { header: '数值', width: 12, numFmt: fmt },
    { header: '区间下限', width: 12, numFmt: fmt },
    { header: '区间上限', width: 12, numFmt: fmt },
    { header: '样本不足', width: 10 },
  ];
  const rows: SheetCell[][] = r.rows.map((x) => [
    x.period === 'total' ? '合计' : x.period,
    x.group?.name ?? '全部',
    x.numerator,
    // A count has no denominator: an empty cell, not a misleading 0.
    ind.unit === '件' ? null : x.denominator,
    x.value,
    x.interval?.low ?? null,
    x.interval?.high ?? null,
    x.suppressed ? '是' : '否',
  ]);
  const percent = (v: number | null) => (v === null ? '—' : ratio ? `${(v * 100).toFixed(2)}%` : `${v}${ind.unit === '件' ? ' 件' : ` ${ind.unit}`}`);
  const about: SheetCell[][] = [
    ['指标', `${ind.name}（${ind.unit}）`],
    ['指标键', ind.key],
    ['计算口径', ind.formula],
    ['依据', ind.clause],
    ['区域', `${r.region.name}（${r.region.code}）`],
    ['统计期', r.from === r.to ? r.from : `${r.from} 至 ${r.to}`],
    ['统计周期', GRAIN_TEXT[r.grain] ?? r.grain],
    ['分组', `${GROUP_TEXT[r.groupBy] ?? r.groupBy}${r.regionLevel ? `（${LEVEL_TEXT[r.regionLevel] ?? r.regionLevel}）` : ''}`],
    ['合计', r.total.suppressed ? '样本不足' : percent(r.total.value)],
    ['合计分子 / 分母', ind.unit === '件' ? String(r.total.numerator) : `${r.total.numerator} / ${r.total.denominator}`],
    ...(r.previous ? [['上一期合计', r.previous.suppressed ? '样本不足' : percent(r.previous.value)] as SheetCell[]] : []),
    ['说明', ratio ? '数值为比例（表中以百分比显示）；区间为 Wilson 95% 置信区间；样本不足时不显示数值' : '数值为件数或平均值'],
    ['导出时间', exportedAt],
  ];
  return [
    { name: '数据', columns, rows },
    { name: '说明', columns: [{ header: '项目', width: 16 }, { header: '内容', width: 80 }], rows: about },
  ];
}

/** The file name: 按时办结率-阳城县-2025-12至2026-11.xlsx (ASCII fallback indicator-on-time-rate-140522-2025-12-2026-11.xlsx). */
export function indicatorFileNames(r: IndicatorResult): { name: string; ascii: string } {
  const period = r.from === r.to ? r.from : `${r.from}至${r.to}`;
  return {
    name: `${r.indicator.name}-${r.region.name}-${period}.xlsx`,
    ascii: `indicator-${r.indicator.key}-${r.region.code}-${r.from}-${r.to}.xlsx`.replace(/[^\w.-]/g, '_'),
  };
}
