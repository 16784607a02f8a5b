import type { ItemContent } from './content';
import { diffItemContent } from './content-diff';

const base: ItemContent = {
  code: 'JC-MZ-004',
  name: '高龄补贴申领',
  category: '民政',
  source: 'VILLAGE_GUIDE',
  level: 'TOWNSHIP',
  department: '县民政局',
  legalBasis: '《中华人民共和国老年人权益保障法》',
  timeLimitDays: 10,
  statutoryFee: 0,
  procedure: ['提交申请材料', '村便民服务站代办员初审', '乡镇审核办结'],
  materials: [
    { name: '申请审批表', form: 'ORIGINAL', copies: 1, howToGet: '可在服务站领取' },
    { name: '申请人居民身份证', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' },
    { name: '户口簿', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' },
  ],
};
const copy = (): ItemContent => JSON.parse(JSON.stringify(base));

describe('diffItemContent (DB1405 7.1.3 versioned adjustments)', () => {
  it('finds nothing between equal contents', () => {
    expect(diffItemContent(base, copy())).toEqual([]);
  });

  it('reports changed scalar fields with before and after', () => {
    const next = { ...copy(), timeLimitDays: 5, level: 'VILLAGE' as const, statutoryFee: 20 };
    expect(diffItemContent(base, next)).toEqual([
      { field: 'level', op: 'set', before: 'TOWNSHIP', after: 'VILLAGE' },
      { field: 'timeLimitDays', op: 'set', before: 10, after: 5 },
      { field: 'statutoryFee', op: 'set', before: 0, after: 20 },
    ]);
  });

  it('reports the procedure as a whole when any step changes', () => {
    const next = { ...copy(), procedure: ['提交申请材料', '乡镇审核办结'] };
    expect(diffItemContent(base, next)).toEqual([{ field: 'procedure', op: 'set', before: base.procedure, after: next.procedure }]);
  });

  it('matches materials by name: added, removed, changed', () => {
    const next = copy();
    next.materials = [
      next.materials[0],
      { ...next.materials[1], copies: 2 },
      { name: '本人银行卡', form: 'COPY', copies: 1, howToGet: '可在服务站现场复印' },
    ];
    expect(diffItemContent(base, next)).toEqual([
      { field: 'materials', op: 'removed', name: '户口簿', before: base.materials[2] },
      { field: 'materials', op: 'changed', name: '申请人居民身份证', before: base.materials[1], after: next.materials[1] },
      { field: 'materials', op: 'added', name: '本人银行卡', after: next.materials[2] },
    ]);
  });

  it('reports a new order of the materials that were kept', () => {
    const next = copy();
    next.materials = [next.materials[2], next.materials[0], next.materials[1]];
    expect(diffItemContent(base, next)).toEqual([
      { field: 'materials', op: 'reordered', before: ['申请审批表', '申请人居民身份证', '户口簿'], after: ['户口簿', '申请审批表', '申请人居民身份证'] },
    ]);
  });

  it('lists everything as new for a first version', () => {
    const d = diffItemContent(null, base);
    expect(d.filter((c) => c.op === 'set').map((c) => c.field)).toEqual([
      'name', 'category', 'source', 'level', 'department', 'legalBasis', 'timeLimitDays', 'statutoryFee', 'procedure',
    ]);
    expect(d.filter((c) => c.field === 'materials').map((c) => c.op)).toEqual(['added', 'added', 'added']);
  });
});
