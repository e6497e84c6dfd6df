import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { QUERY_TIMEOUT_CODE } from './database-unavailable.js';

type AnyQuery = (...args: unknown[]) => unknown;

/** Thrown (through TypeORM's QueryFailedError) when a query got no answer within DATABASE_QUERY_TIMEOUT_MS. */
export class QueryTimedOut extends Error {
  readonly code = QUERY_TIMEOUT_CODE;

  constructor(milliseconds: number) {
    super(`query got no answer within ${milliseconds} ms (DATABASE_QUERY_TIMEOUT_MS)`);
    this.name = 'QueryTimedOut';
  }
}

/** The pool option that names the client-side timeout (node-postgres' own `query_timeout` is not used). */
export interface GuardedClientConfig extends pg.ClientConfig {
  guardedQueryTimeoutMs?: number;
}

/**
 * node-postgres' Client with a query timeout that also throws the connection away. After a query
 * went unanswered (a frozen server, a lost network) nobody knows what the server did with it: it
 * may still run, or commit later, and pg's own `query_timeout` keeps the connection, so a ROLLBACK
 * queued behind it is dropped unsent and the next request would run inside the stale transaction.
 * Here the caller gets `QueryTimedOut` at once and the connection is closed, so the pool never lends
 * it again and the server rolls back whatever was open on it when it sees the socket close.
 *
 * `queryTimeoutMs` may be changed per session (migrations lift it: see session-timeouts.ts); 0 is off.
 */
export class GuardedClient extends pg.Client {
  queryTimeoutMs: number;

  constructor(config: GuardedClientConfig = {}) {
    const { guardedQueryTimeoutMs, ...rest } = config;
    super(rest);
    this.queryTimeoutMs = guardedQueryTimeoutMs ?? 0;
  }

  // pg's overloads cannot be restated one by one: the promise and callback forms are both handled.
  override query(...args: never[]): never {
    const run = super.query.bind(this) as AnyQuery;
    const timeout = this.queryTimeoutMs;
    if (timeout <= 0) {
      return run(...args) as never;
    }
    const callback = typeof args.at(-1) === 'function' ? (args.at(-1) as unknown as (error: Error | null, result?: unknown) => void) : null;
    if (callback) {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        this.discard();
        callback(new QueryTimedOut(timeout));
      }, timeout);
      const guarded = (error: Error | null, result?: unknown): void => {
        clearTimeout(timer);
        if (!settled) {
          callback(error, result);
        }
      };
      return run(...args.slice(0, -1), guarded) as never;
    }
    const result = run(...args);
    if (!isPromise(result)) {
      return result as never; // a Submittable (cursor, stream): it has its own events
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.discard();
        reject(new QueryTimedOut(timeout));
      }, timeout);
      result.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error as Error);
        },
      );
    }) as never;
  }

  /** Closes the connection now: with a query in flight pg destroys the socket rather than wait for the server. */
  private discard(): void {
    this.end().catch(() => undefined);
  }
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * Runs `work` on the runner's connection without the request timeouts, and puts them back after:
 * a migration may rightly run long, and waits for another instance's migration lock. The runner
 * must be connected; on the embedded database (no timeouts) it just runs `work`.
 */
export async function withoutTimeouts<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  const client = (runner as unknown as { databaseConnection?: unknown }).databaseConnection;
  if (!(client instanceof GuardedClient)) {
    return work();
  }
  const queryTimeout = client.queryTimeoutMs;
  client.queryTimeoutMs = 0;
  await runner.query('SET statement_timeout = 0');
  await runner.query('SET idle_in_transaction_session_timeout = 0');
  try {
    return await work();
  } finally {
    // RESET returns to the values the connection started with (its start-up parameters).
    await runner.query('RESET statement_timeout');
    await runner.query('RESET idle_in_transaction_session_timeout');
    client.queryTimeoutMs = queryTimeout;
  }
}
