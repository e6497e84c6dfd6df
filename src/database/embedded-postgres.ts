import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { liveLockOwner as liveFolderLockOwner, releaseDataDirLock, takeDataDirLock } from './data-dir-lock.js';

export { DataDirInUse } from './data-dir-lock.js';

/**
 * The embedded PostgreSQL (PGlite) kept on disk in DATA_DIR, reached through node-postgres like a
 * server. PGlite has a single session, so the pool it offers holds one connection: every query of a
 * transaction must go through that transaction's EntityManager, or it waits forever.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly pglite: PGlite,
    private readonly lockFile: string,
  ) {}

  static async open(dataDir: string): Promise<EmbeddedPostgres> {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lockFile = join(dir, 'embedded-postgres.lock');
    await takeDataDirLock(lockFile);
    try {
      const pglite = await PGlite.create(join(dir, 'pgdata'));
      return new EmbeddedPostgres(pglite, lockFile);
    } catch (error) {
      releaseDataDirLock(lockFile);
      throw error;
    }
  }

  /** Options for node-postgres (TypeORM `extra`): the adapter's in-process connection, kept open. */
  poolOptions(): Record<string, unknown> {
    const config = createPgConfig(this.pglite);
    return { ...config, connection: config.connection, max: 1, idleTimeoutMillis: 0 };
  }

  async close(): Promise<void> {
    try {
      await this.pglite.close();
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
