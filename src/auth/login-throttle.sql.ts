import type { EntityManager } from 'typeorm';
import { execute, rows, sql } from '../database/sql.js';

/** The three counters every sign-in touches: the whole service, the client's address, the (username, address) pair. */
export type ThrottleScope = 'global' | 'address' | 'pair';

export interface ThrottleRow {
  scope: ThrottleScope;
  failures: number;
  countedSince: Date;
  lastAttemptAt: Date | null;
  blockedUntil: Date | null;
  lastSuccessAt: Date | null;
  now: Date;
}

/**
 * Makes sure the three rows exist, then locks them, always in the order global, address, pair (a
 * multi-row UPDATE locks in no set order), so concurrent sign-ins wait for each other instead of
 * deadlocking. Held only while counting, never while a password is checked.
 */
export async function lockRows(manager: EntityManager, username: string, address: string): Promise<ThrottleRow[]> {
  await execute(
    manager,
    sql`INSERT INTO login_throttle (scope, username, address) VALUES ('global', '', ''), ('address', '', ${address}), ('pair', ${username}, ${address})
        ON CONFLICT DO NOTHING`,
  );
  return rows<ThrottleRow>(
    manager,
    sql`SELECT scope, failures, counted_since AS "countedSince", last_attempt_at AS "lastAttemptAt",
               blocked_until AS "blockedUntil", last_success_at AS "lastSuccessAt", now() AS now
          FROM login_throttle
         WHERE (scope = 'global') OR (scope = 'address' AND address = ${address}) OR (scope = 'pair' AND username = ${username} AND address = ${address})
         ORDER BY CASE scope WHEN 'global' THEN 0 WHEN 'address' THEN 1 ELSE 2 END
         FOR UPDATE`,
  );
}

interface WindowCount {
  failures: number;
  /** Start of the counting window, epoch milliseconds. */
  sinceMs: number;
}

/** Writes one reserved attempt into the three counters (rows locked by `lockRows`). */
export async function countAttempt(
  manager: EntityManager,
  attempt: {
    username: string;
    address: string;
    pairFailures: number;
    lockSeconds: number;
    addressWindow: WindowCount;
    globalWindow: WindowCount;
  },
): Promise<void> {
  await execute(
    manager,
    sql`UPDATE login_throttle SET failures = ${attempt.pairFailures}, last_attempt_at = now(),
               blocked_until = CASE WHEN ${attempt.lockSeconds}::int > 0 THEN now() + make_interval(secs => ${attempt.lockSeconds}::int) END
         WHERE scope = 'pair' AND username = ${attempt.username} AND address = ${attempt.address}`,
  );
  await execute(
    manager,
    sql`UPDATE login_throttle SET failures = ${attempt.addressWindow.failures},
               counted_since = to_timestamp(${attempt.addressWindow.sinceMs}::double precision / 1000), last_attempt_at = now()
         WHERE scope = 'address' AND address = ${attempt.address}`,
  );
  await execute(
    manager,
    sql`UPDATE login_throttle SET failures = ${attempt.globalWindow.failures},
               counted_since = to_timestamp(${attempt.globalWindow.sinceMs}::double precision / 1000), last_attempt_at = now()
         WHERE scope = 'global'`,
  );
}

/** The password was right: the reservation stops counting against the spraying limits, the pair starts afresh. */
export async function releaseReservation(manager: EntityManager, username: string, address: string): Promise<void> {
  await execute(
    manager,
    sql`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE scope = 'global' OR (scope = 'address' AND address = ${address})`,
  );
  await execute(
    manager,
    sql`UPDATE login_throttle SET failures = 0, blocked_until = NULL, last_success_at = now()
         WHERE scope = 'pair' AND username = ${username} AND address = ${address}`,
  );
}

/** Rows of addresses and pairs not seen for `keepSeconds` go, unless they signed in since. */
export async function forgetOldPairs(manager: EntityManager, keepSeconds: number): Promise<void> {
  await execute(
    manager,
    sql`DELETE FROM login_throttle
         WHERE scope <> 'global' AND coalesce(last_attempt_at, counted_since) < now() - make_interval(secs => ${keepSeconds})
           AND (last_success_at IS NULL OR last_success_at < now() - make_interval(secs => ${keepSeconds}))`,
  );
}
