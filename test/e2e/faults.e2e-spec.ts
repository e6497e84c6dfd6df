import 'reflect-metadata';
import { Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp, type StartedApp } from '../../src/bootstrap.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { databaseUnavailableReason } from '../../src/database/database-unavailable.js';
import { DatabaseUnreachable } from '../../src/database/wait-for-database.js';
import { startFailure } from '../../src/start-failure.js';
import { buildStaff, createUnit } from '../factories/index.js';
import { signInThroughForm } from '../factories/import.js';
import { describeWithOwnPostgres, freePort, OwnPostgres } from '../support/own-postgres.js';
import { ADMIN_PASSWORD, bearer, ENGLISH, type TestApp } from '../support/test-app.js';
import { testDatabaseKind } from '../support/test-database.js';

// Short on purpose, so the frozen server's 503 comes quickly; the defaults are in config/environment.ts.
const TIMEOUTS = {
  DATABASE_CONNECT_TIMEOUT_MS: '3000',
  DATABASE_STATEMENT_TIMEOUT_MS: '2000',
  DATABASE_QUERY_TIMEOUT_MS: '3000',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '10000',
};
/** What a loaded test machine may add to a timeout before the answer arrives. */
const SLACK_MS = 4000;
const DATABASE = 'faults_test';
const VIETNAMESE_UNAVAILABLE = 'Cơ sở dữ liệu tạm thời không phản hồi';

interface Line {
  level: string;
  text: string;
}

/** Every line the application logs, kept to be counted (Nest's Logger, overridden before the app exists). */
class CapturedLog implements LoggerService {
  readonly lines: Line[] = [];
  private levels: LogLevel[] | undefined;

  /** Nest hands the levels LOG_LEVEL allows to the logger it uses, which filters (as its ConsoleLogger does). */
  setLogLevels(levels: LogLevel[]): void {
    this.levels = levels;
  }
  log = (...parts: unknown[]): void => this.keep('log', parts);
  error = (...parts: unknown[]): void => this.keep('error', parts);
  warn = (...parts: unknown[]): void => this.keep('warn', parts);
  debug = (...parts: unknown[]): void => this.keep('debug', parts);
  verbose = (...parts: unknown[]): void => this.keep('verbose', parts);
  fatal = (...parts: unknown[]): void => this.keep('fatal', parts);

  since(mark: number): Line[] {
    return this.lines.slice(mark);
  }

  private keep(level: LogLevel, parts: unknown[]): void {
    if (this.levels && !this.levels.includes(level)) {
      return;
    }
    this.lines.push({ level, text: parts.map((part) => (part instanceof Error ? (part.stack ?? part.message) : String(part))).join(' ') });
  }
}

const env = (url: string, extra: Record<string, string> = {}) =>
  validateEnvironment({
    DATABASE_URL: url,
    DATA_DIR: '/tmp/ct-test-unused',
    SESSION_SECRET: 'test-session-secret-at-least-32-characters-long',
    ADMIN_PASSWORD,
    LOG_LEVEL: 'log',
    ...TIMEOUTS,
    ...extra,
  });

/** The spec starts a PostgreSQL of its own, so it runs once: in the postgres pass, not the embedded one. */
const describeFaults = testDatabaseKind() === 'postgres' ? describeWithOwnPostgres() : describe.skip;

describeFaults('database faults (a PostgreSQL of the test its own: stopped, restarted, frozen)', () => {
  const log = new CapturedLog();

  beforeAll(() => {
    Logger.overrideLogger(log);
  });

  it('starting while PostgreSQL is down retries for DATABASE_START_TIMEOUT_MS, then stops with one line naming the address, the reason and DATABASE_URL', async () => {
    const port = await freePort();
    const mark = log.lines.length;
    const started = Date.now();
    const failure = await createApp(env(`postgres://postgres@127.0.0.1:${port}/${DATABASE}`, { DATABASE_START_TIMEOUT_MS: '2000' }), {
      logger: log,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    const elapsed = Date.now() - started;
    expect(failure).toBeInstanceOf(DatabaseUnreachable);
    // Bounded: it retried (not one attempt) for about the time allowed, not nine times three seconds.
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(2000 + SLACK_MS);
    const line = startFailure(failure) as string;
    expect(typeof line).toBe('string');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(`127.0.0.1:${port}/${DATABASE}`);
    expect(line).toContain('ECONNREFUSED');
    expect(line).toContain('DATABASE_URL');
    expect(line).not.toContain('postgres://');
    const logged = log.since(mark);
    expect(logged.length).toBeLessThanOrEqual(1);
    expect(logged.map((l) => l.text).join('\n')).not.toMatch(/\n\s+at /u);
  });

  describe('while serving', () => {
    let server: OwnPostgres;
    let started: StartedApp;
    let t: TestApp;
    let page: request.Agent;
    let unitId: string;
    const acknowledged: string[] = [];

    beforeAll(async () => {
      server = await OwnPostgres.create();
      await server.query(`CREATE DATABASE ${DATABASE}`);
      started = await createApp(env(server.url(DATABASE)), { logger: log });
      await started.app.getHttpAdapter().getInstance().ready();
      const http = (): request.Agent => request.agent(started.app.getHttpServer());
      const login = await http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
      t = {
        app: started.app,
        dataSource: started.app.get<DataSource>(getDataSourceToken()),
        database: { kind: 'postgres', url: server.url(DATABASE), drop: async () => undefined },
        http,
        adminToken: (login.body as { accessToken: string }).accessToken,
        close: () => started.close(),
      };
      unitId = (await createUnit(t)).id;
      page = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    }, 120_000);

    afterAll(async () => {
      await started?.close().catch(() => undefined);
      await server?.destroy();
    }, 60_000);

    /** POST /api/staff; a 201 is an acknowledged write, whose code must be in the database afterwards. */
    async function write(): Promise<request.Response> {
      const staff = buildStaff({ unitId });
      const res = await t.http().post('/api/staff').set(bearer(t.adminToken)).send(staff);
      if (res.status === 201) {
        acknowledged.push(staff.code);
      }
      return res;
    }

    async function expectEveryAcknowledgedWriteStored(): Promise<void> {
      const rows = await server.query<{ code: string }>('SELECT code FROM staff WHERE code = ANY($1)', [acknowledged], DATABASE);
      expect(rows.map((r) => r.code).sort()).toEqual([...acknowledged].sort());
    }

    async function waitForHealth(status: number, withinMs: number): Promise<void> {
      const deadline = Date.now() + withinMs;
      for (;;) {
        const res = await t.http().get('/health');
        if (res.status === status) {
          return;
        }
        if (Date.now() > deadline) {
          throw new Error(`/health still answers ${res.status}, not ${status}, after ${withinMs} ms:\n${server.log.slice(-2000)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }

    function expectDocumentedUnavailable(res: request.Response): void {
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^\d+$/u);
      expect(res.body).toEqual({
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database is not answering. Please try again shortly.',
        requestId: res.headers['x-request-id'],
      });
    }

    const unavailableLines = (lines: Line[]): Line[] => lines.filter((l) => l.text.includes('database unavailable: '));
    const recoveryLines = (lines: Line[]): Line[] => lines.filter((l) => /database available again after \d+ s/u.test(l.text));
    const stackLines = (lines: Line[]): Line[] => lines.filter((l) => /\n\s+at /u.test(l.text));
    const summary = (l: Line): string => `${l.level}: ${l.text.split('\n', 1)[0]}`;

    it('writes while the database answers', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await write()).status).toBe(201);
      }
      await expectEveryAcknowledgedWriteStored();
    });

    it('answers 503 DATABASE_UNAVAILABLE with Retry-After on the API, the pages and /health while PostgreSQL is stopped, logging one line', async () => {
      const mark = log.lines.length;
      await server.stop();

      const reads = await Promise.all(Array.from({ length: 30 }, () => t.http().get('/api/staff').set(bearer(t.adminToken)).set(ENGLISH)));
      reads.forEach(expectDocumentedUnavailable);
      const refusedWrite = await write();
      expect(refusedWrite.status).toBe(503);

      const html = await page.get('/staff');
      expect(html.status).toBe(503);
      expect(html.headers['retry-after']).toMatch(/^\d+$/u);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.text).toContain(VIETNAMESE_UNAVAILABLE);

      const health = await t.http().get('/health');
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ status: 'unavailable', database: 'postgres' });
      expect(health.headers['retry-after']).toMatch(/^\d+$/u);

      const lines = log.since(mark);
      expect(unavailableLines(lines)).toHaveLength(1);
      expect(unavailableLines(lines)[0].level).toBe('error');
      expect(stackLines(lines)).toEqual([]);
      // 33 failed requests, one line: nothing else was logged per request.
      expect(lines.filter((l) => !unavailableLines([l]).length).map(summary)).toEqual([]);
    }, 60_000);

    it('recovers when PostgreSQL is back, logs it once, and keeps every acknowledged write', async () => {
      const mark = log.lines.length;
      await server.start();
      await waitForHealth(200, 20_000);
      for (let i = 0; i < 3; i++) {
        expect((await write()).status).toBe(201);
      }
      await t.http().get('/api/staff').set(bearer(t.adminToken)).expect(200);
      await page.get('/staff').expect(200);
      await expectEveryAcknowledgedWriteStored();
      const lines = log.since(mark);
      expect(recoveryLines(lines)).toHaveLength(1);
      expect(unavailableLines(lines)).toEqual([]);
      expect(stackLines(lines)).toEqual([]);
    }, 60_000);

    it('answers 503 within the query timeout while PostgreSQL is frozen (SIGSTOP), then recovers without a stale session', async () => {
      const mark = log.lines.length;
      const queryTimeout = Number(TIMEOUTS.DATABASE_QUERY_TIMEOUT_MS);
      const connectTimeout = Number(TIMEOUTS.DATABASE_CONNECT_TIMEOUT_MS);
      server.freeze();
      let answers: Array<{ res: request.Response; ms: number }>;
      try {
        const timed = async (send: () => Promise<request.Response>) => {
          const start = Date.now();
          const res = await send();
          return { res, ms: Date.now() - start };
        };
        // More requests than the pool has connections (10): the pooled ones time out, new ones cannot connect.
        answers = await Promise.all([
          ...Array.from({ length: 12 }, () => timed(() => t.http().get('/api/staff').set(bearer(t.adminToken)).set(ENGLISH))),
          ...Array.from({ length: 3 }, () => timed(write)),
        ]);
        const health = await timed(() => t.http().get('/health'));
        expect(health.res.status).toBe(503);
        expect(health.ms).toBeLessThan(2000 + SLACK_MS);
      } finally {
        server.thaw();
      }
      for (const { res, ms } of answers) {
        expect(res.status).toBe(503);
        expect(ms).toBeLessThan(Math.max(queryTimeout, connectTimeout) + SLACK_MS);
      }
      answers.slice(0, 12).forEach(({ res }) => expectDocumentedUnavailable(res));

      await waitForHealth(200, 20_000);
      for (let i = 0; i < 3; i++) {
        expect((await write()).status).toBe(201);
      }
      await expectEveryAcknowledgedWriteStored();
      // Every connection whose query went unanswered was closed, not lent again: no session is left
      // idle inside a transaction, holding what a timed-out request had begun.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stale = await server.query(
        `SELECT pid, state, query FROM pg_stat_activity WHERE datname = $1 AND state LIKE 'idle in transaction%'`,
        [DATABASE],
      );
      expect(stale).toEqual([]);

      const lines = log.since(mark);
      expect(unavailableLines(lines)).toHaveLength(1);
      expect(recoveryLines(lines)).toHaveLength(1);
      expect(stackLines(lines)).toEqual([]);
      expect(lines.map(summary)).toHaveLength(2);
    }, 90_000);

    it('rolls back a transaction cut by the query timeout, and never lends its connection again', async () => {
      await server.query('CREATE TABLE IF NOT EXISTS fault_probe (label text PRIMARY KEY)', [], DATABASE);
      const cut = await t.dataSource
        .transaction(async (manager) => {
          await manager.query(`INSERT INTO fault_probe VALUES ('cut')`);
          server.freeze();
          await manager.query('SELECT 1');
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      server.thaw();
      expect(databaseUnavailableReason(cut)).toBeDefined();
      // The pool lends its last returned connection first: were the cut one kept, these would run
      // inside its open transaction, be answered, and vanish with it.
      const labels = Array.from({ length: 12 }, (_, i) => `after-${i}`);
      for (const label of labels) {
        await t.dataSource.query('INSERT INTO fault_probe VALUES ($1)', [label]);
      }
      const stored = await server.query<{ label: string }>('SELECT label FROM fault_probe ORDER BY label', [], DATABASE);
      expect(stored.map((r) => r.label)).toEqual([...labels].sort());
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stale = await server.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND state LIKE 'idle in transaction%'`, [
        DATABASE,
      ]);
      expect(stale).toEqual([]);
    }, 60_000);
  });
});
