import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql } from '../database/sql.js';

/* SQL of the account's own settings: password, reset links, the second factor, the policy. */

export async function passwordHashOf(manager: EntityManager, userId: string): Promise<string | undefined> {
  return (await row<{ hash: string }>(manager, sql`SELECT password_hash AS hash FROM users WHERE id = ${userId}`))?.hash;
}

/** The new password; every token issued before stops working; no new password is required any more. Answers the new token version. */
export async function setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<number> {
  const updated = await one<{ tokenVersion: number }>(
    manager,
    sql`UPDATE users SET password_hash = ${passwordHash}, must_change_password = false, token_version = token_version + 1, updated_at = now()
         WHERE id = ${userId} RETURNING token_version AS "tokenVersion"`,
  );
  return updated.tokenVersion;
}

/** The user's e-mail address, read under the row's lock (the change is audited with it as before). */
export async function lockedEmailOf(manager: EntityManager, userId: string): Promise<{ email: string | null } | undefined> {
  return row<{ email: string | null }>(manager, sql`SELECT email FROM users WHERE id = ${userId} FOR UPDATE`);
}

export async function emailOf(manager: EntityManager, userId: string): Promise<string | null> {
  return (await row<{ email: string | null }>(manager, sql`SELECT email FROM users WHERE id = ${userId}`))?.email ?? null;
}

export async function setEmail(manager: EntityManager, userId: string, email: string | null): Promise<void> {
  await execute(manager, sql`UPDATE users SET email = ${email}, updated_at = now() WHERE id = ${userId}`);
}

export async function setMustChangePassword(manager: EntityManager, userId: string, value: boolean): Promise<void> {
  await execute(manager, sql`UPDATE users SET must_change_password = ${value}, updated_at = now() WHERE id = ${userId}`);
}

export interface AccountState {
  username: string;
  active: boolean;
  mustChangePassword: boolean;
  twoFactorOn: boolean;
}

export async function accountState(manager: EntityManager, userId: string): Promise<AccountState | undefined> {
  return row<AccountState>(
    manager,
    sql`SELECT u.username, u.active, u.must_change_password AS "mustChangePassword",
               EXISTS (SELECT 1 FROM user_two_factor tf WHERE tf.user_id = u.id AND tf.enabled_at IS NOT NULL) AS "twoFactorOn"
          FROM users u WHERE u.id = ${userId}`,
  );
}

// Reset links.

/** Links of the user not used yet go: only the newest one works. */
export async function dropOpenLinks(manager: EntityManager, userId: string): Promise<void> {
  await execute(manager, sql`DELETE FROM password_reset_links WHERE user_id = ${userId} AND used_at IS NULL`);
}

export async function insertLink(
  manager: EntityManager,
  link: { tokenHash: string; userId: string; createdBy: string | null; lifetimeSeconds: number },
): Promise<Date> {
  const inserted = await one<{ expiresAt: Date }>(
    manager,
    sql`INSERT INTO password_reset_links (token_hash, user_id, created_by, expires_at)
        VALUES (${link.tokenHash}, ${link.userId}, ${link.createdBy}, now() + make_interval(secs => ${link.lifetimeSeconds}))
        RETURNING expires_at AS "expiresAt"`,
  );
  return inserted.expiresAt;
}

export interface OpenLink {
  userId: string;
  username: string;
}

/** The user a link that is neither used nor expired is for, the user being active. */
export async function openLink(manager: EntityManager, tokenHash: string): Promise<OpenLink | undefined> {
  return row<OpenLink>(
    manager,
    sql`SELECT l.user_id AS "userId", u.username FROM password_reset_links l JOIN users u ON u.id = l.user_id
         WHERE l.token_hash = ${tokenHash} AND l.used_at IS NULL AND l.expires_at > now() AND u.active`,
  );
}

/** Uses the link: one request only gets it, whatever races (the row is updated once). */
export async function consumeLink(manager: EntityManager, tokenHash: string): Promise<OpenLink | undefined> {
  return row<OpenLink>(
    manager,
    sql`UPDATE password_reset_links l SET used_at = now() FROM users u
         WHERE l.token_hash = ${tokenHash} AND l.used_at IS NULL AND l.expires_at > now() AND u.id = l.user_id AND u.active
         RETURNING l.user_id AS "userId", u.username`,
  );
}

// The second factor.

export interface TwoFactorRow {
  secret: string;
  enabled: boolean;
  lastStep: number;
}

export async function twoFactorOf(manager: EntityManager, userId: string): Promise<TwoFactorRow | undefined> {
  return row<TwoFactorRow>(
    manager,
    sql`SELECT secret, enabled_at IS NOT NULL AS enabled, last_step::float8 AS "lastStep" FROM user_two_factor WHERE user_id = ${userId}`,
  );
}

/** A new secret waiting for its first code (replaces one not confirmed; never one in use: the caller checks). */
export async function savePendingSecret(manager: EntityManager, userId: string, secret: string): Promise<void> {
  await execute(
    manager,
    sql`INSERT INTO user_two_factor (user_id, secret) VALUES (${userId}, ${secret})
        ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, enabled_at = NULL, last_step = 0`,
  );
}

export async function enableTwoFactor(manager: EntityManager, userId: string, step: number): Promise<void> {
  await execute(manager, sql`UPDATE user_two_factor SET enabled_at = now(), last_step = ${step} WHERE user_id = ${userId}`);
}

/** Records the step of an accepted code, unless a request in parallel used it or a later one first: false then. */
export async function claimStep(manager: EntityManager, userId: string, step: number): Promise<boolean> {
  const claimed = await rows<{ userId: string }>(
    manager,
    sql`UPDATE user_two_factor SET last_step = ${step} WHERE user_id = ${userId} AND last_step < ${step} RETURNING user_id AS "userId"`,
  );
  return claimed.length === 1;
}

export async function dropTwoFactor(manager: EntityManager, userId: string): Promise<void> {
  await execute(manager, sql`DELETE FROM user_two_factor WHERE user_id = ${userId}`);
  await execute(manager, sql`DELETE FROM user_recovery_codes WHERE user_id = ${userId}`);
}

export async function replaceRecoveryCodes(manager: EntityManager, userId: string, hashes: string[]): Promise<void> {
  await execute(manager, sql`DELETE FROM user_recovery_codes WHERE user_id = ${userId}`);
  await execute(manager, sql`INSERT INTO user_recovery_codes (user_id, code_hash) SELECT ${userId}, unnest(${hashes}::text[])`);
}

/** Uses a recovery code: true once, whatever races. */
export async function useRecoveryCode(manager: EntityManager, userId: string, hash: string): Promise<boolean> {
  const used = await rows<{ userId: string }>(
    manager,
    sql`UPDATE user_recovery_codes SET used_at = now() WHERE user_id = ${userId} AND code_hash = ${hash} AND used_at IS NULL
        RETURNING user_id AS "userId"`,
  );
  return used.length === 1;
}

export async function unusedRecoveryCodes(manager: EntityManager, userId: string): Promise<number> {
  return (
    await one<{ count: number }>(
      manager,
      sql`SELECT count(*)::int AS count FROM user_recovery_codes WHERE user_id = ${userId} AND used_at IS NULL`,
    )
  ).count;
}

// The policy.

export async function adminsNeedTwoFactor(manager: EntityManager): Promise<boolean> {
  return (await one<{ value: boolean }>(manager, sql`SELECT admins_need_two_factor AS value FROM account_policy`)).value;
}

export async function setAdminsNeedTwoFactor(manager: EntityManager, value: boolean): Promise<void> {
  await execute(manager, sql`UPDATE account_policy SET admins_need_two_factor = ${value}`);
}
