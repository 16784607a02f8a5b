import { dueMonths, localMonth } from './refresh';

describe('dueMonths', () => {
  it('spans the acceptance month to the due month, across a year end', () => {
    expect(dueMonths({ accepted_at: new Date('2025-11-30T17:00:00Z'), due_date: '2026-02-03' })).toEqual(['2025-12-01', '2026-01-01', '2026-02-01']);
    expect(localMonth(new Date('2025-11-30T17:00:00Z'))).toBe('2025-12-01'); // 01:00 on 1 Dec in Jincheng
  });

  it('is empty without a due date and the due month alone without acceptance', () => {
    expect(dueMonths({ accepted_at: new Date('2026-01-05T02:00:00Z'), due_date: null })).toEqual([]);
    expect(dueMonths({ accepted_at: null, due_date: '2026-03-09' })).toEqual(['2026-03-01']);
  });

  it('stays bounded for a due date years after acceptance', () => {
    const m = dueMonths({ accepted_at: new Date('2020-01-05T02:00:00Z'), due_date: '2026-03-09' });
    expect(m).toHaveLength(37);
    expect(m[m.length - 1]).toBe('2026-03-01');
  });
});
