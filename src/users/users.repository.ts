import type { EntityManager } from 'typeorm';
import { execute, one, rows, sql } from '../database/sql.js';
import type { UserView } from './users.service.js';

/** One user, or all of them (id null), with their units, in one query; by username. */
export async function userViews(manager: EntityManager, id: string | null): Promise<UserView[]> {
  return rows<UserView>(
    manager,
    sql`SELECT u.id, u.username, u.full_name AS "fullName", u.email, u.roles, u.active, u.locale,
               u.must_change_password AS "mustChangePassword",
               EXISTS (SELECT 1 FROM user_two_factor tf WHERE tf.user_id = u.id AND tf.enabled_at IS NOT NULL) AS "twoFactorOn",
               COALESCE(array_agg(uu.unit_id ORDER BY uu.unit_id) FILTER (WHERE uu.unit_id IS NOT NULL), '{}') AS "unitIds",
               COALESCE((SELECT array_agg(ui.issuer_id ORDER BY ui.issuer_id) FROM user_issuers ui WHERE ui.user_id = u.id), '{}') AS "issuerIds"
          FROM users u LEFT JOIN user_units uu ON uu.user_id = u.id
         WHERE ${id}::uuid IS NULL OR u.id = ${id}
         GROUP BY u.id ORDER BY u.username`,
  );
}

export async function deleteUserUnits(manager: EntityManager, userId: string): Promise<void> {
  await execute(manager, sql`DELETE FROM user_units WHERE user_id = ${userId}`);
}

export async function insertUserUnits(manager: EntityManager, userId: string, unitIds: string[]): Promise<void> {
  await execute(manager, sql`INSERT INTO user_units (user_id, unit_id) SELECT ${userId}, unnest(${unitIds}::uuid[])`);
}

/** How many of the ids name a unit. */
export async function countUnits(manager: EntityManager, unitIds: string[]): Promise<number> {
  return (await one<{ count: number }>(manager, sql`SELECT count(*)::int AS count FROM units WHERE id = ANY(${unitIds}::uuid[])`)).count;
}

export async function deleteUserIssuers(manager: EntityManager, userId: string): Promise<void> {
  await execute(manager, sql`DELETE FROM user_issuers WHERE user_id = ${userId}`);
}

export async function insertUserIssuers(manager: EntityManager, userId: string, issuerIds: string[]): Promise<void> {
  await execute(manager, sql`INSERT INTO user_issuers (user_id, issuer_id) SELECT ${userId}, unnest(${issuerIds}::uuid[])`);
}

/** How many of the ids name an issuer. */
export async function countIssuers(manager: EntityManager, issuerIds: string[]): Promise<number> {
  return (await one<{ count: number }>(manager, sql`SELECT count(*)::int AS count FROM issuers WHERE id = ANY(${issuerIds}::uuid[])`))
    .count;
}
