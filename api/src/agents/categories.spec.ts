import { AGENT_CATEGORIES, AGENT_CATEGORY_KEYS, CATEGORY_CHOICES_MESSAGE, categoryFromText, categoryLabel, isAgentCategory } from './categories';

describe('DB1405 5.2.1 agent categories', () => {
  it('lists the groups of the clause in its order, then 其他', () => {
    expect(AGENT_CATEGORIES.map((c) => c.label)).toEqual([
      '党员', '乡镇中层业务骨干', '村干部', '村民小组长', '党小组长', '网格长', '入党积极分子', '大学生村干部', '其他',
    ]);
    expect(AGENT_CATEGORY_KEYS).toHaveLength(9);
  });

  it('maps keys to labels and labels (or keys) back to keys', () => {
    expect(categoryLabel('GRID_LEADER')).toBe('网格长');
    expect(categoryFromText(' 大学生村干部 ')).toBe('GRADUATE_VILLAGE_OFFICIAL');
    expect(categoryFromText('PARTY_MEMBER')).toBe('PARTY_MEMBER');
    expect(categoryFromText('群众')).toBeNull();
    expect(isAgentCategory('OTHER')).toBe(true);
    expect(CATEGORY_CHOICES_MESSAGE).toContain('党员、乡镇中层业务骨干、村干部');
  });
});
