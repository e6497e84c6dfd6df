import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a passed nomination ends (issue 10, "Upward dossier and decisions"):
 *
 * - as a line of a decision this body issues: `decision_lines.nomination_id`, unique, so a
 *   nomination is in one decision at most (a draft line removed frees it; an issued line keeps it);
 * - or in a dossier sent to the level that decides (`upward_dossiers`, one dossier per nomination),
 *   whose decisions, when they come back, are recorded in `higher_decisions` (number, date, issuer,
 *   the signed copy optional) with one `higher_decision_lines` row per nomination: granted (with the
 *   award record it wrote into the history) or not.
 */
export class UpwardDossiers1796157000000 implements MigrationInterface {
  name = 'UpwardDossiers1796157000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision_lines ADD COLUMN nomination_id uuid REFERENCES nominations(id)`);
    await q.query(`CREATE UNIQUE INDEX decision_lines_nomination_key ON decision_lines (nomination_id) WHERE nomination_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE upward_dossiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        -- "Kính gửi": the level that decides (Chủ tịch UBND tỉnh, Sở Nội vụ…).
        addressee varchar(300) NOT NULL,
        -- The body whose head signs the submission (tờ trình); null: the proposing unit, signer typed by hand.
        issuer_id uuid REFERENCES issuers(id),
        -- The unit that sends it: the nearest unit above (or equal to) every nomination's proposing unit;
        -- null when they have none in common (two roots).
        unit_id uuid REFERENCES units(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX upward_dossiers_list_idx ON upward_dossiers (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX upward_dossiers_year_idx ON upward_dossiers (year, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX upward_dossiers_unit_idx ON upward_dossiers (unit_id)`);

    await q.query(`
      CREATE TABLE upward_dossier_nominations (
        dossier_id uuid NOT NULL REFERENCES upward_dossiers(id),
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        PRIMARY KEY (dossier_id, nomination_id)
      )`);
    // Proposed upward once: a nomination is in one dossier.
    await q.query(`CREATE UNIQUE INDEX upward_dossier_nominations_nomination_key ON upward_dossier_nominations (nomination_id)`);

    await q.query(`
      CREATE TABLE higher_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES upward_dossiers(id),
        -- As printed on the decision: "1234/QĐ-UBND" (award_records.decision_number is 50 long).
        number varchar(50) NOT NULL,
        signed_on date NOT NULL,
        -- A registered issuer when it is one; its name as the history names it in any case.
        issuer_id uuid REFERENCES issuers(id),
        issuer_name varchar(300) NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT higher_decisions_number_key UNIQUE (dossier_id, number)
      )`);

    await q.query(`
      CREATE TABLE higher_decision_lines (
        higher_decision_id uuid NOT NULL REFERENCES higher_decisions(id),
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        granted boolean NOT NULL,
        award_record_id uuid REFERENCES award_records(id),
        PRIMARY KEY (higher_decision_id, nomination_id),
        CONSTRAINT higher_decision_lines_award_check CHECK (granted = (award_record_id IS NOT NULL))
      )`);
    // One answer per nomination.
    await q.query(`CREATE UNIQUE INDEX higher_decision_lines_nomination_key ON higher_decision_lines (nomination_id)`);
    await q.query(
      `CREATE INDEX higher_decision_lines_award_idx ON higher_decision_lines (award_record_id) WHERE award_record_id IS NOT NULL`,
    );

    // The signed copy of the higher decision (a scan or the digitally signed PDF); the latest is the one shown.
    await q.query(`
      CREATE TABLE higher_decision_copies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        higher_decision_id uuid NOT NULL REFERENCES higher_decisions(id),
        content bytea NOT NULL,
        sha256 char(64) NOT NULL,
        size integer NOT NULL,
        file_name varchar(255),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        uploaded_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX higher_decision_copies_decision_idx ON higher_decision_copies (higher_decision_id, uploaded_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE higher_decision_copies`);
    await q.query(`DROP TABLE higher_decision_lines`);
    await q.query(`DROP TABLE higher_decisions`);
    await q.query(`DROP TABLE upward_dossier_nominations`);
    await q.query(`DROP TABLE upward_dossiers`);
    await q.query(`DROP INDEX decision_lines_nomination_key`);
    await q.query(`ALTER TABLE decision_lines DROP COLUMN nomination_id`);
  }
}
