// Pure helpers of the ETL status screen (unit-tested without a DOM).

export const TABLE_LABELS: Record<string, string> = {
  cases: '案件', case_events: '案件事件', consultations: '咨询', evaluations: '评价', survey_calls: '回访',
  rectifications: '整改', case_handoffs: '上报环节', regions: '区划', stations: '服务站', agents: '代办员',
  catalogue_items: '事项清单',
};

/** Lag as people read it: 秒 under a minute, then 分钟, then 小时. */
export function formatLag(seconds: number | null): string {
  if (seconds === null) return '尚未同步';
  if (seconds < 1) return '实时';
  if (seconds < 60) return `${Math.round(seconds)} 秒`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} 分钟`;
  return `${(seconds / 3600).toFixed(1)} 小时`;
}

export type Health = 'ok' | 'lagging' | 'failing';

/** Failing when the last run errored; lagging beyond a minute (the scheduler runs every few seconds). */
export function healthOf(s: { lastError: string | null; lagSeconds: number | null }): Health {
  if (s.lastError) return 'failing';
  if (s.lagSeconds === null || s.lagSeconds > 60) return 'lagging';
  return 'ok';
}
