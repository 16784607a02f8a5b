import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { STATION_NAME_MESSAGE } from './station-name';

export const StationErrors = {
  /** Also for a station outside the caller's scope: it answers as if it did not exist. */
  notFound: () => new AppError(HttpStatus.NOT_FOUND, 'STATION.NOT_FOUND', '服务站不存在或不在您的管辖范围内'),
  /** DB1405 5.1.1 */
  invalidName: () => new AppError(HttpStatus.BAD_REQUEST, 'STATION.INVALID_NAME', STATION_NAME_MESSAGE),
  exists: () => new AppError(HttpStatus.CONFLICT, 'STATION.EXISTS', '该村（社区）已有便民服务站，请修改现有站点'),
  notVillage: () => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'STATION.REGION_NOT_VILLAGE', '便民服务站应设在村（社区），请选择村级区域'),
  invalidCoordinates: (message: string) => new AppError(HttpStatus.BAD_REQUEST, 'STATION.INVALID_COORDINATES', message),
};
