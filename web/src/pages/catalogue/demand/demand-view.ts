/**
 * 需求分析 page state and formatting (DB1405 7.1.2-7.1.3). The period and region live in the URL
 * (`/catalogue/demand?region=140522&from=2026-01&to=2026-06`) so a link shows the same figures. Pure.
 */
import type { DemandSuggestion, DemandTable } from '../../../api/demand-types';
import type { CatalogueContent } from '../../../api/types';
import { addMonths, defaultPeriod, isMonth } from '../../leader/url-state';
import { emptyForm, type ProposalForm } from '../proposal-form';

export interface DemandState {
  region: string | null;
  from: string;
  to: string;
}

const REGION_RE = /^\d{6,12}$/;

/** Missing or malformed months fall back to the last 12 months; a reversed period is kept, for the page to say so. */
export function parseDemandQuery(search: string | URLSearchParams, now: Date): DemandState {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const def = defaultPeriod(now);
  const region = q.get('region')?.trim() ?? '';
  const from = q.get('from')?.trim() ?? '';
  const to = q.get('to')?.trim() ?? '';
  const period = isMonth(from) && isMonth(to) ? { from, to } : isMonth(to) ? { from: addMonths(to, -11), to } : isMonth(from) ? { from, to: def.to > from ? def.to : from } : def;
  return { region: REGION_RE.test(region) ? region : null, ...period };
}

export function serializeDemandQuery(s: DemandState): string {
  const q = new URLSearchParams();
  if (s.region) q.set('region', s.region);
  q.set('from', s.from);
  q.set('to', s.to);
  return q.toString();
}

/** "No demand for 12 months" is judged at the end of the period, or today if the period runs on. */
export function idleAsOf(to: string, today: string): string {
  const next = addMonths(to, 1);
  const last = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 1) - 86_400_000).toISOString().slice(0, 10);
  return last < today ? last : today;
}

/** +25.0% / −10.0% / 0.0%; "上期无需求" when there is nothing to compare with. */
export function formatGrowth(pct: number | null): string {
  if (pct === null) return '上期无需求';
  if (pct > 0) return `+${pct.toFixed(1)}%`;
  if (pct < 0) return `−${Math.abs(pct).toFixed(1)}%`;
  return '0.0%';
}

export function growthTone(pct: number | null): 'up' | 'down' | 'flat' {
  return pct === null || pct === 0 ? 'flat' : pct > 0 ? 'up' : 'down';
}

const LEVEL: Record<string, string> = { VILLAGE: '村级', TOWNSHIP: '乡镇', COUNTY: '县级' };
export const levelText = (level: string | null | undefined): string => (level ? LEVEL[level] ?? level : '—');

const FIGURE_LABELS: Record<string, string> = {
  asks: '咨询次数',
  townships: '涉及乡镇数',
  variants: '不同表述',
  consultations: '咨询量',
  cases: '办件量',
  demand: '需求合计',
  regionTownships: '区域乡镇数',
  requiredTownships: '规则要求乡镇数',
  currentLevel: '现办理层级',
  targetLevel: '建议层级',
  since: '统计起',
  asOf: '统计止',
  lastDemand: '最近一次需求',
  inCatalogueSince: '纳入清单日期',
};

/** The evidence of a suggestion as label/value pairs, in the order the server sent them. */
export function figureRows(s: Pick<DemandSuggestion, 'figures'>): Array<[string, string]> {
  return Object.entries(s.figures).map(([k, v]) => {
    const label = FIGURE_LABELS[k] ?? k;
    if (Array.isArray(v)) return [label, v.join('、')];
    if (k === 'currentLevel' || k === 'targetLevel') return [label, levelText(v as string)];
    if (v === null) return [label, '无记录'];
    return [label, String(v)];
  });
}

export const SUGGESTION_LABELS: Record<string, string> = { ADD: '新增事项', MOVE_NEARER: '下放办理层级', RETIRE: '停用事项' };

const TABLE_NAMES: Record<DemandTable, string> = { top: '高频事项', 'off-catalogue': '清单外需求', idle: '长期无需求事项', suggestions: '目录调整建议' };

export function exportFileName(table: DemandTable, s: DemandState, asOf: string): string {
  return table === 'idle' ? `${TABLE_NAMES[table]}-${asOf}.xlsx` : `${TABLE_NAMES[table]}-${s.from}至${s.to}.xlsx`;
}

/** The ADD editor starts from the server's draft; the catalogue form's own checks then apply (proposal-form.ts). */
export function formFromDraft(draft: CatalogueContent): ProposalForm {
  return {
    ...emptyForm('ADD'),
    name: draft.name, category: draft.category, source: draft.source, level: draft.level, department: draft.department,
    legalBasis: draft.legalBasis, timeLimitDays: String(draft.timeLimitDays), statutoryFee: String(draft.statutoryFee),
    procedure: draft.procedure.join('\n'),
    materials: draft.materials.map((m) => ({ name: m.name, form: m.form, copies: String(m.copies), howToGet: m.howToGet })),
    // the proposal's reason is written by the server from the figures; this form only adds to it
    reason: '需求统计',
  };
}

/** Placeholders of the draft still in the form (the leader should replace them before proposing). */
export function placeholdersLeft(form: Pick<ProposalForm, 'department' | 'legalBasis'>): string[] {
  const left: string[] = [];
  if (form.department.startsWith('待')) left.push('办理部门');
  if (form.legalBasis.startsWith('待')) left.push('法律依据');
  return left;
}
