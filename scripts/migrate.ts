// `npm run migration:run`: applies pending migrations to the database the environment names
// (DATABASE_URL, else the embedded one in DATA_DIR), under the same advisory lock as at start-up.
import 'reflect-metadata';
import { InvalidEnvironment, validateEnvironment } from '../src/config/environment.js';
import { DataDirInUse } from '../src/database/embedded-postgres.js';
import { runMigrations } from '../src/database/migrator.js';
import { openDataSource } from '../src/database/open-data-source.js';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const { dataSource, target, close } = await openDataSource(env);
  try {
    const where = target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${env.DATA_DIR}`;
    const applied = await runMigrations(dataSource);
    if (applied.length === 0) {
      console.log(`No pending migrations on ${where}.`);
    } else {
      console.log(`Applied ${applied.length} migration(s) on ${where}:`);
      for (const name of applied) {
        console.log(`  ${name}`);
      }
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof InvalidEnvironment || error instanceof DataDirInUse;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
