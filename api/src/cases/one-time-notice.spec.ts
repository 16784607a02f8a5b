import { buildNotice, type ChecklistEntry } from './one-time-notice';

// DB1405 6.2.2: the notice lists every missing material at once, and only the missing ones.
const m = (id: number, provided: boolean): ChecklistEntry => ({ id, name: `材料${id}`, form: 'COPY', copies: id, howToGet: `途径${id}`, provided });
const input = (materials: ChecklistEntry[]) => ({
  caseNo: 'JC20261012-0000001',
  citizenName: '张三丰',
  item: { id: 1, code: 'JC-MZ-001', name: '高龄补贴申领', department: '县民政局', timeLimitDays: 5 },
  station: { id: 7, name: '上河村便民服务站', address: '村委会一层', openingHours: '周一至周五' },
  materials,
  issuedAt: new Date('2026-10-12T02:00:00Z'),
});

describe('one-time notice (DB1405 6.2.2)', () => {
  it('lists all and only the missing materials, with how to get each', () => {
    const n = buildNotice(input([m(1, true), m(2, false), m(3, true), m(4, false)]))!;
    expect(n.missing).toEqual([
      { name: '材料2', form: 'COPY', formText: '复印件', copies: 2, howToGet: '途径2' },
      { name: '材料4', form: 'COPY', formText: '复印件', copies: 4, howToGet: '途径4' },
    ]);
    expect(n.statement).toContain('尚缺以下 2 项材料');
    expect(n.citizen.name).toBe('张*丰');
    expect(n.issuedAt).toBe('2026-10-12T02:00:00.000Z');
  });

  it('is not issued when nothing is missing', () => {
    expect(buildNotice(input([m(1, true)]))).toBeNull();
    expect(buildNotice(input([]))).toBeNull();
  });
});
