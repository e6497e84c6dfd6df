import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issuers exist for a period: when provinces merge (Vĩnh Phúc into Phú Thọ from 1/7/2025) the old
 * People's Committee and its departments stop issuing decisions and a successor takes over. So an
 * issuer gets `valid_from`/`valid_to` (inclusive, either open) and `successor_id`, and an award
 * record may name the issuer it was decided by (`issuer_id`; `issuer_name` stays the text of the
 * paper). A successor commonly keeps the symbol ("QĐ-UBND"), so the symbol is unique only among the
 * issuers still in force (`valid_to` unset); bodies that have ended may share it.
 */
export class IssuerValidity1796121560634 implements MigrationInterface {
  name = 'IssuerValidity1796121560634';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE issuers
        ADD COLUMN valid_from date,
        ADD COLUMN valid_to date,
        ADD COLUMN successor_id uuid REFERENCES issuers(id),
        ADD CONSTRAINT issuers_validity_check CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
        ADD CONSTRAINT issuers_successor_check CHECK (successor_id IS NULL OR successor_id <> id)`);
    await q.query(`ALTER TABLE issuers DROP CONSTRAINT issuers_symbol_key`);
    await q.query(`CREATE UNIQUE INDEX issuers_current_symbol_key ON issuers (symbol) WHERE valid_to IS NULL`);
    await q.query(`ALTER TABLE award_records ADD COLUMN issuer_id uuid REFERENCES issuers(id)`);
    await q.query(`CREATE INDEX award_records_issuer_idx ON award_records (issuer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX award_records_issuer_idx`);
    await q.query(`ALTER TABLE award_records DROP COLUMN issuer_id`);
    await q.query(`DROP INDEX issuers_current_symbol_key`);
    // Fails, on purpose, while two issuers share a symbol: which one keeps it is for a person to decide.
    await q.query(`ALTER TABLE issuers ADD CONSTRAINT issuers_symbol_key UNIQUE (symbol)`);
    await q.query(`
      ALTER TABLE issuers
        DROP CONSTRAINT issuers_successor_check,
        DROP CONSTRAINT issuers_validity_check,
        DROP COLUMN successor_id,
        DROP COLUMN valid_to,
        DROP COLUMN valid_from`);
  }
}
