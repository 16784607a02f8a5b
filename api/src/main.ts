import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyStatic from '@fastify/static';
import { AppModule } from './app.module';
import { ErrorFilter, frameworkErrors } from './common/error.filter';
import { refuseDeepBodies } from './common/json-body';
import { QuietLogger } from './common/quiet-logger';
import { repoRoot } from './common/paths';
import { validationPipe } from './common/validation';
import type { Infra } from './infra/infra.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the HTTP app (API under /api/v1, OpenAPI under /api/docs, the built web app at /). */
export async function createApp(infra: Infra, opts: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    // Whose X-Forwarded-For decides request.ip (the public per-IP limit, audit): TRUST_PROXY, off by default.
    trustProxy: infra.config.TRUST_PROXY,
    frameworkErrors,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(infra), adapter, {
    logger: opts.logger === false ? false : new QuietLogger(),
    abortOnError: false,
  });
  app.setGlobalPrefix('api/v1', { exclude: [] });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ErrorFilter(await serveWeb(app)));
  // No enableShutdownHooks: the process owner (scripts/start.ts) stops HTTP, ETL, pools and
  // the embedded Postgres in that order; Nest's hook would re-raise the signal and cut it short.

  const fastify = app.getHttpAdapter().getInstance();
  refuseDeepBodies(fastify);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  const doc = SwaggerModule.createDocument(app, new DocumentBuilder()
    .setTitle('红色代办监管平台 API')
    .setDescription('DB1405/T 红色代办便民服务规范 — 案件办理、指标与公开接口。错误统一为 { code, message, requestId }。')
    .setVersion('1')
    .addBearerAuth()
    .build());
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });

  return app;
}

/** The built SPA: static files; any other non-API GET falls back to index.html (ErrorFilter). */
async function serveWeb(app: NestFastifyApplication): Promise<Buffer | undefined> {
  const webDir = path.join(repoRoot(), 'dist', 'web');
  if (!existsSync(path.join(webDir, 'index.html'))) return undefined;
  await app.getHttpAdapter().getInstance().register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  return readFileSync(path.join(webDir, 'index.html'));
}
