// The main menu: one entry per page, shown to the roles that may open it. Feature pages add
// their entry here and their <Route> in App.tsx.

export type Role = 'ADMIN' | 'CITY_LEADER' | 'COUNTY_LEADER' | 'TOWNSHIP_REVIEWER' | 'STATION_AGENT';

export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[];
  /** Highlight only on this exact path (not on the pages below it). */
  end?: boolean;
}

const ALL: readonly Role[] = ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER', 'STATION_AGENT'];

export const NAV: readonly NavItem[] = [
  { path: '/', label: '指标看板', roles: ALL },
  // DB1405 6.1-6.4: the station's own queue and intake; 7.2.3: the upper level's hand-off queue.
  { path: '/workbench', label: '工作台', roles: ['STATION_AGENT'] },
  { path: '/handoffs', label: '上报件审核', roles: ['TOWNSHIP_REVIEWER', 'COUNTY_LEADER', 'ADMIN'] },
  { path: '/cases', label: '案件', roles: ALL },
  { path: '/audit', label: '审计日志', roles: ['ADMIN'] },
  // Issue 6: the ETL's per-table status (last run, rows, lag, error).
  { path: '/admin/etl', label: '数据同步', roles: ['ADMIN'] },
  // DB1405 4.4: every role reads the catalogue; leaders and the administrator adjust it (7.1.3).
  { path: '/catalogue', label: '事项清单', roles: ALL, end: true },
  { path: '/catalogue/proposals', label: '目录调整', roles: ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER'] },
  // DB1405 7.1.2-7.1.3: demand figures behind the catalogue's adjustment (leaders).
  { path: '/catalogue/demand', label: '需求分析', roles: ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER'] },
  // DB1405 5.1, 5.2: the station and agent registers (every role reads them within its scope).
  { path: '/stations', label: '服务站', roles: ALL },
  { path: '/agents', label: '代办员', roles: ALL },
  // DB1405 8.1.1 evaluations (moderation above the station) and 8.1.2 回访 (staff other than the agents).
  { path: '/evaluations', label: '评价管理', roles: ALL },
  { path: '/surveys', label: '回访', roles: ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER'] },
  // DB1405 8.2: rectification tasks (every role within its scope) and the public's suggestions (8.2.3).
  { path: '/rectifications', label: '整改', roles: ALL },
  { path: '/suggestions', label: '意见建议', roles: ALL },
];

export function navFor(role: string): NavItem[] {
  return NAV.filter((n) => (n.roles as readonly string[]).includes(role));
}
