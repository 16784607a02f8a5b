import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { CONFIG } from '../infra/tokens';
import { UploadErrors } from './uploads.errors';

/**
 * Content-addressed storage of uploaded scans: a file lives at UPLOAD_DIR/ab/abcdef… named by its
 * SHA-256, so the same scan uploaded twice is stored once and any change of the bytes on disk is
 * detectable against the checksum kept in case_files.
 */
@Injectable()
export class FileStore {
  readonly dir: string;
  readonly maxBytes: number;

  constructor(@Inject(CONFIG) config: AppConfig) {
    this.dir = config.UPLOAD_DIR ? path.resolve(config.UPLOAD_DIR) : path.join(config.dataDir, 'uploads');
    this.maxBytes = config.UPLOAD_MAX_BYTES;
  }

  static sha256(body: Buffer): string {
    return createHash('sha256').update(body).digest('hex');
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Writes the bytes (atomically: temp file then rename) unless the same content is stored already. */
  async put(body: Buffer): Promise<{ sha256: string; size: number }> {
    const sha256 = FileStore.sha256(body);
    const target = this.pathOf(sha256);
    const existing = await stat(target).catch(() => null);
    if (existing?.size !== body.length) {
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, body, { mode: 0o600 });
      await rename(tmp, target);
    }
    return { sha256, size: body.length };
  }

  async get(sha256: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch {
      throw UploadErrors.fileMissing();
    }
  }
}
