import fc from 'fast-check';
import { groupTopics, normaliseTopic, toHalfWidth } from './normalise-topic';

// DB1405 7.1.2: variants of the same off-catalogue need must land in one group.

describe('normaliseTopic', () => {
  it.each([
    ['宅基地审批', '宅基地审批'],
    ['咨询 宅基地审批的问题', '宅基地审批'],
    ['  关于宅基地审批？ ', '宅基地审批'],
    ['请问关于宅基地审批的相关问题。', '宅基地审批'],
    ['宅基地审批如何办理', '宅基地审批'],
    ['怎么办理宅基地审批', '宅基地审批'],
    ['咨询一下：宅基地审批', '宅基地审批'],
    ['宅基地　审批', '宅基地审批'], // ideographic space
    ['新农合异地报销咨询', '新农合异地报销'],
    ['办理ＷＩＦＩ安装', 'wifi安装'], // full-width latin → half-width, lower-cased
    ['5G 信号（覆盖）问题', '5g信号覆盖'],
  ])('%s → %s', (topic, key) => {
    expect(normaliseTopic(topic)).toBe(key);
  });

  it('never strips a filler down to nothing, and gives "" for a blank or punctuation-only topic', () => {
    expect(normaliseTopic('咨询')).toBe('咨询');
    expect(normaliseTopic('问题')).toBe('问题');
    expect(normaliseTopic('关于的问题')).not.toBe('');
    expect(normaliseTopic('   ')).toBe('');
    expect(normaliseTopic('？！…')).toBe('');
  });

  it('keeps words that merely contain a filler in the middle', () => {
    expect(normaliseTopic('养老保险关于缴费年限')).toBe('养老保险关于缴费年限');
    expect(normaliseTopic('办理')).toBe('办理');
  });

  it('is idempotent and ignores surrounding whitespace and punctuation (property)', () => {
    const pieces = fc.constantFrom('宅基地', '审批', '咨询', '关于', '的问题', ' ', '？', 'Ａ', 'b', '补贴', '如何');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')), (topic) => {
        const key = normaliseTopic(topic);
        expect(normaliseTopic(key)).toBe(key);
        expect(normaliseTopic(`  ${topic}？ `)).toBe(key);
        expect(key).not.toMatch(/[\s？?A-Z]/);
      }),
    );
  });
});

describe('toHalfWidth', () => {
  it('maps full-width ASCII and the ideographic space, leaves Chinese alone', () => {
    expect(toHalfWidth('ＡＢｃ１２３（）！　宅')).toBe('ABc123()! 宅');
  });
});

describe('groupTopics', () => {
  const rows = [
    { topic: '宅基地审批', count: 5, townships: ['140522100', '140522101'] },
    { topic: '咨询 宅基地审批的问题', count: 3, townships: ['140522101', '140522102'] },
    { topic: '关于宅基地审批？', count: 1, townships: ['140522103'] },
    { topic: '光伏板安装补贴', count: 4, townships: ['140522100'] },
    { topic: ' 宅基地审批 ', count: 2, townships: ['140522100'] },
  ];

  it('merges variants, sums the counts, counts distinct townships across variants', () => {
    const groups = groupTopics(rows);
    expect(groups.map((g) => [g.key, g.count, g.townships])).toEqual([
      ['宅基地审批', 11, 4],
      ['光伏板安装补贴', 4, 1],
    ]);
    expect(groups[0].townshipCodes).toEqual(['140522100', '140522101', '140522102', '140522103']);
  });

  it('represents a group by its most used original text; whitespace-only differences are one variant', () => {
    const g = groupTopics(rows)[0];
    expect(g.text).toBe('宅基地审批');
    expect(g.variants).toEqual([
      { text: '宅基地审批', count: 7 },
      { text: '咨询 宅基地审批的问题', count: 3 },
      { text: '关于宅基地审批？', count: 1 },
    ]);
  });

  it('breaks ties by the shorter text', () => {
    const g = groupTopics([
      { topic: '咨询宅基地审批', count: 2, townships: [] },
      { topic: '宅基地审批', count: 2, townships: [] },
    ])[0];
    expect(g.text).toBe('宅基地审批');
    expect(g.townships).toBe(0);
  });

  it('keeps the total of the input whatever the grouping (property)', () => {
    const topic = fc.constantFrom('宅基地审批', '咨询宅基地审批', '关于 宅基地审批的问题', '补贴', '补贴咨询', '');
    const row = fc.record({ topic, count: fc.integer({ min: 1, max: 50 }), townships: fc.array(fc.constantFrom('a', 'b', 'c')) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (input) => {
        const groups = groupTopics(input);
        expect(groups.reduce((s, g) => s + g.count, 0)).toBe(input.reduce((s, r) => s + r.count, 0));
        expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
      }),
    );
  });
});
