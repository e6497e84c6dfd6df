import { type DataSource, MigrationExecutor } from 'typeorm';
import { withoutTimeouts } from './guarded-client.js';

// Any constant shared by every instance: only one of them migrates at a time.
const MIGRATION_LOCK_KEY = 7_340_125_001;

/**
 * Runs pending migrations under a session advisory lock held by the same connection that migrates,
 * so several instances starting together on one PostgreSQL apply each migration once.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    // The request timeouts do not apply: a migration may run long, and the lock waits for another instance's.
    return await withoutTimeouts(runner, async () => {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        const executor = new MigrationExecutor(dataSource, runner);
        executor.transaction = 'each';
        const applied = await executor.executePendingMigrations();
        return applied.map((m) => m.name);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      }
    });
  } finally {
    await runner.release();
  }
}
