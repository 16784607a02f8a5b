import { reviveRow } from './json-rows';

describe('reviveRow', () => {
  it('camel-cases keys and revives timestamptz and date columns as Prisma would', () => {
    const r = reviveRow<Record<string, unknown>>(
      { case_id: 7, started_at: '2026-10-10T10:00:00.123+08:00', visit_date: '2026-10-23', ended_at: null, note: '2026-10-23' },
      ['startedAt', 'visitDate', 'endedAt'],
    );
    expect(r).toEqual({ caseId: 7, startedAt: new Date('2026-10-10T02:00:00.123Z'), visitDate: new Date('2026-10-23T00:00:00Z'), endedAt: null, note: '2026-10-23' });
  });
});
