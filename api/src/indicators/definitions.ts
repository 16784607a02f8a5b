// Indicators are declared once, as data (key, Chinese name, formula, unit, dimensions), and served
// by queries built from bound parameters only (architecture.md convention 4). Later indicators
// join this list.

export interface IndicatorDefinition {
  key: string;
  name: string;
  unit: '%' | '件' | '工作日';
  formula: string;
  dimensions: readonly ('month' | 'region')[];
  clause: string;
}

export const ON_TIME_RATE: IndicatorDefinition = {
  key: 'on-time-rate',
  name: '按时办结率',
  unit: '%',
  formula: '按期办结件数 ÷ 办结件数（按办结月份统计；办结日期不晚于承诺办结日期即为按期，补正暂停的工作日已顺延）',
  dimensions: ['month', 'region'],
  clause: 'DB1405 4.3, 7.2.1 e)',
};

export const INDICATORS: readonly IndicatorDefinition[] = [ON_TIME_RATE];
