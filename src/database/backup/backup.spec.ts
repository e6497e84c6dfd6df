import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { backupFileName } from './backup.js';
import { answerBackupRequests, BackupNotAnswered, backupRequestsFolder, requestBackup } from './backup-requests.js';

describe('backupFileName', () => {
  const at = new Date(Date.UTC(2026, 2, 21, 8, 15, 30, 123));

  it('dates the file in UTC, in a form every file system accepts and that sorts by date', () => {
    expect(backupFileName({ DATA_DIR: './data' }, at)).toBe('commendations-embedded-2026-03-21T08-15-30Z.tar.gz');
    expect(backupFileName({ DATA_DIR: './data', DATABASE_URL: 'postgres://app:secret@db:5432/thi_dua' }, at)).toBe(
      'commendations-thi_dua-2026-03-21T08-15-30Z.dump',
    );
  });
});

describe('backup requests: how a second process asks the running service', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ct-backup-requests-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gets the archive the service makes for its request', async () => {
    const asked = requestBackup(dataDir, 4242, { noticeMs: 5_000, copyMs: 5_000 });
    let answered = 0;
    while (answered === 0) {
      answered = await answerBackupRequests(dataDir, async () => Buffer.from('the archive'));
    }
    const { archive, cleanUp } = await asked;
    expect(readFileSync(archive, 'utf8')).toBe('the archive');
    await cleanUp();
    expect(readdirSync(backupRequestsFolder(dataDir))).toEqual([basename(archive)]);
  });

  it('says so when the copy failed in the service', async () => {
    const asked = requestBackup(dataDir, 4242, { noticeMs: 5_000, copyMs: 5_000 });
    let answered = 0;
    while (answered === 0) {
      answered = await answerBackupRequests(dataDir, () => Promise.reject(new Error('disk full')));
    }
    await expect(asked).rejects.toThrow('could not copy the database: disk full');
    expect(readdirSync(backupRequestsFolder(dataDir))).toEqual([]);
  });

  it('gives up, saying what to do, when no service answers, and leaves no request behind', async () => {
    const asked = requestBackup(dataDir, 4242, { noticeMs: 300, copyMs: 5_000 });
    await expect(asked).rejects.toThrow(BackupNotAnswered);
    await expect(asked).rejects.toThrow(/process 4242\) using .* did not answer .* stop it and run `npm run backup` again/u);
    expect(readdirSync(backupRequestsFolder(dataDir))).toEqual([]);
  });
});
