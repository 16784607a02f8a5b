import type { FastifyInstance } from 'fastify';
import { UPLOAD_TYPES } from './sniff';
import { UploadErrors } from './uploads.errors';

// Multipart is not registered in this app: an upload is the file itself as the raw request body
// with its content type (one file per request is all a scan needs). Fastify's own size limit
// answers REQUEST.TOO_LARGE; this parser counts the bytes itself so an oversized scan gets the
// upload's own code, UPLOAD.TOO_LARGE, in the usual error shape. The content type only selects
// this parser; what the file really is, is decided later from its bytes (sniff.ts).

/** Lets fastify take PDF/JPEG/PNG bodies as Buffers of at most `maxBytes` (once per instance). */
export function registerUploadParser(fastify: FastifyInstance, maxBytes: number): void {
  const missing = UPLOAD_TYPES.filter((t) => !fastify.hasContentTypeParser(t));
  if (!missing.length) return;
  fastify.addContentTypeParser(missing, (req, payload, done) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) {
      done(UploadErrors.tooLarge(maxBytes), undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err: Error | null, body?: Buffer) => {
      if (settled) return;
      settled = true;
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
      done(err, body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        finish(UploadErrors.tooLarge(maxBytes));
        payload.resume(); // drain the rest without keeping it
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(null, Buffer.concat(chunks));
    const onError = (e: Error) => finish(e);
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
}
