import { Logger, type LoggerService, type LogLevel as NestLogLevel } from '@nestjs/common';
import { AppLogger } from './common/logging/app-logger.js';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiDocument } from './api-docs/api-document.js';
import { buildOpenApiDocument } from './api-docs/openapi-document.js';
import { AppModule } from './app.module.js';
import { configureApp, fastifyOptions } from './app.setup.js';
import type { Environment } from './config/environment.js';
import { resolveSessionSecret, type Runtime } from './config/runtime.js';
import { openDatabaseTarget } from './database/database-target.js';
import { runMigrations } from './database/migrator.js';
import { waitForDatabase } from './database/wait-for-database.js';
import { UsersService } from './users/users.service.js';

const LEVELS: NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface StartedApp {
  app: NestFastifyApplication;
  runtime: Runtime;
  /** The password generated for the first admin on a new database (none when ADMIN_PASSWORD chose it): the caller shows it, last. */
  firstAdminPassword: string | null;
  close(): Promise<void>;
}

/**
 * Builds the application as main.ts and the tests use it: embedded or server PostgreSQL (waited for
 * a bounded time when it does not answer yet), migrations
 * applied under a lock, the first admin created, the HTTP layer configured, the OpenAPI document
 * ready to be built on first request. Does not listen.
 */
export async function createApp(env: Environment, options: { logger?: LoggerService } = {}): Promise<StartedApp> {
  // Before anything logs, so every line has the same (ISO) timestamps. A test may bring its own, to count the lines.
  const logLevels = LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1);
  const logger = options.logger ?? new AppLogger({ logLevels });
  logger.setLogLevels?.(logLevels);
  Logger.overrideLogger(logger);
  const database = await openDatabaseTarget(env);
  try {
    if (database.target.kind === 'postgres') {
      // A server still starting is waited for; one that stays away stops the start with one line (main.ts).
      await waitForDatabase(database.target.url!, env);
    }
    const runtime: Runtime = { env, sessionSecret: resolveSessionSecret(env), database: database.target };
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime), new FastifyAdapter(fastifyOptions(env)), {
      logger,
      abortOnError: false,
    });
    await configureApp(app, runtime);
    app.get(ApiDocument).buildFrom(() => buildOpenApiDocument(app));
    const applied = await runMigrations(app.get<DataSource>(getDataSourceToken()));
    if (applied.length > 0) {
      new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
    }
    const firstAdminPassword = await app.get(UsersService).ensureInitialAdmin(env.ADMIN_PASSWORD);
    await app.init();
    return {
      app,
      runtime,
      firstAdminPassword,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
