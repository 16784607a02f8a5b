import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AppConfig } from '../config/config';
import { CONFIG } from '../infra/tokens';
import { FileStore } from './file-store';
import { registerUploadParser } from './upload-body';

/** File storage for scanned materials, and the PDF/JPEG/PNG body parser (registered before listening). */
@Module({ providers: [FileStore], exports: [FileStore] })
export class UploadsModule implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly host: HttpAdapterHost, @Inject(CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance?.();
    if (fastify) registerUploadParser(fastify, this.config.UPLOAD_MAX_BYTES);
  }
}
