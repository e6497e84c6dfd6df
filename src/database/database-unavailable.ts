import { getSystemErrorName } from 'node:util';

/**
 * How long a client is told to wait (`Retry-After`, seconds) while the database is unavailable:
 * long enough not to hammer a server that is restarting, short enough that people do not give up.
 */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** What our own client throws when a query gets no answer in time (see guarded-client.ts). */
export const QUERY_TIMEOUT_CODE = 'DATABASE_QUERY_TIMEOUT';

/**
 * SQLSTATEs that say the server cannot serve anyone right now, whatever was asked: class 08
 * (connection exception), class 53 (insufficient resources: too many connections, out of memory or
 * disk), 57P01–57P03 (admin or crash shutdown, starting up), 57014 (cancelled: statement_timeout
 * or an operator), 55P03 (lock_timeout) and 25P03 (idle_in_transaction_session_timeout). Anything
 * else is about the request or our code, and is mapped (or answered 500) elsewhere.
 */
const UNAVAILABLE_SQLSTATE = /^(?:08[0-9A-Z]{3}|53[0-9A-Z]{3}|57P0[123]|57014|55P03|25P03)$/u;

/** Socket errors of reaching (or having lost) the server: the OS names them in `code` (and `errno`, a negative number). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'EADDRNOTAVAIL',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What node-postgres, pg-pool, TypeORM and PGlite say, without a code, when the connection is gone
 * or never came: matched on the message since that is all they give.
 */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/iu, // pg: "… unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/iu, // pg-pool: no connection free or made in connectionTimeoutMillis
  /Query read timeout/iu, // pg's own query_timeout
  /is not queryable/iu, // pg: a client that met a connection error, or was closed
  /Connection with .* database is not established/iu, // TypeORM ConnectionIsNotSetError
  /PGlite is closed/iu,
  /The embedded database's thread stopped/u,
  /the database system is (?:starting up|shutting down|in recovery mode)/iu,
];

/** TypeORM's errors for a data source that is not (or no longer) connected. */
const UNAVAILABLE_NAMES = new Set(['ConnectionIsNotSetError', 'CannotExecuteNotConnectedError', 'CannotGetEntityManagerNotConnectedError']);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  errno?: unknown;
  syscall?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
}

const MAX_DEPTH = 6;

/**
 * Why the database cannot be used, when `error` says so (`"connect ECONNREFUSED 127.0.0.1:5432"`,
 * `"terminating connection due to administrator command"`), else `undefined`. The same outage
 * surfaces in many shapes: a plain Error from pg-pool, an AggregateError (one per address tried),
 * a TypeORM QueryFailedError around pg's error, a cause chain. So the whole tree is searched, by
 * SQLSTATE or OS error `code`, numeric `errno`, TypeORM error name and, last, the message.
 */
export function databaseUnavailableReason(error: unknown): string | undefined {
  return search(error, 0, new Set());
}

function search(error: unknown, depth: number, seen: Set<unknown>): string | undefined {
  if (error === null || typeof error !== 'object' || depth > MAX_DEPTH || seen.has(error)) {
    return undefined;
  }
  seen.add(error);
  const e = error as ErrorLike;
  if (saysUnavailable(e)) {
    return reasonOf(e);
  }
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  for (const next of inner) {
    const found = search(next, depth + 1, seen);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

function saysUnavailable(e: ErrorLike): boolean {
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code === QUERY_TIMEOUT_CODE || (code !== undefined && UNAVAILABLE_SQLSTATE.test(code))) {
    return true;
  }
  // An OS error counts only from a system call (connect, read, getaddrinfo…): a browser that hangs up
  // mid-upload also says ECONNRESET, without one, and is no outage.
  if (typeof e.syscall === 'string') {
    const name = code ?? (typeof e.errno === 'number' ? systemErrorName(e.errno) : '');
    // A missing Unix socket says ENOENT: only a failed connect means the server is not there.
    if (NETWORK_CODES.has(name) || (name === 'ENOENT' && e.syscall === 'connect')) {
      return true;
    }
  }
  if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) {
    return true;
  }
  return typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string));
}

function systemErrorName(errno: number): string {
  try {
    return getSystemErrorName(errno);
  } catch {
    return '';
  }
}

/** The words of the error, or of its inner ones (Node's AggregateError of a connect to several addresses has none). */
function reasonOf(e: ErrorLike): string {
  const own = typeof e.message === 'string' ? e.message.trim() : '';
  if (own) {
    return firstLine(own);
  }
  const inner = (Array.isArray(e.errors) ? (e.errors as ErrorLike[]) : [])
    .map((error) => (error && typeof error.message === 'string' ? firstLine(error.message.trim()) : ''))
    .filter(Boolean);
  if (inner.length > 0) {
    return [...new Set(inner)].join('; ');
  }
  return typeof e.code === 'string' ? e.code : 'unknown reason';
}

const firstLine = (text: string): string => text.split('\n', 1)[0];
