import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { liveLockOwner as liveFolderLockOwner, releaseDataDirLock, takeDataDirLock } from './data-dir-lock.js';
import { EmbeddedSocket } from './embedded-socket.js';
import { EmbeddedWorker } from './embedded-worker.js';

export { DataDirInUse } from './data-dir-lock.js';

/** What tools and tests may do with the embedded database beside the application's pool. */
export interface EmbeddedDatabase {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
  /** A tar (or tar.gz) of the data folder, as `PGlite.dumpDataDir` makes it. */
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * The embedded PostgreSQL (PGlite) kept on disk in DATA_DIR, reached through node-postgres like a
 * server. It runs in a worker thread (see embedded-worker.ts for why), so SQL never holds the event
 * loop. PGlite has a single session, so the pool it offers holds one connection: every query of a
 * transaction must go through that transaction's EntityManager, or it waits forever.
 */
export class EmbeddedPostgres {
  /** The database itself, for tools and tests; the application goes through the pool (`poolOptions`). */
  readonly pglite: EmbeddedDatabase;

  private constructor(
    private readonly worker: EmbeddedWorker,
    private readonly lockFile: string,
  ) {
    this.pglite = {
      query: <T>(sql: string, params?: unknown[]) => worker.call<{ rows: T[] }>('query', { sql, params }),
      exec: (sql: string) => worker.call('exec', sql),
      dumpDataDir: async (compression = 'none') => new Blob([await worker.call<Uint8Array<ArrayBuffer>>('dump', compression)]),
      close: () => worker.call('close'),
    };
  }

  static async open(dataDir: string): Promise<EmbeddedPostgres> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lockFile = join(dir, 'embedded-postgres.lock');
    await takeDataDirLock(lockFile);
    try {
      return new EmbeddedPostgres(await EmbeddedWorker.start(join(dir, 'pgdata')), lockFile);
    } catch (error) {
      releaseDataDirLock(lockFile);
      throw error;
    }
  }

  /**
   * Options for node-postgres (TypeORM `extra`): one connection, kept open, whose socket leads to
   * the worker. The credentials are placeholders: PGlite accepts any.
   */
  poolOptions(): Record<string, unknown> {
    return {
      stream: () => new EmbeddedSocket(this.worker),
      user: 'postgres',
      password: 'embedded',
      database: 'postgres',
      max: 1,
      idleTimeoutMillis: 0,
    };
  }

  async close(): Promise<void> {
    try {
      await this.worker.stop();
    } finally {
      releaseDataDirLock(this.lockFile);
    }
  }

  /**
   * Fills a data folder from an archive of `PGlite.dumpDataDir` (tar or tar.gz), under the folder's
   * lock, and closes it again. The caller checks that the folder is empty: PGlite refuses to load
   * over an existing database.
   */
  static async restore(dataDir: string, archive: Buffer): Promise<void> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lockFile = join(dir, 'embedded-postgres.lock');
    await takeDataDirLock(lockFile);
    try {
      const gzipped = archive[0] === 0x1f && archive[1] === 0x8b;
      const loadDataDir = new File([new Uint8Array(archive)], gzipped ? 'pgdata.tar.gz' : 'pgdata.tar');
      const pglite = await PGlite.create(join(dir, 'pgdata'), { loadDataDir });
      await pglite.close();
    } finally {
      releaseDataDirLock(lockFile);
    }
  }
}

/** The live process holding DATA_DIR's lock, if any: a second process must ask it rather than open the folder. */
export const liveLockOwner = (dataDir: string): number | undefined => liveFolderLockOwner(join(resolve(dataDir), 'embedded-postgres.lock'));
