import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (src/notifications/): the in-app inbox of each user, and the e-mail address the
 * same messages are mailed to when an SMTP server is configured.
 *
 * - `users.email`: optional; one address, no spaces (the forms check it properly, the constraint
 *   keeps a hand-written UPDATE from storing a list or a name with it).
 * - `notifications`: one row per recipient. `link` is a path of this site (never another origin, so a
 *   message cannot send its reader elsewhere). `dedupe_key` makes a message that may be sent more
 *   than once (the daily deadline reminder, several processes) reach each user once. `emailed_at`
 *   lets a retried mail job skip a message already sent.
 * - The inbox reads a user's messages newest first, all or only the unread ones, and the page
 *   header counts the unread: one index each, the unread one partial so the count stays small.
 */
export class Notifications1796154000000 implements MigrationInterface {
  name = 'Notifications1796154000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email varchar(254)`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_email_shape CHECK (email ~ '^[^@[:space:],;<>]+@[^@[:space:],;<>]+$')`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(60) NOT NULL,
        subject varchar(300) NOT NULL,
        body text NOT NULL,
        -- A path of this site: "/…" but not "//host" nor "/\\host", which browsers read as another origin.
        link varchar(1000) CONSTRAINT notifications_link_same_origin CHECK (link ~ '^/([^/\\\\]|$)'),
        dedupe_key varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_email_shape`);
    await q.query(`ALTER TABLE users DROP COLUMN email`);
  }
}
