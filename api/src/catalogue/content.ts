// The content of a catalogue item as one value (DB1405 7.1): what a version row stores in
// `content`, what the item's columns hold once that version is applied, and what a proposal
// must satisfy. Pure: no Nest, no Prisma, so the seed, the API and later importers agree.

export const HANDLING_LEVELS = ['VILLAGE', 'TOWNSHIP', 'COUNTY'] as const;
export const CATALOGUE_SOURCES = ['TOWNSHIP_GUIDE', 'VILLAGE_GUIDE', 'VILLAGE_DUTY_LIST', 'LOCAL_DEMAND'] as const;
export const MATERIAL_FORMS = ['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY'] as const;

export type HandlingLevelName = (typeof HANDLING_LEVELS)[number];
export type CatalogueSourceName = (typeof CATALOGUE_SOURCES)[number];
export type MaterialFormName = (typeof MATERIAL_FORMS)[number];

export interface MaterialContent {
  name: string;
  form: MaterialFormName;
  copies: number;
  howToGet: string;
}

/** What a proposer writes: the whole item as it will read, except its code (the server's). */
export interface ProposedContent {
  name: string;
  category: string;
  /** DB1405 7.1.1-7.1.2: guidance catalogue, duty list or local demand. */
  source: CatalogueSourceName;
  level: HandlingLevelName;
  department: string;
  /** DB1405 4.6: every item names the law or policy it rests on. */
  legalBasis: string;
  /** DB1405 4.3: promised time limit in working days. */
  timeLimitDays: number;
  /** Statutory fee of the authority in yuan; DB1405 4.5: the proxy service itself is free. */
  statutoryFee: number;
  /** DB1405 4.4 / 5.1.4: the steps shown to citizens, in order. */
  procedure: string[];
  /** DB1405 6.2: the materials checklist, in order. */
  materials: MaterialContent[];
}

export interface ItemContent extends ProposedContent {
  code: string;
}

export const LIMITS = {
  name: [2, 100],
  category: [1, 32],
  department: [1, 64],
  legalBasis: [1, 300],
  timeLimitDays: [1, 60],
  materials: [1, 20],
  materialName: [1, 100],
  howToGet: [1, 200],
  copies: [1, 99],
  procedure: [1, 15],
  step: [1, 100],
  maxFee: 99_999_999.99,
} as const;

export interface ContentProblem {
  field: string;
  problem: string;
}

export type ContentCheck =
  | { ok: true; content: ProposedContent }
  | { ok: false; proxyFee: boolean; problems: ContentProblem[] };

const TOP_KEYS = new Set(['name', 'category', 'source', 'level', 'department', 'legalBasis', 'timeLimitDays', 'statutoryFee', 'procedure', 'materials']);
const MATERIAL_KEYS = new Set(['name', 'form', 'copies', 'howToGet']);
// `code` may come back from a form that started from the current content; the server owns it.
const IGNORED_KEYS = new Set(['code']);

/**
 * DB1405 4.5: "不应收取任何手续费、代办费". The only fee an item may carry is the authority's
 * statutory fee; any other key that names a fee or charge, or text that announces a proxy or
 * handling fee, is refused outright (not merely dropped) so that nobody believes it was stored.
 */
const FEE_KEY = /fee|charge|price|cost|payment|费/i;
const FEE_TEXT = /代办费|代办服务费|手续费/;

export function looksLikeProxyFeeKey(key: string): boolean {
  return key !== 'statutoryFee' && FEE_KEY.test(key);
}

export function mentionsProxyFee(text: string): boolean {
  return FEE_TEXT.test(text);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fee as a number of yuan with at most 2 decimals, from a number or a decimal string ("20.00"). */
export function parseFee(v: unknown): number | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0 || v > LIMITS.maxFee) return null;
    return Math.abs(Math.round(v * 100) - v * 100) < 1e-6 ? Math.round(v * 100) / 100 : null;
  }
  if (typeof v === 'string' && /^\d{1,8}(\.\d{1,2})?$/.test(v.trim())) return Number(v.trim());
  return null;
}

class Checker {
  readonly problems: ContentProblem[] = [];
  proxyFee = false;

  add(field: string, problem: string): void {
    this.problems.push({ field, problem });
  }

  text(obj: Record<string, unknown>, key: string, field: string, label: string, [min, max]: readonly [number, number]): string {
    const v = obj[key];
    if (typeof v !== 'string' || v.trim().length === 0) {
      this.add(field, `${label}不能为空`);
      return '';
    }
    const s = v.trim();
    const len = [...s].length;
    if (len < min || len > max) this.add(field, `${label}长度应为 ${min}-${max} 个字符`);
    if (mentionsProxyFee(s)) this.proxyFee = true;
    return s;
  }

  oneOf<T extends string>(obj: Record<string, unknown>, key: string, field: string, label: string, values: readonly T[]): T {
    const v = obj[key];
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.add(field, `${label}应为 ${values.join('、')} 之一`);
      return values[0];
    }
    return v as T;
  }

  int(obj: Record<string, unknown>, key: string, field: string, label: string, [min, max]: readonly [number, number]): number {
    const v = obj[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.add(field, `${label}应为 ${min}-${max} 之间的整数`);
      return min;
    }
    return v;
  }

  unknownKeys(obj: Record<string, unknown>, allowed: Set<string>, prefix: string, ignored: Set<string> = new Set()): void {
    for (const key of Object.keys(obj)) {
      if (allowed.has(key) || ignored.has(key)) continue;
      if (looksLikeProxyFeeKey(key)) this.proxyFee = true;
      else this.add(`${prefix}${key}`, '不支持的字段');
    }
  }
}

/**
 * Checks a proposed content completely and returns it normalised (texts trimmed, the fee a
 * number, `code` dropped), or every problem found at once so a form can mark them all.
 */
export function checkItemContent(input: unknown): ContentCheck {
  const c = new Checker();
  if (!isPlainObject(input)) return { ok: false, proxyFee: false, problems: [{ field: 'content', problem: '事项内容应为对象' }] };
  c.unknownKeys(input, TOP_KEYS, 'content.', IGNORED_KEYS);

  const name = c.text(input, 'name', 'content.name', '事项名称', LIMITS.name);
  const category = c.text(input, 'category', 'content.category', '事项类别', LIMITS.category);
  const source = c.oneOf(input, 'source', 'content.source', '事项来源', CATALOGUE_SOURCES);
  const level = c.oneOf(input, 'level', 'content.level', '办理层级', HANDLING_LEVELS);
  const department = c.text(input, 'department', 'content.department', '办理部门', LIMITS.department);
  const legalBasis = c.text(input, 'legalBasis', 'content.legalBasis', '法律依据', LIMITS.legalBasis);
  const timeLimitDays = c.int(input, 'timeLimitDays', 'content.timeLimitDays', '承诺时限（工作日）', LIMITS.timeLimitDays);
  const fee = parseFee(input.statutoryFee);
  if (fee === null) c.add('content.statutoryFee', '法定收费应为不小于 0 的金额（元，最多两位小数）');

  const procedure: string[] = [];
  if (!Array.isArray(input.procedure) || input.procedure.length < LIMITS.procedure[0] || input.procedure.length > LIMITS.procedure[1]) {
    c.add('content.procedure', `办理流程应为 ${LIMITS.procedure[0]}-${LIMITS.procedure[1]} 个步骤`);
  } else {
    input.procedure.forEach((step, i) => procedure.push(c.text({ step }, 'step', `content.procedure.${i}`, `第 ${i + 1} 步`, LIMITS.step)));
  }

  const materials: MaterialContent[] = [];
  if (!Array.isArray(input.materials) || input.materials.length < LIMITS.materials[0] || input.materials.length > LIMITS.materials[1]) {
    c.add('content.materials', `申请材料应为 ${LIMITS.materials[0]}-${LIMITS.materials[1]} 项`);
  } else {
    const seen = new Set<string>();
    input.materials.forEach((m, i) => {
      const f = `content.materials.${i}`;
      if (!isPlainObject(m)) {
        c.add(f, '材料应为对象');
        return;
      }
      c.unknownKeys(m, MATERIAL_KEYS, `${f}.`);
      const material: MaterialContent = {
        name: c.text(m, 'name', `${f}.name`, '材料名称', LIMITS.materialName),
        form: c.oneOf(m, 'form', `${f}.form`, '材料形式', MATERIAL_FORMS),
        copies: c.int(m, 'copies', `${f}.copies`, '份数', LIMITS.copies),
        howToGet: c.text(m, 'howToGet', `${f}.howToGet`, '获取方式', LIMITS.howToGet),
      };
      // DB1405 6.2.2: the one-time notice names each missing material; names must tell them apart.
      if (material.name && seen.has(material.name)) c.add(`${f}.name`, `材料“${material.name}”重复`);
      seen.add(material.name);
      materials.push(material);
    });
  }

  if (c.proxyFee || c.problems.length > 0) return { ok: false, proxyFee: c.proxyFee, problems: c.problems };
  return {
    ok: true,
    content: { name, category, source, level, department, legalBasis, timeLimitDays, statutoryFee: fee!, procedure, materials },
  };
}

/** The item's content with its code, keys in a fixed order (stored JSON reads the same every time). */
export function withCode(code: string, c: ProposedContent): ItemContent {
  return {
    code,
    name: c.name,
    category: c.category,
    source: c.source,
    level: c.level,
    department: c.department,
    legalBasis: c.legalBasis,
    timeLimitDays: c.timeLimitDays,
    statutoryFee: c.statutoryFee,
    procedure: [...c.procedure],
    materials: c.materials.map((m) => ({ name: m.name, form: m.form, copies: m.copies, howToGet: m.howToGet })),
  };
}

/** Reads a stored `content` JSON back; stored rows were checked when written, so this only re-shapes. */
export function contentFromJson(v: unknown): ItemContent {
  const o = (isPlainObject(v) ? v : {}) as Record<string, unknown>;
  const fee = parseFee(o.statutoryFee) ?? 0;
  return withCode(String(o.code ?? ''), {
    name: String(o.name ?? ''),
    category: String(o.category ?? ''),
    source: o.source as CatalogueSourceName,
    level: o.level as HandlingLevelName,
    department: String(o.department ?? ''),
    legalBasis: String(o.legalBasis ?? ''),
    timeLimitDays: Number(o.timeLimitDays ?? 0),
    statutoryFee: fee,
    procedure: Array.isArray(o.procedure) ? o.procedure.map(String) : [],
    materials: Array.isArray(o.materials) ? (o.materials as MaterialContent[]) : [],
  });
}
