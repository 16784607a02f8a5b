import type { IndicatorQuery } from '../../api/src/indicators/query-builder';

// What the leadership dashboard asks for when it opens (city, last 12 whole months) and on the
// first drill-down levels: each is timed on ClickHouse through the API's own query path and on
// Postgres by the same aggregation over the source tables.

export interface DashboardQuery { label: string; key: string; q: Omit<IndicatorQuery, 'path' | 'today' | 'fromDate' | 'toExclusive'>; level: 'city' | 'county' | 'township' }

const KPIS = ['on-time-rate', 'case-count', 'consultation-count', 'avg-duration', 'satisfaction-rate', 'bad-rate', 'overdue-count',
  'rectification-on-time-rate', 'one-time-notice-rate', 'survey-response-rate', 'completion-rate'];

export const DASHBOARD_QUERIES: readonly DashboardQuery[] = [
  ...KPIS.map((key) => ({ label: `KPI ${key}`, key, q: { grain: 'total' as const, groupBy: 'none' as const }, level: 'city' as const })),
  { label: '趋势 按时办结率（月）', key: 'on-time-rate', q: { grain: 'month', groupBy: 'none' }, level: 'city' },
  { label: '趋势 满意率（月）', key: 'satisfaction-rate', q: { grain: 'month', groupBy: 'none' }, level: 'city' },
  { label: '排名 各县按时办结率', key: 'on-time-rate', q: { grain: 'total', groupBy: 'region', regionLevel: 'county' }, level: 'city' },
  { label: '热力图 事项×月 办件量', key: 'case-count', q: { grain: 'month', groupBy: 'item' }, level: 'city' },
  { label: '热力图 事项×月 咨询量', key: 'consultation-count', q: { grain: 'month', groupBy: 'item' }, level: 'city' },
  { label: '各环节时长', key: 'hop-duration', q: { grain: 'total', groupBy: 'step' }, level: 'city' },
  { label: '下钻 县内各乡镇按时办结率', key: 'on-time-rate', q: { grain: 'total', groupBy: 'region', regionLevel: 'township' }, level: 'county' },
  { label: '下钻 乡镇内各服务站按时办结率', key: 'on-time-rate', q: { grain: 'total', groupBy: 'region', regionLevel: 'station' }, level: 'township' },
  { label: '下钻 乡镇内各服务站满意率', key: 'satisfaction-rate', q: { grain: 'total', groupBy: 'region', regionLevel: 'station' }, level: 'township' },
];
