import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, type Sql, sql } from '../database/sql.js';
import type { Locale } from '../kernel/index.js';
import type { NotificationView, Recipients } from './notifications.types.js';

/** The unread count the page header shows stops here ("99+"): counting further would cost more and tell nothing. */
export const UNREAD_BADGE_CAP = 100;

const VIEW = sql`n.id, n.kind, n.subject, n.body, n.link, n.created_at AS "createdAt", n.read_at AS "readAt"`;

/** A notification written, and the address to mail it to (null: the recipient has none). */
export interface InsertedNotification {
  id: string;
  userId: string;
  email: string | null;
}

/**
 * One INSERT … SELECT for every recipient (explicit users, or holders of the roles whose scope
 * covers the unit; see `Recipients`), in the caller's transaction. With a dedupe key, a recipient who
 * already has it gets nothing. Answers the rows written, each with its recipient's e-mail address.
 *
 * A user's scope is the units of `user_units` and their sub-units (the unit paths are materialised:
 * the target's path starts with the covering unit's), or every unit when the user has none, as
 * `isUnitPathInScope` says; an admin's is every unit.
 */
export async function insertNotifications(
  manager: EntityManager,
  to: Recipients,
  message: { kind: string; subject: string; body: string; link: string | null; dedupeKey: string | null },
): Promise<InsertedNotification[]> {
  const userIds = [...(to.userIds ?? [])];
  const roles = [...(to.roles ?? [])];
  const unitId = to.unitId ?? null;
  const except = to.exceptUserId ?? null;
  return rows<InsertedNotification>(
    manager,
    sql`
      WITH target AS (
        SELECT path FROM units WHERE id = ${unitId}::uuid
      ), recipients AS (
        SELECT u.id, u.email FROM users u
        WHERE u.active
          AND (${except}::uuid IS NULL OR u.id <> ${except}::uuid)
          AND (
            u.id = ANY(${userIds}::uuid[])
            OR (u.roles && ${roles}::text[]
                AND (${unitId}::uuid IS NULL
                     OR 'admin' = ANY(u.roles)
                     OR NOT EXISTS (SELECT 1 FROM user_units uu WHERE uu.user_id = u.id)
                     OR EXISTS (SELECT 1 FROM user_units uu
                                JOIN units un ON un.id = uu.unit_id
                                JOIN target t ON starts_with(t.path, un.path)
                                WHERE uu.user_id = u.id)))
          )
      ), added AS (
        INSERT INTO notifications (user_id, kind, subject, body, link, dedupe_key)
        SELECT r.id, ${message.kind}, ${message.subject}, ${message.body}, ${message.link}, ${message.dedupeKey}
        FROM recipients r
        ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
        RETURNING id, user_id
      )
      SELECT a.id, a.user_id AS "userId", r.email FROM added a JOIN recipients r ON r.id = a.user_id`,
  );
}

/** One page of a user's inbox, newest first; only the unread ones when asked. */
export async function inboxPage(
  manager: EntityManager,
  userId: string,
  unreadOnly: boolean,
  page: { limit: number; offset: number },
): Promise<NotificationView[]> {
  return rows<NotificationView>(
    manager,
    sql`SELECT ${VIEW} FROM notifications n
        WHERE n.user_id = ${userId} AND (NOT ${unreadOnly}::boolean OR n.read_at IS NULL)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

/** The user's messages (all, or the unread ones: the partial index) and, beside, the unread ones, in one statement. */
export async function inboxCounts(manager: EntityManager, userId: string, unreadOnly: boolean): Promise<{ total: number; unread: number }> {
  return one<{ total: number; unread: number }>(
    manager,
    sql`SELECT CASE WHEN ${unreadOnly}::boolean THEN unread.n ELSE (SELECT count(*)::int FROM notifications WHERE user_id = ${userId}) END AS total,
               unread.n AS unread
        FROM (SELECT count(*)::int AS n FROM notifications WHERE user_id = ${userId} AND read_at IS NULL) unread`,
  );
}

/** Marks one of the user's messages read (again: the first time is kept); null when the user has no such message. */
export async function markRead(manager: EntityManager, userId: string, id: string): Promise<NotificationView | undefined> {
  return row<NotificationView>(
    manager,
    sql`UPDATE notifications n SET read_at = COALESCE(n.read_at, now())
        WHERE n.id = ${id}::uuid AND n.user_id = ${userId}
        RETURNING ${VIEW}`,
  );
}

/** Marks every unread message of the user read; answers how many. */
export async function markAllRead(manager: EntityManager, userId: string): Promise<number> {
  const marked = await one<{ n: number }>(
    manager,
    sql`WITH marked AS (UPDATE notifications SET read_at = now() WHERE user_id = ${userId} AND read_at IS NULL RETURNING 1)
        SELECT count(*)::int AS n FROM marked`,
  );
  return marked.n;
}

/** What the mail job sends: the message and its recipient as they are now (an address changed since is the one used). */
export interface MailableNotification {
  id: string;
  subject: string;
  body: string;
  link: string | null;
  emailedAt: Date | null;
  email: string | null;
  fullName: string;
  locale: Locale;
  active: boolean;
}

export async function mailable(manager: EntityManager, id: string): Promise<MailableNotification | undefined> {
  return row<MailableNotification>(
    manager,
    sql`SELECT n.id, n.subject, n.body, n.link, n.emailed_at AS "emailedAt", u.email, u.full_name AS "fullName", u.locale, u.active
        FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = ${id}::uuid`,
  );
}

/** Sent: a retry of the job (after a crash past the send) does not send it again. */
export async function markEmailed(manager: EntityManager, id: string): Promise<void> {
  await execute(manager, sql`UPDATE notifications SET emailed_at = now() WHERE id = ${id}::uuid AND emailed_at IS NULL`);
}

/**
 * The unread count of the user whose id is `userId` (a column of the caller's query), up to
 * `UNREAD_BADGE_CAP`: for the query that loads the signed-in user on each page, so the header's
 * count costs no query of its own (an index-only walk of the partial unread index, at most 100 entries).
 */
export const unreadCountOf = (userId: Sql): Sql =>
  sql`(SELECT count(*)::int FROM (SELECT 1 FROM notifications un_n WHERE un_n.user_id = ${userId} AND un_n.read_at IS NULL LIMIT ${UNREAD_BADGE_CAP}) AS un_capped)`;
