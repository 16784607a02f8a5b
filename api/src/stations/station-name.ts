// DB1405 5.1.1: a station has a fixed site named "XX村便民服务站". Pure.

/** 1-30 characters of village name, then 村便民服务站 (the `u` flag counts characters, not UTF-16 units). */
export const STATION_NAME_RULE = /^.{1,30}村便民服务站$/u;

export const STATION_NAME_MESSAGE = '站点名称应为“XX村便民服务站”';

/** The name as stored: surrounding blanks removed. */
export function normaliseStationName(name: string): string {
  return name.trim();
}

export function isValidStationName(name: string): boolean {
  return STATION_NAME_RULE.test(normaliseStationName(name));
}
