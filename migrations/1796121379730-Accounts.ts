import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (issue 8, item 11): a new password required at the next sign-in, one-time reset links
 * made by an admin, the optional second factor (TOTP, RFC 6238) with its recovery codes, and the one
 * policy an admin sets (admins must use the second factor). Secrets that are only ever compared are
 * kept as SHA-256 hashes (reset links, recovery codes: both random, 256 and 80 bits, so a fast hash
 * is enough); the TOTP secret must be read back to compute codes, so it is kept as it is.
 */
export class Accounts1796121379730 implements MigrationInterface {
  name = 'Accounts1796121379730';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE password_reset_links (
        token_hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX password_reset_links_user_idx ON password_reset_links (user_id)`);
    await q.query(`
      CREATE TABLE user_two_factor (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        -- Base32 (RFC 4648), as authenticator apps take it.
        secret varchar(64) NOT NULL,
        -- Null while being set up: the secret is shown, and only a right code from it turns it on.
        enabled_at timestamptz,
        -- The 30-second step of the last code accepted: a code is good once (RFC 6238, section 5.2).
        last_step bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE user_recovery_codes (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash char(64) NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (user_id, code_hash)
      )`);
    await q.query(`
      CREATE TABLE account_policy (
        -- One row: the settings of the whole service.
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        admins_need_two_factor boolean NOT NULL DEFAULT false
      )`);
    await q.query(`INSERT INTO account_policy (id) VALUES (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['account_policy', 'user_recovery_codes', 'user_two_factor', 'password_reset_links']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE users DROP COLUMN must_change_password`);
  }
}
