import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, units, issuers, the staff registry, sign-in throttling and the audit log. */
export class Foundation1764086400000 implements MigrationInterface {
  name = 'Foundation1764086400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(50) NOT NULL,
        name varchar(300) NOT NULL,
        parent_id uuid REFERENCES units(id),
        -- '/<root id>/<child id>/…/<own id>/': sub-units of X are the rows whose path starts with X's.
        path text COLLATE "C" NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT units_code_key UNIQUE (code)
      )`);
    await q.query(`CREATE INDEX units_parent_id_idx ON units (parent_id)`);
    await q.query(`CREATE INDEX units_path_idx ON units (path)`);

    await q.query(`
      CREATE TABLE issuers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(300) NOT NULL,
        parent_name varchar(300),
        symbol varchar(50) NOT NULL,
        place varchar(100) NOT NULL,
        signer_title varchar(200) NOT NULL,
        signer_name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT issuers_symbol_key UNIQUE (symbol)
      )`);

    await q.query(`
      CREATE TABLE staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(50) NOT NULL,
        full_name varchar(200) NOT NULL,
        gender varchar(6) NOT NULL CHECK (gender IN ('male', 'female')),
        date_of_birth date,
        unit_id uuid NOT NULL REFERENCES units(id),
        position varchar(200),
        started_on date,
        status varchar(10) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
        left_on date,
        -- Derived from full_name in the application (given name first, letters before tones).
        sort_key text COLLATE "C" NOT NULL,
        -- full name and code without diacritics, lower case: search "nguyen van an" finds "Nguyễn Văn An".
        search_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_code_key UNIQUE (code)
      )`);
    await q.query(`CREATE INDEX staff_sort_idx ON staff (sort_key, date_of_birth, id)`);
    await q.query(`CREATE INDEX staff_unit_sort_idx ON staff (unit_id, sort_key)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(100) NOT NULL,
        password_hash text NOT NULL,
        full_name varchar(200) NOT NULL,
        roles text[] NOT NULL,
        active boolean NOT NULL DEFAULT true,
        -- Bumped on sign-out and password change: tokens carry it, so older tokens stop working.
        token_version integer NOT NULL DEFAULT 0,
        locale varchar(2) NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_username_key UNIQUE (username)
      )`);
    await q.query(`
      CREATE TABLE user_units (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id),
        PRIMARY KEY (user_id, unit_id)
      )`);
    await q.query(`
      CREATE TABLE login_failures (
        username varchar(100) PRIMARY KEY,
        failures integer NOT NULL,
        last_failed_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_name varchar(100) NOT NULL,
        entity varchar(40) NOT NULL,
        entity_id varchar(64) NOT NULL,
        action varchar(20) NOT NULL,
        before jsonb,
        after jsonb,
        request_id varchar(64)
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'login_failures', 'user_units', 'users', 'staff', 'issuers', 'units']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
