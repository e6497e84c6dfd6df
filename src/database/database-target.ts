import { EmbeddedPostgres } from './embedded-postgres.js';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseTarget {
  kind: DatabaseKind;
  url?: string;
  embedded?: EmbeddedPostgres;
}

/** The two settings that choose the database (see config/environment.ts). */
export interface DatabaseSettings {
  DATABASE_URL?: string;
  DATA_DIR: string;
}

export interface OpenedDatabaseTarget {
  target: DatabaseTarget;
  /** Closes the embedded database (releasing DATA_DIR's lock); nothing to do for a server. */
  close(): Promise<void>;
}

/** PostgreSQL when DATABASE_URL is set, else the embedded database in DATA_DIR (opened and locked here). */
export async function openDatabaseTarget(settings: DatabaseSettings): Promise<OpenedDatabaseTarget> {
  if (settings.DATABASE_URL) {
    return { target: { kind: 'postgres', url: settings.DATABASE_URL }, close: async () => {} };
  }
  const embedded = await EmbeddedPostgres.open(settings.DATA_DIR);
  return { target: { kind: 'embedded', embedded }, close: () => embedded.close() };
}
