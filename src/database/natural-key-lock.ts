import type { EntityManager } from 'typeorm';
import { execute, sql } from './sql.js';

/**
 * Advisory locks for audited writes: a write reads its `before` and decides create-or-update under
 * a lock, and `SELECT … FOR UPDATE` cannot lock a row that does not exist yet. Fifty parallel
 * `PUT …/appraisals/2019` for a new person-year all found no row, all wrote `create` with
 * `before: null`. An advisory lock on the natural key exists whether or not the row does.
 *
 * Two levels, like PostgreSQL's own intention locks:
 * - `lockNaturalKey(manager, 'appraisals', 'staff', id, 2019)`: one key of a table. Takes the
 *   table's lock in SHARED mode (writers of different keys run side by side), then the key's lock
 *   EXCLUSIVE (writers of the same key queue; the second reads what the first committed).
 * - `lockTableKeys(manager, 'staff')`: every key of the table, EXCLUSIVE: for bulk writes (imports)
 *   that read and write thousands of keys; one lock instead of thousands (the shared lock table
 *   holds ~6,400 entries by default), and it waits for, then excludes, every single-key writer.
 *
 * Both are transaction-scoped (`pg_advisory_xact_lock`): released at commit or rollback, never
 * leaked by an error, held across processes, so several app instances on one PostgreSQL stay
 * correct (an in-process mutex would not). Take the lock before the read it protects, and lock
 * one table per use case (always the table's lock before its key's, so waits cannot form a cycle).
 *
 * Keys are hashed to 64 bits with `hashtextextended`; a collision only makes two unrelated writers
 * queue. Parts are lower-cased, so `ABC…` and `abc…` (the same uuid to PostgreSQL) share one
 * lock: more waiting at worst, never less.
 */
export async function lockNaturalKey(manager: EntityManager, table: string, ...key: Array<string | number>): Promise<void> {
  assertInTransaction(manager, table);
  if (key.length === 0) {
    throw new Error(`lockNaturalKey(${table}): a key needs at least one part`);
  }
  await execute(manager, sql`SELECT pg_advisory_xact_lock_shared(hashtextextended(${tableLockName(table)}, 0))`);
  await execute(manager, sql`SELECT pg_advisory_xact_lock(hashtextextended(${keyLockName(table, key)}, 0))`);
}

/** Every key of the table at once, exclusive: see `lockNaturalKey`. */
export async function lockTableKeys(manager: EntityManager, table: string): Promise<void> {
  assertInTransaction(manager, table);
  await execute(manager, sql`SELECT pg_advisory_xact_lock(hashtextextended(${tableLockName(table)}, 0))`);
}

/** The text each lock is hashed from (exported for tests and for reading `pg_locks` while debugging). */
export const tableLockName = (table: string): string => `table:${table.toLowerCase()}`;
export const keyLockName = (table: string, key: ReadonlyArray<string | number>): string =>
  `key:${table.toLowerCase()}:${key.map((part) => String(part).toLowerCase().replaceAll('\\', '\\\\').replaceAll(':', '\\:')).join(':')}`;

function assertInTransaction(manager: EntityManager, table: string): void {
  // Outside a transaction the xact lock would be released as soon as its statement ends.
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`An advisory lock on ${table} is taken only inside a transaction (dataSource.transaction)`);
  }
}
