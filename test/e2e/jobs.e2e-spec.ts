import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { databaseOptions } from '../../src/database/database-options.js';
import { enqueue, JobsService, type JobContext, type JobsOptions, jobProgress } from '../../src/jobs/index.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The job queue on each database (issue 9: rendering after the issuing transaction commits):
 * visibility only after commit, a wake-up at the commit, exactly one completion however many
 * workers, retries with backoff, failure after the last attempt, leases of dead workers, shutdown.
 */

interface JobRow {
  id: string;
  state: string;
  attempts: number;
  last_error: string | null;
  run_after: Date;
  finished_at: Date | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` holds, polling; fails naming `what` after `timeoutMs`. */
async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await sleep(10);
  }
}

describe('job queue', () => {
  let t: TestApp;
  const workers: JobsService[] = [];
  const extraSources: DataSource[] = [];
  const onPostgres = () => t.database.kind === 'postgres';

  /** A worker of our own on `dataSource` (the app's unless told), started; stopped after each test. */
  const worker = (options: JobsOptions = {}, dataSource: DataSource = t.dataSource): JobsService => {
    const jobs = new JobsService(dataSource, { pollIntervalMs: 60_000, ...options });
    workers.push(jobs);
    jobs.start();
    return jobs;
  };
  const job = async (id: string): Promise<JobRow> =>
    (
      (await t.dataSource.query(`SELECT id, state, attempts, last_error, run_after, finished_at FROM jobs WHERE id = $1`, [id])) as JobRow[]
    )[0];
  const kindName = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((jobs) => jobs.stop()));
  });
  afterAll(async () => {
    await Promise.all(extraSources.map((source) => source.destroy()));
    await t.close();
  });

  it('runs a job enqueued in a transaction only once it commits, woken at the commit rather than at the next poll', async () => {
    const kind = kindName('render');
    const seen: Array<{ payload: unknown; attempt: number }> = [];
    // Polling once a minute: only the wake-up at the commit can explain a run within seconds.
    worker().register(kind, async (payload, context) => {
      seen.push({ payload, attempt: context.attempt });
    });
    const committedAt = { ms: 0 };
    const id = await t.dataSource.transaction(async (manager) => {
      const enqueued = await enqueue(manager, kind, { decisionId: 'd-1', parts: ['decision', 'list'] });
      expect(enqueued.created).toBe(true);
      if (onPostgres()) {
        // Another connection does not see it before the commit (the embedded database has only this one).
        const outside = (await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE id = $1`, [enqueued.id])) as Array<{
          n: number;
        }>;
        expect(outside[0].n).toBe(0);
      }
      await sleep(100);
      expect(seen).toEqual([]);
      return enqueued.id;
    });
    committedAt.ms = Date.now();
    await eventually('the job to be done', async () => (await job(id)).state === 'done', 5_000);
    expect(Date.now() - committedAt.ms).toBeLessThan(5_000);
    expect(seen).toEqual([{ payload: { decisionId: 'd-1', parts: ['decision', 'list'] }, attempt: 1 }]);
    const done = await job(id);
    expect(done).toMatchObject({ state: 'done', attempts: 1, last_error: null });
    expect(done.finished_at).not.toBeNull();
  });

  it('leaves no job behind a transaction that rolled back, and runs nothing', async () => {
    const kind = kindName('rolled-back');
    let runs = 0;
    worker({ pollIntervalMs: 20 }).register(kind, async () => {
      runs++;
    });
    await expect(
      t.dataSource.transaction(async (manager) => {
        await enqueue(manager, kind, {});
        throw new Error('the use case failed after enqueuing');
      }),
    ).rejects.toThrow('the use case failed after enqueuing');
    await sleep(200);
    const left = (await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = $1`, [kind])) as Array<{ n: number }>;
    expect(left[0].n).toBe(0);
    expect(runs).toBe(0);
  });

  it('keeps one queued job per dedupe key, and takes a new one once the first has started', async () => {
    const kind = kindName('dedupe');
    const key = `render:${randomUUID()}`;
    const first = await enqueue(t.dataSource.manager, kind, { n: 1 }, { dedupeKey: key });
    const second = await t.dataSource.transaction((manager) => enqueue(manager, kind, { n: 2 }, { dedupeKey: key }));
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });

    let release: () => void = () => {};
    const started: unknown[] = [];
    worker().register(kind, async (payload) => {
      started.push(payload);
      if (payload.n === 1) {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      }
    });
    await eventually('the first job to start', () => started.length === 1);
    expect(started).toEqual([{ n: 1 }]);
    const third = await enqueue(t.dataSource.manager, kind, { n: 3 }, { dedupeKey: key });
    expect(third.created).toBe(true);
    expect(third.id).not.toBe(first.id);
    release();
    await eventually('both jobs to be done', async () => (await job(first.id)).state === 'done' && (await job(third.id)).state === 'done');
    expect(started).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('retries a failing job after a growing delay, and records it done once a try succeeds', async () => {
    const kind = kindName('flaky');
    const tries: Array<{ attempt: number; at: number }> = [];
    worker({ pollIntervalMs: 10 }).register(
      kind,
      async (_payload, context: JobContext) => {
        tries.push({ attempt: context.attempt, at: Date.now() });
        if (context.attempt < 3) {
          throw new Error(`soffice crashed on try ${context.attempt}`);
        }
      },
      { retryDelayMs: 150, maxRetryDelayMs: 10_000 },
    );
    const { id } = await enqueue(t.dataSource.manager, kind, {});
    await eventually('the third try to succeed', async () => (await job(id)).state === 'done');
    expect(tries.map((one) => one.attempt)).toEqual([1, 2, 3]);
    // 150 ms after the first failure, 300 ms after the second (the clocks of node and the database may differ by a few ms).
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(130);
    expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(280);
    expect(await job(id)).toMatchObject({ state: 'done', attempts: 3, last_error: null });
  });

  it('fails a job for good after its last attempt, keeping the error, and shows it in the owner’s progress', async () => {
    const kind = kindName('broken');
    const owner = { kind: 'decision', id: randomUUID() };
    let runs = 0;
    worker({ pollIntervalMs: 10 }).register(
      kind,
      async () => {
        runs++;
        throw new Error('LibreOffice is not installed');
      },
      { retryDelayMs: 10 },
    );
    const { id } = await enqueue(t.dataSource.manager, kind, {}, { maxAttempts: 2, owner });
    await eventually('the job to fail', async () => (await job(id)).state === 'failed');
    await sleep(100);
    expect(runs).toBe(2);
    expect(await job(id)).toMatchObject({ state: 'failed', attempts: 2, last_error: 'LibreOffice is not installed' });
    expect(await jobProgress(t.dataSource.manager, owner)).toEqual([
      expect.objectContaining({ id, kind, state: 'failed', attempts: 2, maxAttempts: 2, lastError: 'LibreOffice is not installed' }),
    ]);
  });

  it('abandons a try that runs past its time limit, aborting its signal, and counts it as failed', async () => {
    const kind = kindName('slow');
    let aborted = false;
    worker().register(
      kind,
      (_payload, context) =>
        new Promise<void>((resolve) => {
          context.signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        }),
      { timeoutMs: 100 },
    );
    const { id } = await enqueue(t.dataSource.manager, kind, {}, { maxAttempts: 1 });
    await eventually('the job to fail', async () => (await job(id)).state === 'failed');
    expect(aborted).toBe(true);
    expect((await job(id)).last_error).toBe('Ran past its time limit of 100 ms');
  });

  it('takes over a job whose worker died (its lease passed), as a further attempt', async () => {
    const kind = kindName('orphan');
    const [orphan] = (await t.dataSource.query(
      `INSERT INTO jobs (kind, payload, state, attempts, locked_by, locked_until, started_at)
       VALUES ($1, '{"n": 7}', 'running', 1, 'a-dead-process', now() - interval '1 second', now() - interval '10 minutes') RETURNING id`,
      [kind],
    )) as Array<{ id: string }>;
    const attempts: number[] = [];
    worker().register(kind, async (_payload, context) => {
      attempts.push(context.attempt);
    });
    await eventually('the orphan to be done', async () => (await job(orphan.id)).state === 'done');
    expect(attempts).toEqual([2]);
  });

  it('fails, without running it again, a job whose lease passed on its last attempt', async () => {
    const kind = kindName('exhausted');
    const [exhausted] = (await t.dataSource.query(
      `INSERT INTO jobs (kind, payload, state, attempts, max_attempts, locked_by, locked_until, started_at)
       VALUES ($1, '{}', 'running', 2, 2, 'a-dead-process', now() - interval '1 second', now() - interval '10 minutes') RETURNING id`,
      [kind],
    )) as Array<{ id: string }>;
    let runs = 0;
    worker({ pollIntervalMs: 20 }).register(kind, async () => {
      runs++;
    });
    await eventually('the exhausted job to be failed', async () => (await job(exhausted.id)).state === 'failed');
    await sleep(100);
    expect(runs).toBe(0);
    expect(await job(exhausted.id)).toMatchObject({
      attempts: 2,
      last_error: 'The worker running it stopped or ran past its time limit on the last attempt',
    });
  });

  it('completes each of 120 jobs exactly once with two workers claiming side by side', async () => {
    const kind = kindName('many');
    const runs = new Map<string, number>();
    const byWorker = new Map<string, number>();
    // On PostgreSQL the second worker has a pool of its own, as another process would; the embedded
    // database has one connection, which both share.
    let second = t.dataSource;
    if (onPostgres()) {
      second = new DataSource(databaseOptions({ kind: 'postgres', url: t.database.url }));
      await second.initialize();
      extraSources.push(second);
    }
    for (const jobs of [worker({ concurrency: 3, pollIntervalMs: 20 }), worker({ concurrency: 3, pollIntervalMs: 20 }, second)]) {
      jobs.register(kind, async (payload: { n: number }, context) => {
        runs.set(context.id, (runs.get(context.id) ?? 0) + 1);
        byWorker.set(jobs.workerId, (byWorker.get(jobs.workerId) ?? 0) + 1);
        await sleep(payload.n % 7);
      });
    }
    const ids = await t.dataSource.transaction(async (manager) => {
      const enqueued: string[] = [];
      for (let n = 0; n < 120; n++) {
        enqueued.push((await enqueue(manager, kind, { n })).id);
      }
      return enqueued;
    });
    await eventually(
      'every job to be done',
      async () => {
        const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = $1 AND state = 'done'`, [
          kind,
        ])) as Array<{
          n: number;
        }>;
        return n === 120;
      },
      30_000,
    );
    await sleep(100);
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].filter((count) => count !== 1)).toEqual([]);
    // Both took part: the second worker is not idle while the first has work.
    expect(byWorker.size).toBe(2);
    const attempts = (await t.dataSource.query(`SELECT DISTINCT attempts FROM jobs WHERE kind = $1`, [kind])) as Array<{
      attempts: number;
    }>;
    expect(attempts).toEqual([{ attempts: 1 }]);
  });

  // Two application processes on one PostgreSQL, as deployed behind a load balancer: each app's own
  // JobsService (JobsModule), started by Nest after the migrations and drained by its close().
  (process.env.TEST_DATABASE_URL ? it : it.skip)(
    'completes each job exactly once across two whole applications on one PostgreSQL',
    async () => {
      const second = await createApp(
        validateEnvironment({
          DATABASE_URL: t.database.url!,
          DATA_DIR: '/tmp/ct-test-unused',
          SESSION_SECRET: 'test-session-secret-at-least-32-characters-long',
          ADMIN_PASSWORD,
          LOG_LEVEL: 'error',
        }),
      );
      const kind = kindName('two-apps');
      const runs = new Map<string, string[]>();
      try {
        for (const [name, jobs] of [
          ['first', t.app.get(JobsService)],
          ['second', second.app.get(JobsService)],
        ] as const) {
          jobs.register(kind, async (_payload, context) => {
            runs.set(context.id, [...(runs.get(context.id) ?? []), name]);
            await sleep(5);
          });
        }
        // Enqueued from the second app: the first app's worker sees them only at its poll (5 s) or
        // while awake after a job of its own; both take part either way over 60 jobs.
        const ids = await second.app.get<DataSource>(getDataSourceToken()).transaction(async (manager) => {
          const enqueued: string[] = [];
          for (let n = 0; n < 30; n++) {
            enqueued.push((await enqueue(manager, kind, { n })).id);
          }
          return enqueued;
        });
        ids.push(
          ...(await t.dataSource.transaction(async (manager) => {
            const enqueued: string[] = [];
            for (let n = 30; n < 60; n++) {
              enqueued.push((await enqueue(manager, kind, { n })).id);
            }
            return enqueued;
          })),
        );
        await eventually(
          'every job to be done',
          async () => {
            const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = $1 AND state = 'done'`, [
              kind,
            ])) as Array<{
              n: number;
            }>;
            return n === 60;
          },
          30_000,
        );
        expect([...runs.keys()].sort()).toEqual([...ids].sort());
        expect([...runs.values()].filter((names) => names.length !== 1)).toEqual([]);
        expect(new Set([...runs.values()].flat())).toEqual(new Set(['first', 'second']));
      } finally {
        await second.close();
      }
    },
  );

  it('at shutdown waits for the running job to finish, then claims nothing more', async () => {
    const kind = kindName('shutdown');
    let finished = 0;
    const jobs = worker({ pollIntervalMs: 10 });
    jobs.register(kind, async () => {
      await sleep(300);
      finished++;
    });
    const running = await enqueue(t.dataSource.manager, kind, {});
    await eventually('the job to start', async () => (await job(running.id)).state === 'running');
    const stoppedAfter = Date.now();
    await jobs.stop();
    expect(Date.now() - stoppedAfter).toBeGreaterThanOrEqual(200);
    expect(finished).toBe(1);
    expect((await job(running.id)).state).toBe('done');
    const later = await enqueue(t.dataSource.manager, kind, {});
    await sleep(150);
    expect((await job(later.id)).state).toBe('queued');
  });

  it('tells an owner’s page the latest job of each kind, with its state and attempts', async () => {
    const owner = { kind: 'decision', id: randomUUID() };
    const other = { kind: 'decision', id: randomUUID() };
    const render = kindName('render');
    const notify = kindName('notify');
    const old = await enqueue(t.dataSource.manager, render, {}, { owner });
    await t.dataSource.query(`UPDATE jobs SET state = 'failed', attempts = 5, finished_at = now(), last_error = 'boom' WHERE id = $1`, [
      old.id,
    ]);
    await sleep(5);
    const latest = await enqueue(t.dataSource.manager, render, {}, { owner });
    const notifying = await enqueue(t.dataSource.manager, notify, {}, { owner, runAfter: new Date(Date.now() + 3_600_000) });
    await enqueue(t.dataSource.manager, render, {}, { owner: other });
    const progress = await t.app.get(JobsService).progress(owner);
    expect(
      progress
        .map(({ id, kind, state, attempts, lastError }) => ({ id, kind, state, attempts, lastError }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual(
      [
        { id: notifying.id, kind: notify, state: 'queued', attempts: 0, lastError: null },
        { id: latest.id, kind: render, state: 'queued', attempts: 0, lastError: null },
      ].sort((a, b) => a.kind.localeCompare(b.kind)),
    );
  });

  it('refuses a second handler for one kind', () => {
    const jobs = worker();
    jobs.register('twice', async () => {});
    expect(() => jobs.register('twice', async () => {})).toThrow('A handler for the job kind "twice" is already registered');
  });
});
