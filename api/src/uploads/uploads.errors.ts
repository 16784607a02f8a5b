import { HttpStatus } from '@nestjs/common';
import { AppError } from '../common/app-error';

// Errors of file uploads (UPLOAD.*): scanned materials of cases (DB1405 7.2.3 b).
export const UploadErrors = {
  tooLarge: (maxBytes: number) =>
    new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'UPLOAD.TOO_LARGE', `文件过大，单个文件不能超过 ${formatBytes(maxBytes)}`, { maxBytes }),
  typeMismatch: (reason: string) =>
    new AppError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UPLOAD.TYPE_MISMATCH', `${reason}；只接受内容与类型一致的 PDF、JPEG、PNG 文件`),
  empty: () => new AppError(HttpStatus.BAD_REQUEST, 'UPLOAD.EMPTY', '请求中没有文件内容'),
  corrupted: () => new AppError(HttpStatus.INTERNAL_SERVER_ERROR, 'UPLOAD.CORRUPTED', '存储的文件与登记的校验值不符，请联系管理员'),
  notAFile: () => new AppError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UPLOAD.TYPE_MISMATCH', '请以文件内容作为请求体上传，Content-Type 为 application/pdf、image/jpeg 或 image/png'),
  fileMissing: () => new AppError(HttpStatus.NOT_FOUND, 'UPLOAD.FILE_MISSING', '文件内容已不在存储中，请联系管理员'),
};

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}
