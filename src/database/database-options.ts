import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import type { DatabaseTarget } from './database-target.js';
import { GuardedClient, type GuardedClientConfig } from './guarded-client.js';

/**
 * How long the service waits on PostgreSQL (milliseconds, 0 = no limit), named as the environment
 * names them (config/environment.ts documents each). The embedded database runs in-process and has none.
 */
export interface DatabaseTimeouts {
  /** A connection from the pool: a free one, or a new one made (TCP and start-up). */
  DATABASE_CONNECT_TIMEOUT_MS: number;
  /** The server cancels a statement running longer (`statement_timeout`). */
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  /** The client gives up on a query the server does not answer (a frozen or unreachable server), and drops the connection. */
  DATABASE_QUERY_TIMEOUT_MS: number;
  /** The server ends a session left idle inside a transaction (`idle_in_transaction_session_timeout`), releasing its locks. */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}

/** For tools (migrations, bench, backup): only the connect timeout; their statements may be long. */
const TOOL_CONNECT_TIMEOUT_MS = 5000;

/**
 * The one source of TypeORM options, used by the application and by `npm run migration:run`.
 * Schema changes come only from reviewed migrations: `synchronize` is never on. The application
 * passes its `timeouts`, so an outage or a frozen server answers within seconds; tools pass none.
 */
export function databaseOptions(target: DatabaseTarget, timeouts?: DatabaseTimeouts): DataSourceOptions {
  keepDatesAsText();
  const connection =
    target.kind === 'embedded'
      ? { extra: target.embedded?.poolOptions(), poolSize: 1 }
      : { url: target.url, poolSize: 10, extra: postgresPoolOptions(timeouts) };
  return {
    type: 'postgres',
    ...connection,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // PGlite has no uuid-ossp; ids default to gen_random_uuid() (core since PostgreSQL 13).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Failed queries are reported by the exception filter (5xx) or mapped to 4xx; TypeORM's own log would repeat them.
    logging: false,
  } as DataSourceOptions;
}

/** node-postgres pool options: our client (its query timeout drops the connection), the server-side timeouts at connection start. */
function postgresPoolOptions(timeouts: DatabaseTimeouts | undefined): GuardedClientConfig & { Client: typeof GuardedClient } {
  return {
    Client: GuardedClient,
    // TCP keepalive: an idle connection to a vanished server is noticed instead of hanging on first use.
    keepAlive: true,
    connectionTimeoutMillis: timeouts?.DATABASE_CONNECT_TIMEOUT_MS ?? TOOL_CONNECT_TIMEOUT_MS,
    ...(timeouts
      ? {
          statement_timeout: timeouts.DATABASE_STATEMENT_TIMEOUT_MS,
          idle_in_transaction_session_timeout: timeouts.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
          guardedQueryTimeoutMs: timeouts.DATABASE_QUERY_TIMEOUT_MS,
        }
      : {}),
  };
}

/**
 * node-postgres turns a `date` into a JS Date at local midnight, which shifts the day in some time
 * zones; calendar dates stay 'YYYY-MM-DD' strings. Bigint counts become numbers (ours fit).
 */
function keepDatesAsText(): void {
  pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
}
