/**
 * The catalogue-adjustment form (DB1405 7.1.3): its state, built from an item's current content
 * or empty for a new item, checked with the server's rules (the server checks again and is the
 * real guard), and turned into the request. Also who may do what, to show buttons by role. Pure.
 */
import type {
  CatalogueChangeType,
  CatalogueItemDetail,
  CatalogueProposal,
  CatalogueProposalRequest,
  CatalogueSource,
  HandlingLevel,
  MaterialForm,
} from '../../api/types';

export interface MaterialRow {
  name: string;
  form: MaterialForm;
  copies: string;
  howToGet: string;
}

export interface ProposalForm {
  changeType: CatalogueChangeType;
  itemId: number | null;
  name: string;
  category: string;
  source: CatalogueSource;
  level: HandlingLevel;
  department: string;
  legalBasis: string;
  timeLimitDays: string;
  statutoryFee: string;
  /** One step per line. */
  procedure: string;
  materials: MaterialRow[];
  reason: string;
  effectiveFrom: string;
}

export const emptyMaterial = (): MaterialRow => ({ name: '', form: 'ORIGINAL', copies: '1', howToGet: '' });

export function emptyForm(changeType: CatalogueChangeType = 'UPDATE'): ProposalForm {
  return {
    changeType, itemId: null, name: '', category: '', source: 'LOCAL_DEMAND', level: 'VILLAGE', department: '', legalBasis: '',
    timeLimitDays: '', statutoryFee: '0', procedure: '', materials: [emptyMaterial()], reason: '', effectiveFrom: '',
  };
}

/** The form filled with the item as it reads now: a proposal starts from the current content. */
export function formFromItem(item: CatalogueItemDetail, changeType: CatalogueChangeType, reason = '', effectiveFrom = ''): ProposalForm {
  return {
    changeType, itemId: item.id, name: item.name, category: item.category, source: item.source, level: item.level,
    department: item.department, legalBasis: item.legalBasis, timeLimitDays: String(item.timeLimitDays),
    statutoryFee: String(item.statutoryFee), procedure: item.procedure.join('\n'),
    materials: item.materials.map((m) => ({ name: m.name, form: m.form, copies: String(m.copies), howToGet: m.howToGet })),
    reason, effectiveFrom,
  };
}

export const stepsOf = (procedure: string): string[] => procedure.split('\n').map((s) => s.trim()).filter(Boolean);

const len = (s: string) => [...s.trim()].length;
const PROXY_FEE = /代办费|代办服务费|手续费/;

/** Problems by field key ('name', 'materials.0.copies', …); empty when the form may be sent. */
export function formErrors(f: ProposalForm): Record<string, string> {
  const e: Record<string, string> = {};
  if (f.changeType !== 'ADD' && f.itemId === null) e.itemId = '请选择要调整的事项';
  if (len(f.reason) < 2 || len(f.reason) > 500) e.reason = '请填写 2-500 字的调整理由';
  if (f.effectiveFrom && !/^\d{4}-\d{2}-\d{2}$/.test(f.effectiveFrom)) e.effectiveFrom = '日期格式应为 YYYY-MM-DD';
  if (f.changeType === 'RETIRE') return e;
  if (len(f.name) < 2 || len(f.name) > 100) e.name = '事项名称应为 2-100 个字';
  if (len(f.category) < 1 || len(f.category) > 32) e.category = '请填写事项类别';
  if (len(f.department) < 1 || len(f.department) > 64) e.department = '请填写办理部门';
  if (len(f.legalBasis) < 1 || len(f.legalBasis) > 300) e.legalBasis = '请填写法律依据（DB1405 4.6）';
  if (!/^\d+$/.test(f.timeLimitDays.trim()) || +f.timeLimitDays < 1 || +f.timeLimitDays > 60) e.timeLimitDays = '承诺时限应为 1-60 个工作日';
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(f.statutoryFee.trim())) e.statutoryFee = '法定收费应为不小于 0 的金额';
  const steps = stepsOf(f.procedure);
  if (steps.length < 1 || steps.length > 15) e.procedure = '办理流程应为 1-15 个步骤';
  else if (steps.some((s) => len(s) > 100)) e.procedure = '每个步骤不超过 100 个字';
  if (f.materials.length < 1 || f.materials.length > 20) e.materials = '申请材料应为 1-20 项';
  const seen = new Set<string>();
  f.materials.forEach((m, i) => {
    if (len(m.name) < 1 || len(m.name) > 100) e[`materials.${i}.name`] = '请填写材料名称';
    else if (seen.has(m.name.trim())) e[`materials.${i}.name`] = '材料名称重复';
    seen.add(m.name.trim());
    if (!/^\d+$/.test(m.copies.trim()) || +m.copies < 1 || +m.copies > 99) e[`materials.${i}.copies`] = '份数应为 1-99';
    if (len(m.howToGet) < 1 || len(m.howToGet) > 200) e[`materials.${i}.howToGet`] = '请填写获取方式';
  });
  // DB1405 4.5: say it before the server refuses it
  const texts = [f.name, f.department, f.legalBasis, f.procedure, ...f.materials.flatMap((m) => [m.name, m.howToGet])];
  if (texts.some((x) => PROXY_FEE.test(x))) e.proxyFee = '红色代办实行无偿服务，不得出现代办费、手续费（DB1405 4.5）';
  return e;
}

export function toRequest(f: ProposalForm): CatalogueProposalRequest {
  const req: CatalogueProposalRequest = { changeType: f.changeType, reason: f.reason.trim() };
  if (f.changeType !== 'ADD' && f.itemId !== null) req.itemId = f.itemId;
  if (f.effectiveFrom) req.effectiveFrom = f.effectiveFrom;
  if (f.changeType === 'RETIRE') return req;
  req.content = {
    name: f.name.trim(), category: f.category.trim(), source: f.source, level: f.level, department: f.department.trim(),
    legalBasis: f.legalBasis.trim(), timeLimitDays: Number(f.timeLimitDays), statutoryFee: Number(f.statutoryFee),
    procedure: stepsOf(f.procedure),
    materials: f.materials.map((m) => ({ name: m.name.trim(), form: m.form, copies: Number(m.copies), howToGet: m.howToGet.trim() })),
  };
  return req;
}

// Mirrors api/src/auth/permissions.ts (catalogue:propose / catalogue:decide) to show buttons by
// role; the API refuses anyway.
export const canPropose = (role: string): boolean => ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER'].includes(role);
export const canDecide = (role: string): boolean => ['ADMIN', 'CITY_LEADER'].includes(role);

export type Decision = 'approve' | 'reject' | 'publish';

/** The buttons a proposal row shows to `role`: decisions on others' proposals, then publication. */
export function decisionsFor(p: Pick<CatalogueProposal, 'status' | 'mine'>, role: string): Decision[] {
  if (!canDecide(role)) return [];
  if (p.status === 'PROPOSED') return p.mine ? [] : ['approve', 'reject'];
  if (p.status === 'APPROVED') return ['publish'];
  return [];
}
