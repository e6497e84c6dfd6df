import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling counted per (username, client address), per address and across the service,
 * reserved before a password is verified (see src/auth/login-throttle.service.ts). Replaces
 * login_failures, which counted per username only; its rows were a 15-minute window and are not
 * carried over.
 */
export class LoginThrottle1796111278614 implements MigrationInterface {
  name = 'LoginThrottle1796111278614';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failures`);
    await q.query(`
      CREATE TABLE login_throttle (
        -- pair: one username from one address; address: every username from it; global: the whole service.
        scope varchar(10) NOT NULL CHECK (scope IN ('pair', 'address', 'global')),
        username varchar(100) NOT NULL DEFAULT '',
        address varchar(100) NOT NULL DEFAULT '',
        -- Attempts reserved and not followed by a success: consecutive ones for a pair, in the window otherwise.
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        counted_since timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        blocked_until timestamptz,
        last_success_at timestamptz,
        PRIMARY KEY (scope, username, address),
        CONSTRAINT login_throttle_key_check CHECK (
          (scope = 'pair' AND username <> '' AND address <> '')
          OR (scope = 'address' AND username = '' AND address <> '')
          OR (scope = 'global' AND username = '' AND address = '')
        )
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`
      CREATE TABLE login_failures (
        username varchar(100) PRIMARY KEY,
        failures integer NOT NULL,
        last_failed_at timestamptz NOT NULL
      )`);
  }
}
