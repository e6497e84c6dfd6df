import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { InvalidEnvironment, validateEnvironment } from '../../src/config/environment.js';
import { RUNTIME, type Runtime } from '../../src/config/runtime.js';
import { DataDirInUse, EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('start-up', () => {
  describe('the embedded data folder lock', () => {
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ct-boot-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses a second opener of the same folder with a message naming it, and allows it after close', async () => {
      const first = await EmbeddedPostgres.open(dir);
      try {
        const second = EmbeddedPostgres.open(dir);
        await expect(second).rejects.toBeInstanceOf(DataDirInUse);
        await expect(EmbeddedPostgres.open(dir)).rejects.toThrow(dir);
        await expect(EmbeddedPostgres.open(dir)).rejects.toThrow(`process ${process.pid}`);
        // The first opener is unharmed.
        await expect(first.pglite.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
      } finally {
        await first.close();
      }
      expect(existsSync(join(dir, 'embedded-postgres.lock'))).toBe(false);
      const again = await EmbeddedPostgres.open(dir);
      await again.close();
    });

    it('takes over a lock left behind by a process that has died', async () => {
      const dead = spawnSync(process.execPath, ['-e', '0']).pid;
      writeFileSync(join(dir, 'embedded-postgres.lock'), String(dead));
      const embedded = await EmbeddedPostgres.open(dir);
      await embedded.close();
    });
  });

  describe('configuration', () => {
    it.each([
      ['PORT', { PORT: 'abc' }],
      ['PORT', { PORT: '70000' }],
      ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/app' }],
      ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
      ['SESSION_SECRET', { SESSION_SECRET: 'short' }],
      ['ADMIN_PASSWORD', { ADMIN_PASSWORD: '123' }],
    ])('stops with a message naming %s', (name, raw) => {
      expect(() => validateEnvironment(raw)).toThrow(InvalidEnvironment);
      expect(() => validateEnvironment(raw)).toThrow(new RegExp(`\\b${name}\\b`, 'u'));
    });

    it('applies the documented defaults', () => {
      expect(validateEnvironment({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'log' });
    });
  });

  describe('GET /health when the database stops answering', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(async () => {
      // The database was taken away under the app: closing may complain; the folder or database still goes.
      await t.close().catch(() => undefined);
      await t.database.drop();
    });

    it('answers 200 while the database answers, then 503', async () => {
      await t.http().get('/health').expect(200, { status: 'ok', database: t.database.kind });
      await makeDatabaseUnreachable(t);
      const res = await t.http().get('/health').expect(503);
      expect(res.body).toEqual({ status: 'unavailable', database: t.database.kind });
    }, 30_000);
  });
});

/** Embedded: shut PGlite down under the app. PostgreSQL: refuse new connections and end the app's. */
async function makeDatabaseUnreachable(t: TestApp): Promise<void> {
  if (t.database.kind === 'embedded') {
    await t.app.get<Runtime>(RUNTIME).database.embedded!.pglite.close();
    return;
  }
  const name = new URL(t.database.url!).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  } finally {
    await admin.end();
  }
}
