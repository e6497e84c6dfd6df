import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { databaseUnavailableReason } from '../database/database-unavailable.js';
import {
  activeTransaction,
  claimJob,
  type ClaimedJob,
  completeJob,
  failExhaustedLeases,
  type EnqueueOptions,
  insertJob,
  insertJobs,
  type JobOwner,
  type JobToEnqueue,
  type JobPayload,
  type JobProgress,
  jobProgress,
  purgeFinishedJobs,
  retryDelayMs,
  settleFailedJob,
} from './job-queue.js';

/*
 * Why a jobs table of our own and not pg-boss 10 (tried on 2026-12-01 in a scratch folder, pg-boss
 * 10.4.2 on PostgreSQL 15.20 and on our embedded database opened exactly as the app opens it):
 *
 * - On PostgreSQL pg-boss works: it starts in ~30 ms, keeps its own pool (2 idle connections with
 *   one worker, up to `max` 10), and `send(…, { db })` can write through the caller's transaction
 *   (invisible to others before COMMIT, gone after ROLLBACK). It uses no LISTEN/NOTIFY; workers poll,
 *   at most every 500 ms (`pollingIntervalSeconds` below 0.5 is refused).
 * - On the embedded database its own pool is wrong, not just wasteful: PGlite has ONE session, so
 *   every socket to it shares it (two clients report the same backend pid 42; one sees the other's
 *   uncommitted row). A job pg-boss sent "outside" while the app had a transaction open was rolled
 *   back with the app's transaction. It can only run through the app's single connection (its `db`
 *   option over a pool of 1): that works, but its poll and maintenance loops then queue behind every
 *   request (12 queries in 5 idle seconds for one worker), and a send outside the caller's
 *   transaction waited 1 s for that transaction to end.
 * - It creates and migrates its own schema at run time (`pgboss`: 6 tables, 12 indexes, 2 functions,
 *   and a table partition per queue made by `createQueue`), outside our reviewed migrations.
 * - It would be a new dependency (with cron-parser and serialize-error) for what fits in two files.
 *
 * So: a `jobs` table (migration 1796144000000), claimed with FOR UPDATE SKIP LOCKED in one short
 * statement, the handler run outside any transaction, every query through the application's pool
 * (on the embedded database, its one connection: the worker never holds it while a handler runs).
 */

/** What a handler learns of the job it runs. */
export interface JobContext {
  id: string;
  kind: string;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  owner: JobOwner | null;
  /** Aborted when the job's time limit passes or the process shuts down: stop early, the job is retried. */
  signal: AbortSignal;
}

/**
 * Runs one job. Idempotent by contract: a job may run again after a crash, a lost lease or a
 * failure past a step that did commit, so each step checks what is already done (a stored document
 * is saved once, see documents/stored-documents.ts).
 */
export type JobHandler<P extends JobPayload = JobPayload> = (payload: P, context: JobContext) => Promise<void>;

export interface JobKindOptions {
  /** A try running longer is abandoned (its signal aborted) and retried; the claim's lease is this plus a minute. */
  timeoutMs?: number;
  /** The first retry's delay, doubled at each further try. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

export interface JobsOptions {
  /** Runs jobs in this process (default true); false only enqueues (a tool). */
  worker?: boolean;
  /** How often an idle worker looks for due jobs (retries, jobs enqueued by another process). */
  pollIntervalMs?: number;
  /** Jobs run at once in this process: rendering is CPU-bound and the machine small. */
  concurrency?: number;
  /** How long shutdown waits for running jobs before leaving them to their lease. */
  shutdownGraceMs?: number;
  /** Done and failed jobs are removed this many days after they finished (checked hourly). */
  keepFinishedDays?: number;
  /**
   * Told when a claim finds the database unavailable (DatabaseOutage in the application), so an
   * outage is one log line for requests and jobs together; without it the worker logs it once itself.
   */
  outage?: { failed(reason: string): void };
}

interface Registered {
  handler: JobHandler;
  timeoutMs: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

const DEFAULTS: Required<Omit<JobsOptions, 'outage'>> = {
  worker: true,
  pollIntervalMs: 5_000,
  concurrency: 1,
  shutdownGraceMs: 10_000,
  keepFinishedDays: 30,
};
const KIND_DEFAULTS = { timeoutMs: 5 * 60_000, retryDelayMs: 5_000, maxRetryDelayMs: 10 * 60_000 };
const LEASE_MARGIN_MS = 60_000;
const PURGE_EVERY_MS = 3_600_000;
/** Set on a transaction's query runner by an enqueue: its commit wakes the workers. */
const ENQUEUED = Symbol('jobs.enqueued');

/** The workers of each data source, woken when a transaction that enqueued commits. */
const workersOf = new WeakMap<DataSource, Set<JobsService>>();

/** One per data source: wakes its workers after the outermost commit of a transaction that enqueued. */
class CommitListener implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<symbol, unknown>;
    // A savepoint's release also reports a commit: only the outermost one makes the job visible.
    if (data[ENQUEUED] && !event.queryRunner.isTransactionActive) {
      delete data[ENQUEUED];
      wakeWorkers(event.dataSource);
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) {
      delete (event.queryRunner.data as Record<symbol, unknown>)[ENQUEUED];
    }
  }
}

const wakeWorkers = (dataSource: DataSource): void => {
  for (const worker of workersOf.get(dataSource) ?? []) {
    worker.wake();
  }
};

/**
 * Adds a job in the caller's transaction (`manager`): it runs only if, and after, that transaction
 * commits; this process's workers are woken at the commit, other processes' at their next poll.
 */
export async function enqueue(
  manager: EntityManager,
  kind: string,
  payload: JobPayload,
  options: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  const enqueued = await insertJob(manager, kind, payload, options);
  const transaction = activeTransaction(manager);
  if (transaction) {
    (transaction.data as Record<symbol, unknown>)[ENQUEUED] = true;
  } else {
    wakeWorkers(manager.dataSource);
  }
  return enqueued;
}

/** Adds several jobs of one kind in one statement in the caller's transaction, like as many `enqueue`s; answers how many were added. */
export async function enqueueMany(
  manager: EntityManager,
  kind: string,
  jobs: readonly JobToEnqueue[],
  options: Pick<EnqueueOptions, 'owner' | 'runAfter' | 'maxAttempts'> = {},
): Promise<number> {
  const added = await insertJobs(manager, kind, jobs, options);
  if (added > 0) {
    const transaction = activeTransaction(manager);
    if (transaction) {
      (transaction.data as Record<symbol, unknown>)[ENQUEUED] = true;
    } else {
      wakeWorkers(manager.dataSource);
    }
  }
  return added;
}

/**
 * The job queue of this process: features register a handler per kind (at module init), enqueue in
 * their transactions, and read the progress of an owner's jobs. The worker claims one due job at a
 * time (up to `concurrency` running), on a wake-up after a local enqueue commits or every
 * `pollIntervalMs`, and stops claiming at shutdown, waiting for running jobs a bounded time.
 */
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly options: Required<Omit<JobsOptions, 'outage'>> & Pick<JobsOptions, 'outage'>;
  private readonly handlers = new Map<string, Registered>();
  private readonly running = new Map<string, { done: Promise<void>; abort: AbortController }>();
  /** Unique per instance: two workers in one process (tests) are told apart as two processes are. */
  readonly workerId = `${hostname().slice(0, 40)}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private started = false;
  private stopping = false;
  private pumping = false;
  private pumpAgain = false;
  /** The pump in progress: shutdown waits for it, so no job is claimed after the jobs it waits for were counted. */
  private pumped: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private failing = false;
  private lastPurge = 0;
  private lastSweep = 0;

  constructor(
    private readonly dataSource: DataSource,
    options: JobsOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** A kind's handler; registering a kind twice is a mistake, refused. */
  register<P extends JobPayload>(kind: string, handler: JobHandler<P>, options: JobKindOptions = {}): void {
    if (this.handlers.has(kind)) {
      throw new Error(`A handler for the job kind "${kind}" is already registered`);
    }
    this.handlers.set(kind, { handler: handler as JobHandler, ...KIND_DEFAULTS, ...options });
    this.wake();
  }

  enqueue(
    manager: EntityManager,
    kind: string,
    payload: JobPayload,
    options: EnqueueOptions = {},
  ): Promise<{ id: string; created: boolean }> {
    return enqueue(manager, kind, payload, options);
  }

  enqueueMany(
    manager: EntityManager,
    kind: string,
    jobs: readonly JobToEnqueue[],
    options: Pick<EnqueueOptions, 'owner' | 'runAfter' | 'maxAttempts'> = {},
  ): Promise<number> {
    return enqueueMany(manager, kind, jobs, options);
  }

  /** Per kind, the latest job about `owner`, for its page. */
  progress(owner: JobOwner): Promise<JobProgress[]> {
    return jobProgress(this.dataSource.manager, owner);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts the worker (nothing when `worker: false`). */
  start(): void {
    if (this.started || !this.options.worker) {
      return;
    }
    this.started = true;
    this.stopping = false;
    // The first purge a minute after start, not among the start's own queries.
    this.lastPurge = Date.now() - PURGE_EVERY_MS + 60_000;
    if (!this.dataSource.subscribers.some((subscriber) => subscriber instanceof CommitListener)) {
      this.dataSource.subscribers.push(new CommitListener());
    }
    const workers = workersOf.get(this.dataSource) ?? new Set<JobsService>();
    workers.add(this);
    workersOf.set(this.dataSource, workers);
    this.wake();
  }

  /** Stops claiming, then waits up to `shutdownGraceMs` for running jobs; those still running are aborted and left to their lease. */
  async stop(): Promise<void> {
    if (!this.started) {
      return;
    }
    this.stopping = true;
    workersOf.get(this.dataSource)?.delete(this);
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.pumped;
    const running = [...this.running.values()];
    if (running.length > 0) {
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<'timeout'>((resolve) => {
        graceTimer = setTimeout(() => resolve('timeout'), this.options.shutdownGraceMs);
      });
      const outcome = await Promise.race([Promise.allSettled(running.map((job) => job.done)), grace]);
      clearTimeout(graceTimer);
      if (outcome === 'timeout') {
        this.logger.warn(`Stopping with ${this.running.size} job(s) still running: they will be retried when their lease passes`);
        for (const job of this.running.values()) {
          job.abort.abort(new Error('The process is shutting down'));
        }
      }
    }
    this.started = false;
  }

  /** Looks for due jobs now (after a local enqueue commits, or a job ends). */
  wake(): void {
    if (!this.started || this.stopping) {
      return;
    }
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    this.pumped = new Promise((resolve) => setImmediate(() => void this.pump().finally(resolve)));
  }

  /** Claims due jobs until none is left or `concurrency` run; then sleeps until the next poll or wake-up. */
  private async pump(): Promise<void> {
    try {
      if (this.handlers.size > 0 && !this.stopping && Date.now() - this.lastSweep >= this.options.pollIntervalMs) {
        this.lastSweep = Date.now();
        await this.sweepLeases();
      }
      do {
        this.pumpAgain = false;
        while (!this.stopping && this.handlers.size > 0 && this.running.size < this.options.concurrency) {
          const job = await this.claim();
          if (!job) {
            break;
          }
          this.run(job);
        }
      } while (this.pumpAgain && !this.stopping);
      await this.purgeNowAndThen();
    } finally {
      this.pumping = false;
      this.schedulePoll();
    }
  }

  private async sweepLeases(): Promise<void> {
    try {
      await failExhaustedLeases(this.dataSource.manager);
    } catch {
      // The claim that follows reports an outage.
    }
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const kinds = [...this.handlers.keys()];
    const leases = kinds.map((kind) => this.handlers.get(kind)!.timeoutMs + LEASE_MARGIN_MS);
    try {
      const job = await claimJob(this.dataSource.manager, this.workerId, kinds, leases);
      this.failing = false;
      return job;
    } catch (error) {
      // Said once, then retried at each poll. The database being away is the outage's line, not ours.
      const unavailable = databaseUnavailableReason(error);
      if (unavailable !== undefined && this.options.outage) {
        this.options.outage.failed(unavailable);
      } else if (!this.failing) {
        this.logger.warn(`Could not claim jobs: ${(error as Error).message}`);
      }
      this.failing = true;
      return undefined;
    }
  }

  private run(job: ClaimedJob): void {
    const registered = this.handlers.get(job.kind)!;
    const abort = new AbortController();
    const done = this.execute(job, registered, abort).finally(() => {
      this.running.delete(job.id);
      this.wake();
    });
    this.running.set(job.id, { done, abort });
  }

  /** The handler, outside any transaction, under its time limit; then the job is settled. Never rejects. */
  private async execute(job: ClaimedJob, registered: Registered, abort: AbortController): Promise<void> {
    let limit: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      limit = setTimeout(() => {
        const error = new Error(`Ran past its time limit of ${registered.timeoutMs} ms`);
        // Rejected before the abort: a handler that returns as soon as it is aborted must not count as done.
        reject(error);
        abort.abort(error);
      }, registered.timeoutMs);
    });
    const context = {
      id: job.id,
      kind: job.kind,
      attempt: job.attempt,
      maxAttempts: job.maxAttempts,
      owner: job.owner,
      signal: abort.signal,
    };
    try {
      await Promise.race([registered.handler(job.payload, context), timedOut]);
      clearTimeout(limit);
      if (abort.signal.aborted) {
        // Aborted (shutdown, time limit) and returned early: not done, tried again.
        throw abort.signal.reason;
      }
      if (!(await completeJob(this.dataSource.manager, this.workerId, job))) {
        this.logger.warn(`Job ${job.kind} ${job.id} finished after another worker took it over`);
      }
    } catch (error) {
      clearTimeout(limit);
      await this.settleFailure(job, registered, error);
    }
  }

  private async settleFailure(job: ClaimedJob, registered: Registered, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    try {
      const delay = retryDelayMs(job.attempt, registered.retryDelayMs, registered.maxRetryDelayMs);
      const outcome = await settleFailedJob(this.dataSource.manager, this.workerId, job, message.slice(0, 4000), delay);
      const where = `Job ${job.kind} ${job.id}, attempt ${job.attempt} of ${job.maxAttempts}`;
      if (outcome === 'retry') {
        this.logger.warn(`${where} failed, retried in ${delay} ms: ${message}`);
      } else if (outcome === 'failed') {
        this.logger.error(`${where} failed for good: ${message}`);
      }
    } catch (settling) {
      // The database went away: the job stays running until its lease passes, then it is retried.
      this.logger.warn(`Could not record the failure of job ${job.kind} ${job.id}: ${(settling as Error).message}`);
    }
  }

  private async purgeNowAndThen(): Promise<void> {
    if (this.stopping || this.failing || this.handlers.size === 0 || Date.now() - this.lastPurge < PURGE_EVERY_MS) {
      return;
    }
    this.lastPurge = Date.now();
    try {
      await purgeFinishedJobs(this.dataSource.manager, this.options.keepFinishedDays);
    } catch {
      // Tried again in an hour; the claim's failure is what reports an outage.
    }
  }

  private schedulePoll(): void {
    if (this.stopping || !this.started) {
      return;
    }
    if (this.pumpAgain) {
      this.wake();
      return;
    }
    clearTimeout(this.timer);
    // Unref'd: an idle worker never keeps a process (a test, a tool) alive on its own.
    this.timer = setTimeout(() => this.wake(), this.options.pollIntervalMs).unref();
  }
}
