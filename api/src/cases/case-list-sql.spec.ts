import { caseListWhere, shanghaiMidnight } from './case-list-sql';

const base = { scopePath: '/140500/140522/', today: '2026-11-29' };

describe('case list WHERE', () => {
  it('always confines the list to the caller scope', () => {
    const w = caseListWhere(base);
    expect(w.text).toBe('r.path LIKE $1');
    expect(w.values).toEqual(['/140500/140522/%']);
  });

  it('binds every caller value, never splicing it into the SQL text', () => {
    const hostile = "1' OR '1'='1";
    const w = caseListWhere({ ...base, caseNo: hostile, alertLevel: hostile, regionCode: '140522100', itemId: 7, agentId: 9, stationId: 3, status: 'COMPLETED' });
    expect(w.text).not.toContain(hostile);
    expect(w.values).toEqual(expect.arrayContaining([hostile, '%/140522100/%', 7, 9, 3, 'COMPLETED']));
    expect(w.text).toContain('c.status = $2::"CaseStatus"');
  });

  it('bounds a timestamp by local (Jincheng) days, both ends inclusive', () => {
    const w = caseListWhere({ ...base, dateField: 'completed', from: '2026-01-01', to: '2026-01-31' });
    expect(w.text).toContain('c.completed_at >= $2');
    expect(w.text).toContain('c.completed_at < $3');
    expect(w.values.slice(1)).toEqual([new Date('2025-12-31T16:00:00Z'), new Date('2026-01-31T16:00:00Z')]);
    expect(shanghaiMidnight('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });

  it('bounds the due date as a date', () => {
    const w = caseListWhere({ ...base, dateField: 'due', from: '2026-01-01', to: '2026-01-31' });
    expect(w.text).toContain('c.due_date >= $2::date AND c.due_date <= $3::date');
    expect(w.values.slice(1)).toEqual(['2026-01-01', '2026-01-31']);
  });

  it('says 超期 as the overdue-count indicator does: late by the local date, or running past due with the clock going', () => {
    const w = caseListWhere({ ...base, overdue: true });
    expect(w.text).toContain("(c.completed_at AT TIME ZONE 'Asia/Shanghai')::date > c.due_date");
    expect(w.text).toContain("c.status IN ('ACCEPTED', 'IN_PROGRESS', 'HANDED_UP') AND c.due_date < $2::date");
    expect(w.text).toContain('NOT EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_id = c.id AND p.ended_at IS NULL)');
    expect(w.values).toEqual(['/140500/140522/%', '2026-11-29']);
    const not = caseListWhere({ ...base, overdue: false });
    expect(not.text).toContain('c.due_date IS NOT NULL AND NOT COALESCE(');
  });

  it('keeps the workbench filters (open, finished)', () => {
    expect(caseListWhere({ ...base, open: true }).text).toContain("c.status NOT IN ('COMPLETED', 'FAILED')");
    expect(caseListWhere({ ...base, open: false }).text).toContain("c.status IN ('COMPLETED', 'FAILED')");
  });
});
