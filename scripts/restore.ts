// `npm run restore -- <file>`: restores a backup of `npm run backup` into the database the
// environment names, which must be empty: a new DATA_DIR folder, or a new PostgreSQL database
// (DATABASE_URL, created with createdb). A non-empty one is refused.
import 'reflect-metadata';
import { InvalidEnvironment, validateEnvironment } from '../src/config/environment.js';
import { BackupRefused, restore } from '../src/database/backup/backup.js';
import { BackupToolFailed } from '../src/database/backup/postgres-dump.js';
import { DataDirInUse } from '../src/database/embedded-postgres.js';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    throw new BackupRefused('Name the backup file: npm run restore -- backups/commendations-….tar.gz (or ….dump)');
  }
  const env = validateEnvironment(process.env);
  const where = await restore(env, file);
  console.log(`Restored ${file} into ${where}. Start the service on it as usual (npm start).`);
}

main().catch((error: unknown) => {
  const known = [InvalidEnvironment, DataDirInUse, BackupRefused, BackupToolFailed].some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
