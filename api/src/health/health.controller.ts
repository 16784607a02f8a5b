import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Pool } from 'pg';
import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import { Public } from '../auth/permissions';
import { CLICKHOUSE, PG_POOL } from '../infra/tokens';

async function probe(fn: () => Promise<unknown>): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const t = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
    return { ok: true, latencyMs: Math.round(performance.now() - t) };
  } catch (e) {
    return { ok: false, latencyMs: Math.round(performance.now() - t), error: (e as Error).message.slice(0, 200) };
  }
}

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool, @Inject(CLICKHOUSE) private readonly ch: ClickHouse) {}

  /** Postgres down: 503 (no case can be handled). ClickHouse down: 200 "degraded" (cases go on). */
  @Get()
  @Public()
  @ApiOkResponse({ description: '{ status, postgres, clickhouse }' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [postgres, clickhouse] = await Promise.all([
      probe(() => this.pool.query('SELECT 1')),
      probe(() => this.ch.client.query({ query: 'SELECT 1', format: 'JSONEachRow' }).then((r) => r.json())),
    ]);
    const status = !postgres.ok ? 'down' : clickhouse.ok ? 'ok' : 'degraded';
    if (!postgres.ok) reply.status(503);
    return { status, postgres, clickhouse: { ...clickhouse, embedded: this.ch.embedded } };
  }
}
