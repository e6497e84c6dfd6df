import { ConsoleLogger } from '@nestjs/common';

/**
 * Nest's own start-up chatter, one line per module, controller and route (about 150 lines): useful
 * when a route is missing, noise otherwise, and it buried the first admin's password. At debug level
 * (LOG_LEVEL=debug shows it again).
 */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/**
 * The service's log: Nest's console logger with ISO 8601 timestamps (UTC, `2026-12-01T10:34:26.123Z`),
 * which sort as text and read the same in every locale (the default is the machine's locale format,
 * `12/1/2026, 10:34:26 AM`), and the start-up chatter at debug level.
 */
export class AppLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    const last = rest[rest.length - 1];
    const context = typeof last === 'string' ? last : this.context;
    if (context !== undefined && START_UP_CONTEXTS.has(context)) {
      super.debug(message, ...rest);
      return;
    }
    super.log(message, ...rest);
  }

  protected override getTimestamp(): string {
    return new Date().toISOString();
  }
}
