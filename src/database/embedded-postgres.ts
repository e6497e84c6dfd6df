import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';

export class DataDirInUse extends Error {}

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
    takeLock(lockFile);
    try {
      const pglite = await PGlite.create(join(dir, 'pgdata'));
      return new EmbeddedPostgres(pglite, lockFile);
    } catch (error) {
      rmSync(lockFile, { force: true });
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
      rmSync(this.lockFile, { force: true });
    }
  }
}

/** PGlite keeps no lock of its own: two processes on one folder would corrupt it. */
function takeLock(lockFile: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (isAlive(owner)) {
        throw new DataDirInUse(
          `The embedded database in ${resolve(lockFile, '..')} is in use by process ${owner}. ` +
            'Stop that process, or set DATA_DIR to another folder (or DATABASE_URL to use PostgreSQL).',
        );
      }
      rmSync(lockFile, { force: true }); // left behind by a process that has died
    }
  }
  throw new DataDirInUse(`Could not lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
