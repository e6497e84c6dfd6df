// `npm run backup [-- <folder>]`: a consistent copy of the database the environment names into a
// dated file in <folder> (default ./backups): pg_dump for PostgreSQL (DATABASE_URL), a copy of the
// embedded database in DATA_DIR otherwise, made by the running service if one holds the folder.
import 'reflect-metadata';
import { InvalidEnvironment, validateEnvironment } from '../src/config/environment.js';
import { BackupRefused, backUp } from '../src/database/backup/backup.js';
import { BackupNotAnswered } from '../src/database/backup/backup-requests.js';
import { BackupToolFailed } from '../src/database/backup/postgres-dump.js';
import { DataDirInUse } from '../src/database/embedded-postgres.js';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const folder = process.argv[2] ?? 'backups';
  const done = await backUp(env, folder);
  console.log(`Backup written to ${done.file} (${done.how}).`);
}

main().catch((error: unknown) => {
  const known = [InvalidEnvironment, DataDirInUse, BackupRefused, BackupNotAnswered, BackupToolFailed].some(
    (kind) => error instanceof kind,
  );
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
