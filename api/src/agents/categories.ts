// DB1405 5.2.1 a)-h): the groups red-proxy agents are chosen from ("包括但不限于", hence 其他).
// Keys are the AgentCategory enum of the schema. Pure.

export const AGENT_CATEGORIES = [
  { key: 'PARTY_MEMBER', label: '党员' },
  { key: 'TOWNSHIP_STAFF', label: '乡镇中层业务骨干' },
  { key: 'VILLAGE_CADRE', label: '村干部' },
  { key: 'VILLAGER_GROUP_LEADER', label: '村民小组长' },
  { key: 'PARTY_GROUP_LEADER', label: '党小组长' },
  { key: 'GRID_LEADER', label: '网格长' },
  { key: 'PARTY_ACTIVIST', label: '入党积极分子' },
  { key: 'GRADUATE_VILLAGE_OFFICIAL', label: '大学生村干部' },
  { key: 'OTHER', label: '其他' },
] as const;

export type AgentCategoryKey = (typeof AGENT_CATEGORIES)[number]['key'];

export const AGENT_CATEGORY_KEYS: readonly AgentCategoryKey[] = AGENT_CATEGORIES.map((c) => c.key);

const LABEL = new Map<string, string>(AGENT_CATEGORIES.map((c) => [c.key, c.label]));
const BY_LABEL = new Map<string, AgentCategoryKey>(AGENT_CATEGORIES.map((c) => [c.label, c.key]));

export const isAgentCategory = (v: string): v is AgentCategoryKey => LABEL.has(v);

export function categoryLabel(key: string): string {
  return LABEL.get(key) ?? key;
}

/** A category from its Chinese label (as typed in an import) or its key; null when unknown. */
export function categoryFromText(text: string): AgentCategoryKey | null {
  const v = text.trim();
  if (isAgentCategory(v)) return v;
  return BY_LABEL.get(v) ?? null;
}

export const CATEGORY_CHOICES_MESSAGE = `类别应为：${AGENT_CATEGORIES.map((c) => c.label).join('、')}`;
