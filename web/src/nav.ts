// The main menu: one entry per page, shown to the roles that may open it. Feature pages add
// their entry here and their <Route> in App.tsx.

export type Role = 'ADMIN' | 'CITY_LEADER' | 'COUNTY_LEADER' | 'TOWNSHIP_REVIEWER' | 'STATION_AGENT';

export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[];
}

const ALL: readonly Role[] = ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER', 'STATION_AGENT'];

export const NAV: readonly NavItem[] = [
  { path: '/', label: '指标看板', roles: ALL },
];

export function navFor(role: string): NavItem[] {
  return NAV.filter((n) => (n.roles as readonly string[]).includes(role));
}
