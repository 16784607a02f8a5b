import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { ExcelErrors } from './excel.errors';

// Uploads: multipart is not registered in this app, so a register import is the .xlsx file itself
// as the raw request body with the xlsx content type (one file per request is all it needs).

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Enough for tens of thousands of register rows; the server-wide JSON limit stays at 1 MB. */
export const XLSX_MAX_BYTES = 5 * 1024 * 1024;

/** An .xlsx is a zip: it starts with a local file header, PK\x03\x04. The name proves nothing. */
export function isXlsxZip(body: unknown): body is Buffer {
  return Buffer.isBuffer(body) && body.length > 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;
}

/** Lets fastify take an xlsx body as a Buffer (once, whichever module asks first). */
export function registerXlsxParser(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser(XLSX_MIME)) return;
  fastify.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: XLSX_MAX_BYTES }, (_req, body, done) => done(null, body));
}

/** The uploaded workbook; 400 IMPORT.NOT_XLSX when the body is not a zip (whatever its name or type). */
export const XlsxBody = createParamDecorator((_: unknown, ctx: ExecutionContext): Buffer => {
  const body: unknown = ctx.switchToHttp().getRequest().body;
  if (!isXlsxZip(body)) throw ExcelErrors.notXlsx();
  return body;
});
