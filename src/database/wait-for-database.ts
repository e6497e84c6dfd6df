import { Logger } from '@nestjs/common';
import pg from 'pg';
import { databaseUnavailableReason } from './database-unavailable.js';

/** Start-up cannot use PostgreSQL: the message is one line saying where, why and what to check. */
export class DatabaseUnreachable extends Error {}

export interface StartWait {
  /** How long to keep trying a server that does not answer (DATABASE_START_TIMEOUT_MS). */
  DATABASE_START_TIMEOUT_MS: number;
  /** Each attempt's own limit (DATABASE_CONNECT_TIMEOUT_MS). */
  DATABASE_CONNECT_TIMEOUT_MS: number;
}

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 2000;

/** `host:port/database` of a postgres:// URL: where, without the user or the password. */
export function whereIs(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * Before the application is built on PostgreSQL: connects and asks `SELECT 1`, retrying with a
 * growing delay while the server is unavailable (not started yet, restarting) for up to
 * DATABASE_START_TIMEOUT_MS, then throws DatabaseUnreachable. What waiting cannot fix (a wrong
 * password, no such database) throws at once. The first failure is logged in one line; no stack.
 */
export async function waitForDatabase(url: string, wait: StartWait, logger = new Logger('Database')): Promise<void> {
  const started = Date.now();
  let delay = FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    const remaining = wait.DATABASE_START_TIMEOUT_MS - (Date.now() - started);
    const connectTimeout = wait.DATABASE_CONNECT_TIMEOUT_MS > 0 ? Math.min(wait.DATABASE_CONNECT_TIMEOUT_MS, Math.max(remaining, 1000)) : 0;
    const error = await tryOnce(url, connectTimeout);
    if (error === undefined) {
      return;
    }
    const reason = databaseUnavailableReason(error);
    if (reason === undefined) {
      throw new DatabaseUnreachable(`PostgreSQL at ${whereIs(url)} refused the connection: ${oneLine(error)}. Check DATABASE_URL.`);
    }
    const elapsed = Date.now() - started;
    if (elapsed + delay > wait.DATABASE_START_TIMEOUT_MS) {
      throw new DatabaseUnreachable(
        `PostgreSQL at ${whereIs(url)} did not answer in ${seconds(elapsed)} s (${attempt} attempt${attempt > 1 ? 's' : ''}): ${reason}. ` +
          'Check that the server is running and reachable, and DATABASE_URL (DATABASE_START_TIMEOUT_MS sets how long to wait).',
      );
    }
    if (attempt === 1) {
      logger.warn(
        `PostgreSQL at ${whereIs(url)} is not answering (${reason}); retrying for up to ${seconds(wait.DATABASE_START_TIMEOUT_MS)} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

async function tryOnce(url: string, connectionTimeoutMillis: number): Promise<unknown> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis });
  // A failed connect also emits 'error': without a listener it would be thrown as uncaught.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const seconds = (milliseconds: number): string => String(Math.round(milliseconds / 100) / 10);

const oneLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n', 1)[0];
