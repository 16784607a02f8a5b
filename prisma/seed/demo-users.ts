// The demo logins the seed creates (all with the same demo password). Kept free of imports so
// the start script can print them without loading the generator.

export type DemoRole = 'ADMIN' | 'CITY_LEADER' | 'COUNTY_LEADER' | 'TOWNSHIP_REVIEWER' | 'STATION_AGENT';

export interface DemoUser {
  username: string;
  role: DemoRole;
  /** Who this login is and what it can see, in Chinese, for the start banner. */
  description: string;
}

export const DEMO_PASSWORD_DEFAULT = 'Hongse@Daiban2026';

/** The township and county the scoped demo users belong to (阳城县凤城镇). */
export const DEMO_COUNTY_CODE = '140522';
export const DEMO_TOWNSHIP_NAME = '凤城镇';

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', role: 'ADMIN', description: '系统管理员：全市数据、用户与事项清单管理' },
  { username: 'leader', role: 'CITY_LEADER', description: '市局领导（晋城市行政审批服务管理局）：全市指标看板' },
  { username: 'county', role: 'COUNTY_LEADER', description: '县级领导（阳城县）：本县指标与督办' },
  { username: 'reviewer', role: 'TOWNSHIP_REVIEWER', description: '乡镇审核人员（阳城县凤城镇）：上报件审核、出证与回传' },
  { username: 'agent', role: 'STATION_AGENT', description: '红色代办员（凤城镇某村便民服务站）：咨询、受理、代办、回复' },
];
