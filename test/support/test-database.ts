import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { runMigrations } from '../../src/database/migrator.js';
import { createScratchDatabase } from '../../src/database/scratch-database.js';

/** Where a test file's database lives: a fresh PostgreSQL database, or a fresh embedded folder. */
export interface TestDatabase {
  kind: 'embedded' | 'postgres';
  /** DATABASE_URL for the app (postgres) … */
  url?: string;
  /** … or DATA_DIR (embedded). */
  dataDir?: string;
  drop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** On PostgreSQL when TEST_DATABASE_URL is set; otherwise embedded. */
export function testDatabaseKind(): 'embedded' | 'postgres' {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';
}

export async function createTestDatabase(): Promise<TestDatabase> {
  return testDatabaseKind() === 'postgres' ? createPostgresDatabase(process.env.TEST_DATABASE_URL!) : createEmbeddedDatabase();
}

/** A new database per test file, beside TEST_DATABASE_URL's, which must end in `_test`. */
async function createPostgresDatabase(baseUrl: string): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(baseUrl, '_test');
  return { kind: 'postgres', url: scratch.url, drop: scratch.drop };
}

/**
 * Starting an empty PGlite runs initdb (about 5 s here); copying an initialised, migrated folder
 * takes about 1 s. The cache is keyed by the migrations, so a new migration makes a new cache.
 */
async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const cache = await embeddedCache();
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-test-'));
  cpSync(cache, join(dataDir), { recursive: true });
  return { kind: 'embedded', dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function embeddedCache(): Promise<string> {
  const migrationsDir = join(ROOT, 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) {
    hash.update(file).update(readFileSync(join(migrationsDir, file)));
  }
  const cache = join(tmpdir(), `ct-pglite-cache-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(cache)) {
    return cache;
  }
  const building = mkdtempSync(join(tmpdir(), 'ct-pglite-building-'));
  const embedded = await EmbeddedPostgres.open(building);
  const dataSource = new DataSource(databaseOptions({ kind: 'embedded', embedded }));
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
  await embedded.close();
  try {
    renameSync(building, cache); // atomic: a parallel worker that lost the race keeps its copy
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return cache;
}
