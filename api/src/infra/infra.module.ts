import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import type { ClickHouse } from '../../../etl/src/clickhouse/client';
import type { AppConfig } from '../config/config';
import { PiiCipher } from '../privacy/pii-cipher';
import { PrismaService } from './prisma.service';
import { CLICKHOUSE, CONFIG, PG_POOL } from './tokens';

export interface Infra {
  config: AppConfig;
  pool: Pool;
  clickhouse: ClickHouse;
  pii: PiiCipher;
}

@Global()
@Module({})
export class InfraModule {
  static forRoot(infra: Infra): DynamicModule {
    return {
      module: InfraModule,
      providers: [
        { provide: CONFIG, useValue: infra.config },
        { provide: PG_POOL, useValue: infra.pool },
        { provide: CLICKHOUSE, useValue: infra.clickhouse },
        { provide: PiiCipher, useValue: infra.pii },
        PrismaService,
      ],
      exports: [CONFIG, PG_POOL, CLICKHOUSE, PiiCipher, PrismaService],
    };
  }
}
