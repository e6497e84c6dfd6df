import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  database: TestDatabase;
  http: () => request.Agent;
  /** Bearer token of the first admin. */
  adminToken: string;
  close(): Promise<void>;
}

/** The real application on a clean database of its own, built exactly as main.ts builds it; `env` adds settings. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const started = await createApp(
    validateEnvironment({
      DATABASE_URL: database.url,
      DATA_DIR: database.dataDir ?? '/tmp/ct-test-unused',
      SESSION_SECRET: 'test-session-secret-at-least-32-characters-long',
      ADMIN_PASSWORD,
      LOG_LEVEL: 'error',
      ...env,
    }),
  );
  const fastify = started.app.getHttpAdapter().getInstance();
  await fastify.ready();
  const http = (): request.Agent => request.agent(started.app.getHttpServer());
  const login = await http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
  return {
    app: started.app,
    dataSource: started.app.get<DataSource>(getDataSourceToken()),
    database,
    http,
    adminToken: (login.body as { accessToken: string }).accessToken,
    close: async () => {
      await started.close();
      await database.drop();
    },
  };
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** Asks the API for English messages (without it, they follow the signed-in user's language). */
export const ENGLISH: Record<string, string> = { 'Accept-Language': 'en' };
