import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How `npm run backup` asks the service that holds the embedded database for a copy of it: PGlite
 * allows one process per data folder, so a second process cannot open it, but it can leave a
 * request in DATA_DIR. Whoever may write there may read the database files anyway, so the folder
 * is the permission; nothing listens on the network, and it works wherever files do (Windows too).
 *
 * The client writes `<id>.request` (atomically: written aside, then renamed). The service claims it
 * by renaming it to `<id>.working`, writes the archive to `<id>.tar.gz` (aside, then renamed) and
 * finally `<id>.done` holding `{"ok":true}` or `{"ok":false,"error":…}`.
 */
export const backupRequestsFolder = (dataDir: string): string => join(resolve(dataDir), 'backup-requests');

const REQUEST = '.request';
/** A copy nobody came for (its client was stopped) is removed after a day: it is a whole database. */
const UNCLAIMED_MS = 24 * 60 * 60 * 1000;

async function removeUnclaimed(folder: string, names: readonly string[]): Promise<void> {
  const now = Date.now();
  for (const name of names) {
    const path = join(folder, name);
    const modified = await stat(path).then(
      (info) => info.mtimeMs,
      () => now,
    );
    if (now - modified > UNCLAIMED_MS) {
      await rm(path, { force: true });
    }
  }
}

export class BackupNotAnswered extends Error {}

/** The service's side: answers every waiting request in turn with `takeSnapshot`. */
export async function answerBackupRequests(dataDir: string, takeSnapshot: () => Promise<Buffer>): Promise<number> {
  const folder = backupRequestsFolder(dataDir);
  if (!existsSync(folder)) {
    return 0;
  }
  const names = await readdir(folder);
  await removeUnclaimed(folder, names);
  let answered = 0;
  for (const name of names.filter((file) => file.endsWith(REQUEST)).sort()) {
    const id = name.slice(0, -REQUEST.length);
    const path = (suffix: string): string => join(folder, `${id}${suffix}`);
    try {
      await rename(path(REQUEST), path('.working'));
    } catch {
      continue; // claimed by a run that noticed it first
    }
    try {
      const archive = await takeSnapshot();
      await writeFile(path('.tar.gz.partial'), archive);
      await rename(path('.tar.gz.partial'), path('.tar.gz'));
      await writeFile(path('.done'), JSON.stringify({ ok: true, bytes: archive.length }));
    } catch (error) {
      await writeFile(path('.done'), JSON.stringify({ ok: false, error: (error as Error).message }));
    }
    answered++;
  }
  return answered;
}

export interface BackupWait {
  /** How long the service may take to notice the request (it looks at least every few seconds). */
  noticeMs: number;
  /** How long the copy itself may take once noticed. */
  copyMs: number;
}

/**
 * The client's side: asks the running service (process `owner`) for a copy and waits for it.
 * Returns the path of the archive the service wrote, for the caller to move where it belongs.
 */
export async function requestBackup(
  dataDir: string,
  owner: number,
  wait: BackupWait,
): Promise<{ archive: string; cleanUp: () => Promise<void> }> {
  const folder = backupRequestsFolder(dataDir);
  mkdirSync(folder, { recursive: true });
  const id = `${new Date().toISOString().replace(/[:.]/gu, '-')}-${randomBytes(4).toString('hex')}`;
  const path = (suffix: string): string => join(folder, `${id}${suffix}`);
  const cleanUp = async (): Promise<void> => {
    await Promise.all(
      ['.request', '.request.partial', '.working', '.tar.gz.partial', '.done'].map((suffix) => rm(path(suffix), { force: true })),
    );
  };
  await writeFile(path('.request.partial'), JSON.stringify({ requestedAt: new Date().toISOString(), by: process.pid }));
  await rename(path('.request.partial'), path(REQUEST));

  const noticeBy = Date.now() + wait.noticeMs;
  let copyBy = Number.POSITIVE_INFINITY;
  for (;;) {
    if (existsSync(path('.done'))) {
      const answer = JSON.parse(await readFile(path('.done'), 'utf8')) as { ok: boolean; error?: string };
      if (!answer.ok) {
        await cleanUp();
        throw new BackupNotAnswered(`The service (process ${owner}) could not copy the database: ${answer.error ?? 'unknown error'}`);
      }
      return { archive: path('.tar.gz'), cleanUp };
    }
    if (copyBy === Number.POSITIVE_INFINITY && existsSync(path('.working'))) {
      copyBy = Date.now() + wait.copyMs;
    }
    if ((copyBy === Number.POSITIVE_INFINITY && Date.now() > noticeBy) || Date.now() > copyBy) {
      await cleanUp();
      throw new BackupNotAnswered(
        `The service (process ${owner}) using ${resolve(dataDir)} did not answer the backup request. ` +
          'If it is an older version, stop it and run `npm run backup` again (it then copies the folder itself).',
      );
    }
    await sleep(100);
  }
}
