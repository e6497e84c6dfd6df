import type { EntityManager } from 'typeorm';
import { execute, row, sql } from '../database/sql.js';
import { type Role } from '../kernel/index.js';
import { unreadCountOf } from '../notifications/index.js';

/** A user as signing in and authenticating need them, with the paths of their units. */
export interface UserRow {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  locale: 'vi' | 'en';
  tokenVersion: number;
  active: boolean;
  scopePaths: string[];
  mustChangePassword: boolean;
  twoFactorOn: boolean;
  /** The policy asks this user (an admin) for a second factor. */
  twoFactorRequired: boolean;
  /** Unread notifications (capped, see notifications), when asked for: the header of every page shows them. */
  unreadNotifications: number | null;
}

export interface Credentials {
  id: string;
  hash: string;
  tokenVersion: number;
  active: boolean;
  twoFactorOn: boolean;
}

/** The password hash and state of the user with this (lower-case) username. */
export async function credentialsOf(manager: EntityManager, username: string): Promise<Credentials | undefined> {
  return row<Credentials>(
    manager,
    sql`SELECT u.id, u.password_hash AS "hash", u.token_version AS "tokenVersion", u.active,
               EXISTS (SELECT 1 FROM user_two_factor tf WHERE tf.user_id = u.id AND tf.enabled_at IS NOT NULL) AS "twoFactorOn"
          FROM users u WHERE u.username = ${username}`,
  );
}

/**
 * The user with their units; with `unreadNotifications`, their unread count too, in the same
 * statement: the pages' header shows it, and this query runs on every request anyway.
 */
export async function userRow(
  manager: EntityManager,
  id: string,
  options: { unreadNotifications?: boolean } = {},
): Promise<UserRow | undefined> {
  const unread = options.unreadNotifications ? unreadCountOf(sql`u.id`) : sql`NULL::int`;
  return row<UserRow>(
    manager,
    sql`SELECT u.id, u.username, u.full_name AS "fullName", u.roles, u.locale, u.token_version AS "tokenVersion", u.active,
               u.must_change_password AS "mustChangePassword", tf.enabled_at IS NOT NULL AS "twoFactorOn",
               'admin' = ANY(u.roles) AND (SELECT admins_need_two_factor FROM account_policy) AS "twoFactorRequired",
               COALESCE(array_agg(un.path) FILTER (WHERE un.path IS NOT NULL), '{}') AS "scopePaths",
               ${unread} AS "unreadNotifications"
          FROM users u
          LEFT JOIN user_units uu ON uu.user_id = u.id
          LEFT JOIN units un ON un.id = uu.unit_id
          LEFT JOIN user_two_factor tf ON tf.user_id = u.id
         WHERE u.id = ${id}
         GROUP BY u.id, tf.enabled_at`,
  );
}

/** Every token issued to the user so far stops working. */
export async function bumpTokenVersion(manager: EntityManager, userId: string): Promise<void> {
  await execute(manager, sql`UPDATE users SET token_version = token_version + 1 WHERE id = ${userId}`);
}
