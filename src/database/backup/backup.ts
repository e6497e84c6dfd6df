import { copyFile, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatabaseSettings } from '../database-target.js';
import { EmbeddedPostgres, liveLockOwner } from '../embedded-postgres.js';
import { type BackupWait, requestBackup } from './backup-requests.js';
import { snapshotEmbedded } from './embedded-snapshot.js';
import { dumpPostgres, isEmptyPostgres, restorePostgres } from './postgres-dump.js';

/** What went wrong is the operator's to fix (a non-empty target, a missing tool): one line, no stack. */
export class BackupRefused extends Error {}

export interface BackupDone {
  file: string;
  /** How it was taken, for the log line. */
  how: string;
}

/** 2026-03-21T08-15-30Z: sorts by date, and every file system accepts it. */
const stamp = (now: Date): string =>
  now
    .toISOString()
    .replace(/\.\d{3}Z$/u, 'Z')
    .replace(/:/gu, '-');

/** `commendations-embedded-<stamp>.tar.gz`, or `commendations-<database>-<stamp>.dump` for PostgreSQL. */
export function backupFileName(settings: DatabaseSettings, now = new Date()): string {
  if (!settings.DATABASE_URL) {
    return `commendations-embedded-${stamp(now)}.tar.gz`;
  }
  const database = decodeURIComponent(new URL(settings.DATABASE_URL).pathname.slice(1)).replace(/[^A-Za-z0-9_-]/gu, '_');
  return `commendations-${database}-${stamp(now)}.dump`;
}

/** Moves across file systems too (the backup folder is often another disk). */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

const DEFAULT_WAIT: BackupWait = { noticeMs: 30_000, copyMs: 600_000 };

/**
 * A consistent copy of the database the settings name, into a dated file in `folder`:
 * PostgreSQL through pg_dump (custom format); the embedded database through the service that
 * holds it when one runs (it answers a request left in DATA_DIR), else by opening the folder.
 */
export async function backUp(settings: DatabaseSettings, folder: string, wait: BackupWait = DEFAULT_WAIT): Promise<BackupDone> {
  await mkdir(folder, { recursive: true });
  const file = join(resolve(folder), backupFileName(settings));
  const partial = `${file}.partial`;
  if (settings.DATABASE_URL) {
    await dumpPostgres(settings.DATABASE_URL, partial);
    await rename(partial, file);
    return { file, how: 'pg_dump (custom format)' };
  }
  const owner = liveLockOwner(settings.DATA_DIR);
  if (owner !== undefined) {
    const answer = await requestBackup(settings.DATA_DIR, owner, wait);
    try {
      await moveFile(answer.archive, partial);
    } finally {
      await answer.cleanUp();
    }
    await rename(partial, file);
    return { file, how: `a copy made by the running service (process ${owner})` };
  }
  if (!existsSync(join(resolve(settings.DATA_DIR), 'pgdata'))) {
    throw new BackupRefused(
      `There is no embedded database in ${resolve(settings.DATA_DIR)} (set DATA_DIR, or DATABASE_URL for PostgreSQL).`,
    );
  }
  const embedded = await EmbeddedPostgres.open(settings.DATA_DIR);
  try {
    await writeFile(partial, await snapshotEmbedded(embedded));
  } finally {
    await embedded.close();
  }
  await rename(partial, file);
  return { file, how: 'a copy of the folder (no service was using it)' };
}

/** What a backup file holds, from its first bytes: pg_dump's custom format starts "PGDMP", ours is gzip. */
async function backupKind(file: string): Promise<'postgres' | 'embedded' | 'unknown'> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return buffer.toString('latin1') === 'PGDMP' ? 'postgres' : buffer[0] === 0x1f && buffer[1] === 0x8b ? 'embedded' : 'unknown';
  } finally {
    await handle.close();
  }
}

/**
 * Restores a backup into the database the settings name, which must be empty: an embedded data
 * folder that does not exist or holds nothing, or a PostgreSQL database without tables (create it
 * with `createdb`). A non-empty target is refused, never overwritten.
 */
export async function restore(settings: DatabaseSettings, file: string): Promise<string> {
  if (!existsSync(file)) {
    throw new BackupRefused(`No backup file at ${resolve(file)}.`);
  }
  const kind = await backupKind(file);
  if (kind !== (settings.DATABASE_URL ? 'postgres' : 'embedded')) {
    throw new BackupRefused(
      kind === 'postgres'
        ? `${file} is a PostgreSQL dump: set DATABASE_URL to an empty PostgreSQL database to restore it.`
        : kind === 'embedded'
          ? `${file} is a copy of the embedded database: unset DATABASE_URL and set DATA_DIR to an empty folder to restore it.`
          : `${file} is not a backup made by npm run backup.`,
    );
  }
  if (settings.DATABASE_URL) {
    if (!(await isEmptyPostgres(settings.DATABASE_URL))) {
      throw new BackupRefused(
        'The database DATABASE_URL names is not empty: restore into a new database (createdb), never over one in use.',
      );
    }
    await restorePostgres(settings.DATABASE_URL, file);
    return 'the PostgreSQL database DATABASE_URL names';
  }
  const folder = resolve(settings.DATA_DIR);
  if (existsSync(folder) && (await readdir(folder)).length > 0) {
    throw new BackupRefused(`${folder} is not empty: restore into a new folder (set DATA_DIR to it), never over a database in use.`);
  }
  await EmbeddedPostgres.restore(folder, await readFile(file));
  return `the embedded database in ${folder}`;
}
