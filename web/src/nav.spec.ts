import { NAV, navFor } from './nav';

describe('navFor', () => {
  it('shows every role the dashboard and only the entries its role may open', () => {
    expect(navFor('STATION_AGENT').map((n) => n.path)).toContain('/');
    expect(navFor('NOBODY')).toEqual([]);
    for (const item of NAV) expect(navFor(item.roles[0])).toContain(item);
  });
});
