import { chDateTime, regionLevels, toChCase, toChCaseEvent } from './case-row';

describe('case row mapping', () => {
  it('formats instants as UTC DateTime64(3) literals', () => {
    expect(chDateTime(new Date('2026-03-05T01:02:03.456Z'))).toBe('2026-03-05 01:02:03.456');
    expect(chDateTime(null)).toBeNull();
  });

  it('splits a region path into its levels', () => {
    expect(regionLevels('/140500/140522/140522100/140522100201/')).toEqual({
      city: '140500', county: '140522', township: '140522100', village: '140522100201',
    });
    expect(regionLevels('/140500/')).toEqual({ city: '140500', county: '', township: '', village: '' });
  });

  it('maps a Postgres case to a ClickHouse row keyed by id with its version', () => {
    const row = toChCase({
      id: 7, case_no: 'JC1', station_id: 3, region_path: '/140500/140522/140522100/140522100201/', item_id: 2,
      agent_id: 9, status: 'COMPLETED', level: 'VILLAGE', home_visit: true,
      created_at: new Date('2026-01-02T00:00:00Z'), accepted_at: null, due_date: '2026-01-09',
      completed_at: new Date('2026-01-08T16:30:00Z'), completed_date: '2026-01-09', paused_days: 1,
      working_days: 4, notice_count: 1, clock_stopped: 0, updated_at: new Date('2026-01-08T16:30:00Z'), version: 5,
    });
    expect(row).toMatchObject({ id: 7, county_code: '140522', township_code: '140522100', village_code: '140522100201',
      home_visit: 1, accepted_at: null, completed_date: '2026-01-09', version: 5, is_deleted: 0, notice_count: 1, clock_stopped: 0 });
    // Never accepted: no duration, whatever the query computed.
    expect(row.working_days).toBeNull();
    const accepted = toChCase({ id: 8, case_no: 'JC2', station_id: 3, region_path: '/140500/', item_id: 2, agent_id: 9,
      status: 'COMPLETED', level: 'VILLAGE', home_visit: false, created_at: new Date('2026-01-02T00:00:00Z'),
      accepted_at: new Date('2026-01-02T01:00:00Z'), due_date: '2026-01-09', completed_at: new Date('2026-01-08T01:00:00Z'),
      completed_date: '2026-01-08', paused_days: 0, working_days: 4, notice_count: 0, clock_stopped: 1, updated_at: new Date('2026-01-08T01:00:00Z'), version: 3 });
    expect(accepted.working_days).toBe(4);
    expect(accepted.clock_stopped).toBe(1);
  });

  it('maps missing statuses of an event to empty strings', () => {
    const e = toChCaseEvent({ id: '12', case_id: 1, type: 'NOTIFIED', from_status: null, to_status: null, actor_id: null,
      at: new Date('2026-01-01T00:00:00Z'), region_path: '/140500/', data: '{}' });
    expect(e.from_status).toBe('');
    expect(e.to_status).toBe('');
    expect(e.id).toBe('12');
  });
});
