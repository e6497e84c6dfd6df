import type { EntityManager } from 'typeorm';
import { row, sql } from '../database/sql.js';
import { type AuthUser, isAdmin } from '../kernel/index.js';

/**
 * Whether the user may act in the issuer's name (issue, upload the signed copy): admins, and users
 * assigned to the issuer in `user_issuers` (the văn thư). Read from the table, not the session, so an
 * assignment withdrawn takes effect at once.
 */
export async function mayActForIssuer(manager: EntityManager, user: AuthUser, issuerId: string): Promise<boolean> {
  if (isAdmin(user)) {
    return true;
  }
  const assigned = await row<{ found: boolean }>(
    manager,
    sql`SELECT true AS found FROM user_issuers WHERE user_id = ${user.id} AND issuer_id = ${issuerId}`,
  );
  return assigned !== undefined;
}
