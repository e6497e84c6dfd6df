import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment.js';
import { type DatabaseTarget, databaseOptions } from './database-options.js';
import { EmbeddedPostgres } from './embedded-postgres.js';

export interface OpenedDataSource {
  dataSource: DataSource;
  target: DatabaseTarget;
  /** Destroys the data source, then closes the embedded database (releasing DATA_DIR's lock). */
  close(): Promise<void>;
}

/**
 * A bare TypeORM DataSource on the database the environment names (PostgreSQL when DATABASE_URL is
 * set, else the embedded one in DATA_DIR), with the application's options, for tools that do not
 * need the whole application: `npm run migration:run`.
 */
export async function openDataSource(env: Environment): Promise<OpenedDataSource> {
  const embedded = env.DATABASE_URL ? undefined : await EmbeddedPostgres.open(env.DATA_DIR);
  try {
    const target: DatabaseTarget = env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'embedded', embedded };
    const dataSource = new DataSource(databaseOptions(target));
    await dataSource.initialize();
    return {
      dataSource,
      target,
      close: async () => {
        try {
          await dataSource.destroy();
        } finally {
          await embedded?.close();
        }
      },
    };
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}
