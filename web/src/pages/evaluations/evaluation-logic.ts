// Evaluations (DB1405 8.1.1), moderation (8.1.3) and 回访 (8.1.2) on staff screens: labels, who
// may do what (mirrors api/src/auth/permissions.ts), form bodies and rate formatting. Pure.
import type { CallRecord, EvaluationEntry, EvaluationLevel, Rate, StaffChannel } from '../../api/evaluation-types';

export const LEVEL_OPTIONS: ReadonlyArray<{ value: EvaluationLevel; label: string }> = [
  { value: 'VERY_SATISFIED', label: '非常满意' },
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'DISSATISFIED', label: '不满意' },
  { value: 'VERY_DISSATISFIED', label: '非常不满意' },
];

/** Staff enter these; the online channel is the citizen's own link. */
export const CHANNEL_OPTIONS: ReadonlyArray<{ value: StaffChannel; label: string }> = [
  { value: 'DEVICE', label: '评价器' },
  { value: 'PAPER', label: '纸质评价表' },
  { value: 'COMMENT_BOX', label: '意见箱' },
];
export const ALL_CHANNELS = [{ value: 'ONLINE', label: '网上评价' }, ...CHANNEL_OPTIONS];

export const MODERATION_OPTIONS = [
  { value: 'PENDING', label: '待审核' },
  { value: 'APPROVED', label: '已通过' },
  { value: 'REJECTED', label: '不予公开' },
  { value: 'NONE', label: '无留言' },
];

export const OUTCOME_OPTIONS: ReadonlyArray<{ value: CallRecord['outcome']; label: string }> = [
  { value: 'REACHED', label: '回访成功' },
  { value: 'NOT_REACHED', label: '未接通' },
  { value: 'REFUSED', label: '拒访' },
];

export const DIMENSIONS = [
  { key: 'efficiency', label: '办事效率' },
  { key: 'attitude', label: '服务态度' },
  { key: 'professionalism', label: '业务水平' },
] as const;

const BAD = new Set<string>(['DISSATISFIED', 'VERY_DISSATISFIED']);
export const isBadLevel = (level: string | null | undefined) => !!level && BAD.has(level);

export const canEnterEvaluation = (role?: string) => role === 'ADMIN' || role === 'TOWNSHIP_REVIEWER' || role === 'STATION_AGENT';
export const canModerate = (role?: string) => role === 'ADMIN' || role === 'CITY_LEADER' || role === 'COUNTY_LEADER' || role === 'TOWNSHIP_REVIEWER';
export const canCall = canModerate;
/** One batch per month for the whole city (SURVEY.CITY_WIDE_ONLY). */
export const canDrawBatch = (role?: string) => role === 'ADMIN' || role === 'CITY_LEADER';

export interface EntryForm {
  channel: StaffChannel | '';
  level: EvaluationLevel | '';
  efficiency: string;
  attitude: string;
  professionalism: string;
  /** '' not answered, 'yes', 'no' */
  done: '' | 'yes' | 'no';
  comment: string;
}

export const emptyEntry = (): EntryForm => ({ channel: '', level: '', efficiency: '', attitude: '', professionalism: '', done: '', comment: '' });

/** The request body, or the problems to show (in Chinese). */
export function entryBody(f: EntryForm): { body: EvaluationEntry } | { problems: string[] } {
  const problems: string[] = [];
  if (!f.channel) problems.push('请选择评价渠道');
  if (!f.level) problems.push('请选择评价等级');
  if ([...f.comment].length > 500) problems.push('留言不超过 500 字');
  if (problems.length) return { problems };
  const body: EvaluationEntry = { channel: f.channel as StaffChannel, level: f.level as EvaluationLevel };
  for (const d of DIMENSIONS) if (f[d.key]) body[d.key] = Number(f[d.key]);
  if (f.done) body.done = f.done === 'yes';
  if (f.comment.trim()) body.comment = f.comment.trim();
  return { body };
}

export interface CallForm { outcome: CallRecord['outcome'] | ''; level: EvaluationLevel | ''; comment: string; finding: string }

export function callBody(f: CallForm): { body: CallRecord } | { problems: string[] } {
  if (!f.outcome) return { problems: ['请选择回访结果'] };
  if (f.level && f.outcome !== 'REACHED') return { problems: ['只有回访成功时才能登记满意程度'] };
  const body: CallRecord = { outcome: f.outcome };
  if (f.level) body.level = f.level;
  if (f.comment.trim()) body.comment = f.comment.trim();
  if (f.finding.trim()) body.finding = f.finding.trim();
  return { body };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** "66.7%（95% 区间 20.8%–93.9%）", "样本不足（n=4）" or "—" when nothing was sampled. */
export function formatRate(r: Rate): string {
  if (r.suppressed) return r.n === 0 ? '—' : `样本不足（n=${r.n}）`;
  return `${pct(r.rate)}（95% 区间 ${pct(r.interval.low)}–${pct(r.interval.high)}）`;
}

/** The month before `today` (YYYY-MM-DD): the latest month a batch can be drawn for. */
export function lastClosedMonth(today: string): string {
  const [y, m] = today.slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
