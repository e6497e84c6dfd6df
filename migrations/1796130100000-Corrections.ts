import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The history tables a correction can remove from (soft delete) and an import can write to. */
const HISTORY_TABLES = ['award_records', 'appraisals', 'initiatives', 'disciplines', 'freezes'] as const;

/**
 * Unique keys of the history that must hold among the records still counted only: a removed
 * rating of 2030 must not stop the right one from being entered. Each becomes a partial unique
 * index of the same name and columns (`ON CONFLICT DO NOTHING` finds it as before).
 */
const LIVE_KEYS: ReadonlyArray<{ table: string; name: string; columns: string; constraint: boolean; where?: string }> = [
  { table: 'appraisals', name: 'appraisals_staff_year_key', columns: 'staff_id, year', constraint: true },
  { table: 'appraisals', name: 'appraisals_unit_year_key', columns: 'unit_id, year', constraint: true },
  { table: 'initiatives', name: 'initiatives_staff_year_title_key', columns: 'staff_id, year, title', constraint: true },
  { table: 'disciplines', name: 'disciplines_staff_level_start_key', columns: 'staff_id, level, starts_on', constraint: true },
  { table: 'freezes', name: 'freezes_staff_reason_start_key', columns: 'staff_id, reason, starts_on', constraint: true },
  { table: 'freezes', name: 'freezes_unit_reason_start_key', columns: 'unit_id, reason, starts_on', constraint: true },
  {
    table: 'award_records',
    name: 'award_records_staff_once_key',
    columns: 'award_type_code, staff_id, year',
    constraint: false,
    where: `revoked_at IS NULL AND basis = 'regular' AND staff_id IS NOT NULL`,
  },
  {
    table: 'award_records',
    name: 'award_records_unit_once_key',
    columns: 'award_type_code, unit_id, year',
    constraint: false,
    where: `revoked_at IS NULL AND basis = 'regular' AND unit_id IS NOT NULL`,
  },
];

/**
 * Corrections (issue 8, item 3):
 *
 * - every history record can be removed: a soft delete (`deleted_at`, `deleted_by`,
 *   `deleted_reason`) that the eligibility engine and the lists stop counting and that the history
 *   still shows to admins. The eligibility triggers bump the subject's counter on the UPDATE, so a
 *   kept candidate result becomes stale at once;
 * - `import_batches`: one row per import (staff or history), with what it changed (`restore`: the
 *   records it updated, as they were before), so the import can be undone while nothing depends on
 *   it; every row an import inserts carries its `import_batch_id`.
 */
export class Corrections1796130100000 implements MigrationInterface {
  name = 'Corrections1796130100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- 'staff' or the kind of history imported ('awards', 'appraisals', ...).
        kind varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        -- The records the import updated, as they were before: [{"entity", "id", "before"}].
        restore jsonb NOT NULL DEFAULT '[]'::jsonb,
        undone_at timestamptz,
        undone_by uuid REFERENCES users(id)
      )`);
    for (const table of HISTORY_TABLES) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN deleted_at timestamptz,
          ADD COLUMN deleted_by uuid REFERENCES users(id),
          ADD COLUMN deleted_reason text,
          ADD COLUMN import_batch_id uuid REFERENCES import_batches(id),
          ADD CONSTRAINT ${table}_deleted_check CHECK ((deleted_at IS NULL) = (deleted_reason IS NULL))`);
      await q.query(`CREATE INDEX ${table}_import_batch_idx ON ${table} (import_batch_id) WHERE import_batch_id IS NOT NULL`);
    }
    await q.query(`ALTER TABLE staff ADD COLUMN import_batch_id uuid REFERENCES import_batches(id)`);
    await q.query(`CREATE INDEX staff_import_batch_idx ON staff (import_batch_id) WHERE import_batch_id IS NOT NULL`);
    for (const key of LIVE_KEYS) {
      await q.query(key.constraint ? `ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}` : `DROP INDEX ${key.name}`);
      const where = key.where ? `${key.where} AND deleted_at IS NULL` : 'deleted_at IS NULL';
      await q.query(`CREATE UNIQUE INDEX ${key.name} ON ${key.table} (${key.columns}) WHERE ${where}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Removed records go with the columns that say they were removed.
    for (const table of HISTORY_TABLES) {
      await q.query(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL`);
    }
    for (const key of LIVE_KEYS) {
      await q.query(`DROP INDEX ${key.name}`);
      await q.query(
        key.constraint
          ? `ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} UNIQUE (${key.columns})`
          : `CREATE UNIQUE INDEX ${key.name} ON ${key.table} (${key.columns}) WHERE ${key.where}`,
      );
    }
    await q.query(`ALTER TABLE staff DROP COLUMN import_batch_id`);
    for (const table of HISTORY_TABLES) {
      await q.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_deleted_check,
          DROP COLUMN import_batch_id, DROP COLUMN deleted_reason, DROP COLUMN deleted_by, DROP COLUMN deleted_at`);
    }
    await q.query(`DROP TABLE import_batches`);
  }
}
