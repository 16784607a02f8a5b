import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { CasesModule } from '../cases/cases.module';
import type { AppConfig } from '../config/config';
import { CONFIG } from '../infra/tokens';
import { PublicDirectoryController } from './public-directory.controller';
import { PublicDirectoryService } from './public-directory.service';
import { PublicRateLimitGuard, publicThrottlerOptions } from './public-rate-limit';
import { PublicRegionsService } from './public-regions.service';
import { PublicStatsController } from './public-stats.controller';
import { PublicStatsService } from './public-stats.service';

/**
 * Public disclosure (DB1405 8.1.3, 4.4): everything under /api/v1/public/. The rate-limit guard
 * is global (APP_GUARD) because other modules' public routes (the evaluation link, suggestions)
 * live under the same prefix and must be limited alike; it skips every other path.
 */
@Module({
  imports: [
    CasesModule,
    ThrottlerModule.forRootAsync({ inject: [CONFIG], useFactory: (config: AppConfig) => publicThrottlerOptions(config) }),
  ],
  controllers: [PublicStatsController, PublicDirectoryController],
  providers: [PublicRegionsService, PublicStatsService, PublicDirectoryService, { provide: APP_GUARD, useClass: PublicRateLimitGuard }],
})
export class PublicModule {}
