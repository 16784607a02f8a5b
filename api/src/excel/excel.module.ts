import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { registerXlsxParser } from './xlsx-body';

/** Registers the xlsx body parser on the fastify instance before the server starts listening. */
@Module({})
export class ExcelModule implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance?.();
    if (fastify) registerXlsxParser(fastify);
  }
}
