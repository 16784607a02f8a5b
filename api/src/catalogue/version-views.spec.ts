import type { ItemContent } from './content';
import { mentionedUsers, previousPublished, toVersionView, type VersionRow } from './version-views';

const content = (timeLimitDays: number): ItemContent => ({
  code: 'JC-MZ-004', name: '高龄补贴申领', category: '民政', source: 'VILLAGE_GUIDE', level: 'TOWNSHIP', department: '县民政局',
  legalBasis: '《老年人权益保障法》', timeLimitDays, statutoryFee: 0, procedure: ['提交申请材料', '审核办结'],
  materials: [{ name: '身份证', form: 'COPY', copies: 1, howToGet: '本人携带' }],
});

const row = (version: number, status: string, days: number, extra: Partial<VersionRow> = {}): VersionRow => ({
  id: version * 10, itemId: 4, version, changeType: version === 1 ? 'ADD' : 'UPDATE', status, content: content(days), reason: 'r',
  evidence: null, effectiveFrom: new Date('2026-12-01T00:00:00Z'), proposedById: 2, proposedAt: new Date('2026-11-20T01:00:00Z'),
  decidedById: null, decidedAt: null, decisionNote: null, publishedAt: null, appliedAt: null, ...extra,
});

describe('version views', () => {
  const rows = [
    row(1, 'PUBLISHED', 10, { proposedById: null, appliedAt: new Date() }),
    row(2, 'REJECTED', 8),
    row(3, 'PUBLISHED', 7, { appliedAt: new Date(), decidedById: 1 }),
    row(4, 'PROPOSED', 5),
  ];

  it('compares each version with the latest published one below it, skipping rejected ones', () => {
    expect(previousPublished(rows, 1)).toBeNull();
    expect(previousPublished(rows, 3)?.version).toBe(1);
    expect(previousPublished(rows, 4)?.version).toBe(3);
  });

  it('shows the diff, the masked names of proposer and decider, and which version is current', () => {
    const users = new Map([[1, { id: 1, displayName: '王建国', role: 'CITY_LEADER' }], [2, { id: 2, displayName: '李华', role: 'COUNTY_LEADER' }]]);
    const v3 = toVersionView(rows[2], rows, users, 3);
    expect(v3).toMatchObject({ version: 3, comparedTo: 1, current: true, effectiveFrom: '2026-12-01', proposedBy: { name: '李*', role: 'COUNTY_LEADER' }, decidedBy: { name: '王*国' } });
    expect(v3.diff).toEqual([{ field: 'timeLimitDays', op: 'set', before: 10, after: 7 }]);
    const v4 = toVersionView(rows[3], rows, users, 3);
    expect(v4).toMatchObject({ comparedTo: 3, current: false, decidedBy: null });
    expect(v4.diff).toEqual([{ field: 'timeLimitDays', op: 'set', before: 7, after: 5 }]);
    expect(toVersionView(rows[0], rows, users, 3)).toMatchObject({ proposedBy: null, comparedTo: null, current: false });
    expect(mentionedUsers(rows).sort()).toEqual([1, 2]);
  });
});
