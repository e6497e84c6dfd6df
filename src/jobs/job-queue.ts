import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql, type Queryable } from '../database/sql.js';

/** What a job is about (a decision), for the progress its page shows. */
export interface JobOwner {
  kind: string;
  id: string;
}

/** A job's input: plain JSON, read back as it was written. */
export type JobPayload = Record<string, unknown>;

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface EnqueueOptions {
  /** At most one queued job per key: a second enqueue before the first starts returns the first. */
  dedupeKey?: string;
  owner?: JobOwner;
  /** Not before this instant (default: as soon as the transaction commits). */
  runAfter?: Date;
  /** Tries before the job is failed for good (default 5). */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** A job a worker has claimed: it runs it, then settles it with the same `attempt`. */
export interface ClaimedJob {
  id: string;
  kind: string;
  payload: JobPayload;
  attempt: number;
  maxAttempts: number;
  owner: JobOwner | null;
}

/** What the owner's page shows of the latest job of each kind. */
export interface JobProgress {
  id: string;
  kind: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAfter: Date;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Adds a job in the caller's transaction: other connections see it only once that transaction
 * commits, and it vanishes with a rollback. With a `dedupeKey` already queued, nothing is added and
 * the queued job is returned (`created: false`).
 */
export async function insertJob(
  manager: Queryable,
  kind: string,
  payload: JobPayload,
  options: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`maxAttempts must be a positive integer (got ${maxAttempts})`);
  }
  const dedupeKey = options.dedupeKey ?? null;
  // A queued twin may be claimed between our INSERT and our SELECT: then a new job is due, try again.
  for (let tries = 0; tries < 3; tries++) {
    const inserted = await row<{ id: string }>(
      manager,
      sql`
        INSERT INTO jobs (kind, payload, max_attempts, run_after, dedupe_key, owner_kind, owner_id)
        VALUES (${kind}, ${JSON.stringify(payload)}::jsonb, ${maxAttempts}, COALESCE(${options.runAfter ?? null}::timestamptz, now()),
                ${dedupeKey}, ${options.owner?.kind ?? null}, ${options.owner?.id ?? null}::uuid)
        ON CONFLICT (dedupe_key) WHERE state = 'queued' DO NOTHING
        RETURNING id`,
    );
    if (inserted) {
      return { id: inserted.id, created: true };
    }
    const queued = await row<{ id: string }>(manager, sql`SELECT id FROM jobs WHERE dedupe_key = ${dedupeKey} AND state = 'queued'`);
    if (queued) {
      return { id: queued.id, created: false };
    }
  }
  throw new Error(`Could not enqueue a "${kind}" job with the key ${dedupeKey}: its twin kept changing state`);
}

/** One job of a set enqueued together (`insertJobs`). */
export interface JobToEnqueue {
  payload: JobPayload;
  /** As `EnqueueOptions.dedupeKey`: nothing is added while a job with this key is queued. */
  dedupeKey?: string;
}

/**
 * Adds several jobs of one kind in one statement, in the caller's transaction (a message mailed to
 * each of its recipients): as many `insertJob`s, without a query per job. A job whose `dedupeKey` is
 * already queued is left out; answers how many were added.
 */
export async function insertJobs(
  manager: Queryable,
  kind: string,
  jobs: readonly JobToEnqueue[],
  options: Pick<EnqueueOptions, 'owner' | 'runAfter' | 'maxAttempts'> = {},
): Promise<number> {
  if (jobs.length === 0) {
    return 0;
  }
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`maxAttempts must be a positive integer (got ${maxAttempts})`);
  }
  const added = await one<{ n: number }>(
    manager,
    sql`
      WITH added AS (
        INSERT INTO jobs (kind, payload, max_attempts, run_after, dedupe_key, owner_kind, owner_id)
        SELECT ${kind}, j.payload, ${maxAttempts}, COALESCE(${options.runAfter ?? null}::timestamptz, now()), j.dedupe_key,
               ${options.owner?.kind ?? null}, ${options.owner?.id ?? null}::uuid
        FROM unnest(${jobs.map((job) => JSON.stringify(job.payload))}::jsonb[], ${jobs.map((job) => job.dedupeKey ?? null)}::text[])
             AS j(payload, dedupe_key)
        ON CONFLICT (dedupe_key) WHERE state = 'queued' DO NOTHING
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM added`,
  );
  return added.n;
}

/**
 * Fails the running jobs whose lease passed on their last attempt (their worker died or overran):
 * they are not tried once more (`claimJob` skips them). The worker runs it now and then.
 */
export async function failExhaustedLeases(db: Queryable): Promise<void> {
  await execute(
    db,
    sql`
      UPDATE jobs SET state = 'failed', locked_by = NULL, locked_until = NULL, finished_at = now(), updated_at = now(),
             last_error = 'The worker running it stopped or ran past its time limit on the last attempt'
      WHERE state = 'running' AND locked_until < now() AND attempts >= max_attempts`,
  );
}

/**
 * Claims the next due job of the given kinds for `workerId`, in one statement (its own short
 * transaction): `FOR UPDATE SKIP LOCKED`, so workers of several processes never take the same row,
 * and none waits for another. A running job whose lease has passed (its process died) is due again
 * (after `failExhaustedLeases`, which fails those on their last attempt).
 * `leaseMs[i]` is how long the claim on a job of `kinds[i]` holds.
 */
export async function claimJob(
  db: Queryable,
  workerId: string,
  kinds: readonly string[],
  leaseMs: readonly number[],
): Promise<ClaimedJob | undefined> {
  const claimed = await row<{
    id: string;
    kind: string;
    payload: JobPayload;
    attempts: number;
    max_attempts: number;
    owner_kind: string | null;
    owner_id: string | null;
  }>(
    db,
    sql`
      WITH due AS (
        SELECT id FROM jobs
        WHERE kind = ANY(${kinds}::text[])
          AND ((state = 'queued' AND run_after <= now()) OR (state = 'running' AND locked_until < now() AND attempts < max_attempts))
        ORDER BY run_after, created_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      ), lease AS (
        SELECT * FROM unnest(${kinds}::text[], ${leaseMs}::integer[]) AS l(kind, ms)
      )
      UPDATE jobs j
      SET state = 'running', attempts = j.attempts + 1, locked_by = ${workerId},
          locked_until = now() + (SELECT lease.ms FROM lease WHERE lease.kind = j.kind) * interval '1 millisecond',
          started_at = now(), updated_at = now()
      FROM due WHERE j.id = due.id
      RETURNING j.id, j.kind, j.payload, j.attempts, j.max_attempts, j.owner_kind, j.owner_id`,
  );
  if (!claimed) {
    return undefined;
  }
  return {
    id: claimed.id,
    kind: claimed.kind,
    payload: claimed.payload,
    attempt: claimed.attempts,
    maxAttempts: claimed.max_attempts,
    owner: claimed.owner_kind !== null && claimed.owner_id !== null ? { kind: claimed.owner_kind, id: claimed.owner_id } : null,
  };
}

/** The claim still holds: the same worker, the same attempt, still running (not taken over after its lease passed). */
const stillOurs = (job: ClaimedJob, workerId: string) =>
  sql`id = ${job.id} AND state = 'running' AND locked_by = ${workerId} AND attempts = ${job.attempt}`;

/** Marks a claimed job done; false when the claim no longer held (another worker took it over). */
export async function completeJob(db: Queryable, workerId: string, job: ClaimedJob): Promise<boolean> {
  const done = await rows<{ id: string }>(
    db,
    sql`
      UPDATE jobs SET state = 'done', locked_by = NULL, locked_until = NULL, last_error = NULL, finished_at = now(), updated_at = now()
      WHERE ${stillOurs(job, workerId)}
      RETURNING id`,
  );
  return done.length === 1;
}

/**
 * After a failed attempt: queued again after `retryInMs`, or failed for good on the last attempt.
 * A twin queued meanwhile under the same dedupe key takes the work over: this one is failed.
 */
export async function settleFailedJob(
  db: Queryable,
  workerId: string,
  job: ClaimedJob,
  error: string,
  retryInMs: number,
): Promise<'retry' | 'failed' | 'lost'> {
  const settle = async (forceFail: boolean): Promise<Array<{ state: JobState }>> =>
    rows<{ state: JobState }>(
      db,
      sql`
        UPDATE jobs SET
          state = CASE WHEN ${forceFail}::boolean OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
          run_after = CASE WHEN ${forceFail}::boolean OR attempts >= max_attempts THEN run_after ELSE now() + ${retryInMs}::float8 * interval '1 millisecond' END,
          finished_at = CASE WHEN ${forceFail}::boolean OR attempts >= max_attempts THEN now() END,
          locked_by = NULL, locked_until = NULL, last_error = ${error}, updated_at = now()
        WHERE ${stillOurs(job, workerId)}
        RETURNING state`,
    );
  let settled: Array<{ state: JobState }>;
  try {
    settled = await settle(false);
  } catch (failure) {
    if ((failure as { code?: string }).code !== UNIQUE_VIOLATION) {
      throw failure;
    }
    settled = await settle(true);
  }
  if (settled.length === 0) {
    return 'lost';
  }
  return settled[0].state === 'queued' ? 'retry' : 'failed';
}

/**
 * The delay before try `attempt + 1` after try `attempt` failed: `baseMs` doubled per try, capped at
 * `maxMs`, so a failing dependency (LibreOffice missing, the database restarting) is not hammered.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  if (attempt < 1) {
    return baseMs;
  }
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
}

/** Per kind, the latest job about `owner`: what its page shows (queued, running, done, failed, with its attempts). */
export async function jobProgress(db: Queryable, owner: JobOwner): Promise<JobProgress[]> {
  const found = await rows<{
    id: string;
    kind: string;
    state: JobState;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    run_after: Date;
    created_at: Date;
    started_at: Date | null;
    finished_at: Date | null;
  }>(
    db,
    sql`
      SELECT DISTINCT ON (kind) id, kind, state, attempts, max_attempts, last_error, run_after, created_at, started_at, finished_at
      FROM jobs
      WHERE owner_kind = ${owner.kind} AND owner_id = ${owner.id}::uuid
      ORDER BY kind, created_at DESC, id`,
  );
  return found.map((job) => ({
    id: job.id,
    kind: job.kind,
    state: job.state,
    attempts: job.attempts,
    maxAttempts: job.max_attempts,
    lastError: job.last_error,
    runAfter: job.run_after,
    createdAt: job.created_at,
    startedAt: job.started_at,
    finishedAt: job.finished_at,
  }));
}

/** Removes done and failed jobs finished more than `olderThanDays` ago; returns how many. */
export async function purgeFinishedJobs(db: Queryable, olderThanDays: number): Promise<number> {
  const purged = await one<{ n: number }>(
    db,
    sql`
      WITH gone AS (
        DELETE FROM jobs WHERE state IN ('done', 'failed') AND finished_at < now() - ${olderThanDays}::float8 * interval '1 day' RETURNING 1
      )
      SELECT count(*)::int AS n FROM gone`,
  );
  return purged.n;
}

/** The transaction's manager, when `manager` is inside one: the wake-up then waits for its commit. */
export const activeTransaction = (manager: EntityManager) =>
  manager.queryRunner?.isTransactionActive === true ? manager.queryRunner : undefined;
