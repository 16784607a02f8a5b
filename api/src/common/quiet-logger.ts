import { ConsoleLogger } from '@nestjs/common';

// Nest logs every module and route at boot; on a workstation that buries the banner with the
// URL and the demo accounts. Those boot contexts are dropped; everything else is kept.
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

export class QuietLogger extends ConsoleLogger {
  log(message: unknown, context?: string): void {
    if (context && BOOT_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
