import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from './api-docs/openapi-document.js';
import { AppModule } from './app.module.js';
import { fastifyOptions } from './app.setup.js';
import { validateEnvironment } from './config/environment.js';

/**
 * The OpenAPI document without a database: the application's module graph is built in Nest's
 * preview mode, where no provider is instantiated (so nothing connects), and only its metadata is read.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const env = validateEnvironment({
    DATABASE_URL: 'postgres://openapi.invalid/never-connected',
    SESSION_SECRET: 'preview-mode-only-never-signs-anything-0123456789',
    LOG_LEVEL: 'error',
  });
  const runtime = { env, sessionSecret: env.SESSION_SECRET!, database: { kind: 'postgres' as const, url: env.DATABASE_URL } };
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime), new FastifyAdapter(fastifyOptions(env)), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.getHttpAdapter().close();
  }
}
