import { describeChange } from './diff-view';

describe('describeChange (DB1405 7.1.3 version diffs)', () => {
  it('shows scalar fields with their Chinese names and units', () => {
    expect(describeChange({ field: 'timeLimitDays', op: 'set', before: 10, after: 5 })).toMatchObject({ label: '承诺时限', before: '10 个工作日', after: '5 个工作日' });
    expect(describeChange({ field: 'level', op: 'set', before: 'TOWNSHIP', after: 'VILLAGE' })).toMatchObject({ label: '办理层级', before: '乡镇', after: '村级' });
    expect(describeChange({ field: 'name', op: 'set', before: null, after: '高龄补贴申领' })).toMatchObject({ before: '—', after: '高龄补贴申领' });
  });

  it('shows material changes one by one', () => {
    const m = { name: '委托书', form: 'ORIGINAL', copies: 1, howToGet: '现场签署' };
    expect(describeChange({ field: 'materials', op: 'added', name: '委托书', after: m })).toMatchObject({ label: '新增材料', before: '—', after: '委托书（原件，1 份），现场签署' });
    expect(describeChange({ field: 'materials', op: 'removed', name: '委托书', before: m })).toMatchObject({ label: '删除材料', after: '—' });
    expect(describeChange({ field: 'materials', op: 'changed', name: '委托书', before: m, after: { ...m, copies: 2 } }).label).toBe('材料：委托书');
    expect(describeChange({ field: 'materials', op: 'reordered', before: ['甲', '乙'], after: ['乙', '甲'] })).toMatchObject({ before: '甲、乙', after: '乙、甲' });
  });

  it('numbers the procedure steps', () => {
    expect(describeChange({ field: 'procedure', op: 'set', before: ['提交', '办结'], after: ['提交'] })).toMatchObject({ label: '办理流程', before: '1. 提交  2. 办结', after: '1. 提交' });
  });
});
