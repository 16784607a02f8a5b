import { groupTopics } from './normalise-topic';
import { DEMAND_THRESHOLDS, minSpread, proposalReason, suggest, type IdleItem, type ItemDemand, type SuggestInput } from './suggest';

// DB1405 7.1.2 (ADD: high-frequency local demand joins the catalogue) and 7.1.3 (dynamic
// adjustment: MOVE_NEARER for 就近办, RETIRE for items nobody needs).

const townships = (n: number) => Array.from({ length: n }, (_, i) => `1405221${String(i).padStart(2, '0')}`);

function item(p: Partial<ItemDemand> & { itemId: number }): ItemDemand {
  const consultations = p.consultations ?? 10;
  const cases = p.cases ?? 15;
  return { code: `JC-T-${p.itemId}`, name: `事项${p.itemId}`, level: 'COUNTY', active: true, townships: 5, ...p, consultations, cases, demand: consultations + cases };
}

function idle(p: Partial<IdleItem> & { itemId: number }): IdleItem {
  return { code: `JC-I-${p.itemId}`, name: `冷门事项${p.itemId}`, level: 'VILLAGE', lastDemand: null, inCatalogueSince: '2024-01-01', ...p };
}

function input(p: Partial<SuggestInput> = {}): SuggestInput {
  return {
    region: { code: '140522', name: '阳城县', townships: 10 },
    period: { from: '2026-01', to: '2026-06' },
    idle: { since: '2025-07-01', asOf: '2026-06-30', items: [] },
    items: [],
    topics: [],
    catalogueKeys: new Set(),
    ...p,
  };
}

describe('ADD (DB1405 7.1.2): off-catalogue topic asked ≥ N times across ≥ M townships', () => {
  const { addMinAsks: N, addMinTownships: M } = DEMAND_THRESHOLDS;
  const topics = groupTopics([
    { topic: '宅基地审批', count: N - 3, townships: townships(2) },
    { topic: '咨询 宅基地审批的问题', count: 3, townships: townships(M).slice(1) },
    { topic: '光伏板安装补贴', count: N + 20, townships: townships(M - 1) }, // many asks, too few townships
    { topic: '取暖补助', count: N - 1, townships: townships(8) }, // many townships, too few asks
  ]);

  it('fires for the grouped variants (the sum reaches N, the union of townships reaches M), with its figures', () => {
    const s = suggest(input({ topics }));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({
      type: 'ADD', key: 'ADD:宅基地审批', topic: '宅基地审批', topicKey: '宅基地审批', item: null,
      rule: { id: 'ADD_FREQUENT_OFF_CATALOGUE', clause: 'DB1405 7.1.2' },
      figures: { asks: N, townships: M, variants: ['宅基地审批', '咨询 宅基地审批的问题'] },
    });
    expect(s[0].summary).toContain(`被咨询 ${N} 次，来自 ${M} 个乡镇`);
    expect(s[0].rule.text).toContain(`不少于 ${N} 次`);
  });

  it('does not fire exactly one below either threshold', () => {
    const below = groupTopics([{ topic: '宅基地审批', count: N - 1, townships: townships(M) }]);
    expect(suggest(input({ topics: below }))).toEqual([]);
    const narrow = groupTopics([{ topic: '宅基地审批', count: N, townships: townships(M - 1) }]);
    expect(suggest(input({ topics: narrow }))).toEqual([]);
  });

  it('does not suggest a topic whose normalised text is already an item of the catalogue, nor a blank one', () => {
    expect(suggest(input({ topics, catalogueKeys: new Set(['宅基地审批']) }))).toEqual([]);
    const blank = groupTopics([{ topic: '？', count: N * 3, townships: townships(M * 2) }]);
    expect(suggest(input({ topics: blank }))).toEqual([]);
  });
});

describe('MOVE_NEARER (DB1405 7.1.3 就近办): county item, high demand spread over many townships', () => {
  const { moveMinDemand: D } = DEMAND_THRESHOLDS;

  it('needs at least 3 townships and 30 % of the region', () => {
    expect(minSpread(10)).toBe(3);
    expect(minSpread(20)).toBe(6);
    expect(minSpread(1)).toBe(3);
  });

  it('fires for a county item with enough demand and spread, targeting the township level', () => {
    const s = suggest(input({ items: [item({ itemId: 7, consultations: 8, cases: D - 8, townships: 3 })] }));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({
      type: 'MOVE_NEARER', key: 'MOVE_NEARER:7', targetLevel: 'TOWNSHIP', item: { id: 7, level: 'COUNTY' },
      rule: { id: 'MOVE_NEARER_SPREAD_DEMAND', clause: 'DB1405 7.1.3' },
      figures: { consultations: 8, cases: D - 8, demand: D, townships: 3, regionTownships: 10, requiredTownships: 3, currentLevel: 'COUNTY', targetLevel: 'TOWNSHIP' },
    });
    expect(s[0].summary).toContain('分布在 3/10 个乡镇');
  });

  it('does not fire below the demand, below the spread, for nearer levels or retired items', () => {
    const items = [
      item({ itemId: 1, consultations: 0, cases: D - 1, townships: 10 }),
      item({ itemId: 2, consultations: D * 5, cases: 0, townships: 2 }),
      item({ itemId: 3, level: 'TOWNSHIP', cases: D * 5, townships: 10 }),
      item({ itemId: 4, level: 'VILLAGE', cases: D * 5, townships: 10 }),
      item({ itemId: 5, active: false, cases: D * 5, townships: 10 }),
    ];
    expect(suggest(input({ items }))).toEqual([]);
    // a larger region needs a wider spread: 3 of 20 townships is not "many"
    expect(suggest(input({ items: [item({ itemId: 6, cases: D * 2, townships: 3 })], region: { code: '140500', name: '晋城市', townships: 20 } }))).toEqual([]);
  });

  it('orders by demand, most first', () => {
    const s = suggest(input({ items: [item({ itemId: 1, cases: D }), item({ itemId: 2, cases: D * 3 })] }));
    expect(s.map((x) => x.key)).toEqual(['MOVE_NEARER:2', 'MOVE_NEARER:1']);
  });
});

describe('RETIRE (DB1405 7.1.3): no consultation and no case for 12 months', () => {
  it('fires for an idle item that was in the catalogue for the whole window, with the window and the last demand', () => {
    const s = suggest(input({ idle: { since: '2025-07-01', asOf: '2026-06-30', items: [idle({ itemId: 9, lastDemand: '2025-03-02' }), idle({ itemId: 8 })] } }));
    expect(s.map((x) => x.key)).toEqual(['RETIRE:8', 'RETIRE:9']);
    expect(s[1]).toMatchObject({
      type: 'RETIRE', item: { id: 9 }, rule: { id: 'RETIRE_IDLE', clause: 'DB1405 7.1.3' },
      figures: { since: '2025-07-01', asOf: '2026-06-30', consultations: 0, cases: 0, lastDemand: '2025-03-02', inCatalogueSince: '2024-01-01' },
    });
    expect(s[0].summary).toContain('最近一次需求：无记录');
  });

  it('does not fire for an item added within the window (too new to judge) or of unknown age', () => {
    const items = [idle({ itemId: 1, inCatalogueSince: '2025-07-02' }), idle({ itemId: 2, inCatalogueSince: null })];
    expect(suggest(input({ idle: { since: '2025-07-01', asOf: '2026-06-30', items } }))).toEqual([]);
    expect(suggest(input({ idle: { since: '2025-07-01', asOf: '2026-06-30', items: [idle({ itemId: 3, inCatalogueSince: '2025-07-01' })] } }))).toHaveLength(1);
  });
});

describe('suggest (all rules)', () => {
  it('lists ADD, then MOVE_NEARER, then RETIRE, and takes other thresholds when given', () => {
    const all = input({
      topics: groupTopics([{ topic: '宅基地审批', count: 4, townships: townships(2) }]),
      items: [item({ itemId: 7, cases: 6, consultations: 0, townships: 2 })],
      idle: { since: '2025-07-01', asOf: '2026-06-30', items: [idle({ itemId: 9 })] },
    });
    expect(suggest(all).map((s) => s.type)).toEqual(['RETIRE']);
    const loose = { ...DEMAND_THRESHOLDS, addMinAsks: 4, addMinTownships: 2, moveMinDemand: 6, moveMinTownships: 2, moveMinTownshipShare: 0.1 };
    expect(suggest({ ...all, thresholds: loose }).map((s) => s.type)).toEqual(['ADD', 'MOVE_NEARER', 'RETIRE']);
  });
});

describe('proposalReason', () => {
  const s = { summary: '“宅基地审批”不在事项清单内', rule: { clause: 'DB1405 7.1.2' } };

  it('leads with the figures and the clause, then the leader’s own words', () => {
    expect(proposalReason(s)).toBe('“宅基地审批”不在事项清单内（DB1405 7.1.2）');
    expect(proposalReason(s, ' 群众反映强烈 ')).toBe('“宅基地审批”不在事项清单内（DB1405 7.1.2）；群众反映强烈');
  });

  it('stays within the 500 characters of a proposal reason', () => {
    expect([...proposalReason(s, '长'.repeat(600))]).toHaveLength(500);
  });
});
