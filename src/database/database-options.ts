import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import type { DatabaseTarget } from './database-target.js';

/**
 * The one source of TypeORM options, used by the application and by `npm run migration:run`.
 * Schema changes come only from reviewed migrations: `synchronize` is never on.
 */
export function databaseOptions(target: DatabaseTarget): DataSourceOptions {
  keepDatesAsText();
  const connection =
    target.kind === 'embedded'
      ? { extra: target.embedded?.poolOptions(), poolSize: 1 }
      : { url: target.url, poolSize: 10, extra: { connectionTimeoutMillis: 5000 } };
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

/**
 * node-postgres turns a `date` into a JS Date at local midnight, which shifts the day in some time
 * zones; calendar dates stay 'YYYY-MM-DD' strings. Bigint counts become numbers (ours fit).
 */
function keepDatesAsText(): void {
  pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
}
