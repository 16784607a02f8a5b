import { checkItemContent, contentFromJson, looksLikeProxyFeeKey, mentionsProxyFee, parseFee, withCode } from './content';

const valid = () => ({
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
    { name: '申请人居民身份证', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' },
    { name: '户口簿', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' },
  ],
});

const problemsOf = (input: unknown) => {
  const r = checkItemContent(input);
  return r.ok ? [] : r.problems.map((p) => p.field);
};

describe('checkItemContent (DB1405 7.1 catalogue content)', () => {
  it('accepts a complete item and normalises it (trimmed texts, fee as a number, code dropped)', () => {
    const r = checkItemContent({ ...valid(), code: 'JC-MZ-004', name: '  高龄补贴申领 ', statutoryFee: '20.00' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.content.name).toBe('高龄补贴申领');
    expect(r.content.statutoryFee).toBe(20);
    expect(r.content).not.toHaveProperty('code');
  });

  it.each([
    ['name too short', { name: '补' }, 'content.name'],
    ['name too long', { name: '补'.repeat(101) }, 'content.name'],
    ['unknown level', { level: 'CITY' }, 'content.level'],
    ['unknown source', { source: 'SURVEY' }, 'content.source'],
    ['time limit 0', { timeLimitDays: 0 }, 'content.timeLimitDays'],
    ['time limit 61', { timeLimitDays: 61 }, 'content.timeLimitDays'],
    ['time limit not an integer', { timeLimitDays: 2.5 }, 'content.timeLimitDays'],
    ['time limit as text', { timeLimitDays: '5' }, 'content.timeLimitDays'],
    ['negative fee', { statutoryFee: -1 }, 'content.statutoryFee'],
    ['fee with 3 decimals', { statutoryFee: 1.005 }, 'content.statutoryFee'],
    ['missing legal basis (DB1405 4.6)', { legalBasis: '  ' }, 'content.legalBasis'],
    ['no materials', { materials: [] }, 'content.materials'],
    ['21 materials', { materials: Array.from({ length: 21 }, (_, i) => ({ name: `材料${i}`, form: 'COPY', copies: 1, howToGet: '本人携带' })) }, 'content.materials'],
    ['no procedure', { procedure: [] }, 'content.procedure'],
    ['16 steps', { procedure: Array.from({ length: 16 }, (_, i) => `第${i}步`) }, 'content.procedure'],
    ['an empty step', { procedure: ['提交申请材料', ' '] }, 'content.procedure.1'],
  ])('refuses %s', (_label, patch, field) => {
    expect(problemsOf({ ...valid(), ...patch })).toContain(field);
  });

  it('checks every material: name, form, copies ≥ 1, how to get, no duplicates (DB1405 6.2.2)', () => {
    const fields = problemsOf({
      ...valid(),
      materials: [
        { name: '', form: 'COPY', copies: 1, howToGet: '本人携带' },
        { name: '户口簿', form: 'SCAN', copies: 0, howToGet: '' },
        { name: '户口簿', form: 'COPY', copies: 1, howToGet: '本人携带' },
        '身份证',
      ],
    });
    expect(fields).toEqual(expect.arrayContaining([
      'content.materials.0.name', 'content.materials.1.form', 'content.materials.1.copies', 'content.materials.1.howToGet',
      'content.materials.2.name', 'content.materials.3',
    ]));
  });

  it('reports every problem at once and refuses unknown fields', () => {
    expect(problemsOf({ ...valid(), name: '', level: 'X', colour: 'red' })).toEqual(['content.colour', 'content.name', 'content.level']);
    expect(problemsOf(null)).toEqual(['content']);
    expect(problemsOf([])).toEqual(['content']);
  });

  describe('DB1405 4.5: the proxy service is free', () => {
    it.each([
      [{ proxyFee: 10 }],
      [{ serviceFee: 0 }],
      [{ agencyCharge: 5 }],
      [{ 代办费: 5 }],
      [{ materials: [{ name: '身份证', form: 'COPY', copies: 1, howToGet: '本人携带', fee: 2 }] }],
      [{ procedure: ['提交申请材料', '缴纳代办费 10 元'] }],
      [{ department: '县民政局（收取手续费）' }],
    ])('refuses %j as a proxy fee', (patch) => {
      const r = checkItemContent({ ...valid(), ...patch });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.proxyFee).toBe(true);
    });

    it('keeps the statutory fee of the authority (recorded with its receipt, 6.4.3)', () => {
      expect(checkItemContent({ ...valid(), statutoryFee: 40 }).ok).toBe(true);
      expect(looksLikeProxyFeeKey('statutoryFee')).toBe(false);
      expect(looksLikeProxyFeeKey('proxy_fee')).toBe(true);
      expect(mentionsProxyFee('居民身份证工本费 20 元')).toBe(false);
    });
  });

  it('parses fees from numbers and decimal strings only', () => {
    expect([parseFee(0), parseFee(20), parseFee(0.1), parseFee('80.00'), parseFee('1.5')]).toEqual([0, 20, 0.1, 80, 1.5]);
    expect([parseFee(-0.01), parseFee('abc'), parseFee(NaN), parseFee(null), parseFee('1e3'), parseFee(1e9)]).toEqual([null, null, null, null, null, null]);
  });

  it('round-trips through stored JSON with a fixed key order', () => {
    const r = checkItemContent(valid());
    if (!r.ok) throw new Error('valid content refused');
    const stored = JSON.parse(JSON.stringify(withCode('JC-MZ-004', r.content)));
    expect(contentFromJson(stored)).toEqual(withCode('JC-MZ-004', r.content));
    expect(Object.keys(stored)[0]).toBe('code');
  });
});
