// Station location (DB1405 5.1: a fixed site). Jincheng lies at about 35.2-36.0 N, 112.0-113.6 E;
// the bounds below leave a margin so a site on a border is not refused, while a swapped pair
// (112.8, 35.5) or a coordinate of another city is. Pure.

export const LATITUDE_RANGE = [34.5, 36.5] as const;
export const LONGITUDE_RANGE = [111.5, 114.0] as const;

export const LATITUDE_MESSAGE = `纬度应为晋城市范围内的数值（${LATITUDE_RANGE[0]}～${LATITUDE_RANGE[1]}）`;
export const LONGITUDE_MESSAGE = `经度应为晋城市范围内的数值（${LONGITUDE_RANGE[0]}～${LONGITUDE_RANGE[1]}）`;
export const COORDINATE_PAIR_MESSAGE = '纬度和经度应同时填写或同时留空';

const within = (v: number, [lo, hi]: readonly [number, number]) => Number.isFinite(v) && v >= lo && v <= hi;

export const isLatitude = (v: number): boolean => within(v, LATITUDE_RANGE);
export const isLongitude = (v: number): boolean => within(v, LONGITUDE_RANGE);

/** Stored with 6 decimals (Decimal(9,6)): about 0.1 m, finer than any map needs. */
export const roundCoordinate = (v: number): number => Math.round(v * 1e6) / 1e6;
