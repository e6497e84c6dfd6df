import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options.js';
import { type DatabaseSettings, type DatabaseTarget, openDatabaseTarget } from './database-target.js';

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
export async function openDataSource(settings: DatabaseSettings): Promise<OpenedDataSource> {
  const { target, close } = await openDatabaseTarget(settings);
  try {
    const dataSource = new DataSource(databaseOptions(target));
    await dataSource.initialize();
    return {
      dataSource,
      target,
      close: async () => {
        try {
          await dataSource.destroy();
        } finally {
          await close();
        }
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
