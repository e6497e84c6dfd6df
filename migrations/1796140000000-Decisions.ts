import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Award decisions drafted, numbered and issued here (ND 30/2020; Law 2022 Chapter VII for
 * revocation). A decision is a draft until it is issued; from then on it and its lines never change:
 * a trigger refuses any later write, whatever the caller. Numbers are unique per issuer and calendar
 * year and, in system mode, come from `decision_number_counters` under a row lock.
 */
export class Decisions1796140000000 implements MigrationInterface {
  name = 'Decisions1796140000000';

  async up(q: QueryRunner): Promise<void> {
    // What the decision's legal bases, numbering and edXML header need to know of its issuer.
    await q.query(`
      ALTER TABLE issuers
        ADD COLUMN numbering_mode varchar(10) NOT NULL DEFAULT 'system' CHECK (numbering_mode IN ('system', 'manual')),
        ADD COLUMN authority_title varchar(300),
        ADD COLUMN regulation_basis text,
        ADD COLUMN founding_basis text,
        ADD COLUMN organisation_id varchar(50)`);

    // Users who issue in an issuer's name (văn thư): the issuer assignment.
    await q.query(`
      CREATE TABLE user_issuers (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        issuer_id uuid NOT NULL REFERENCES issuers(id),
        PRIMARY KEY (user_id, issuer_id)
      )`);

    await q.query(`
      CREATE TABLE decision_number_counters (
        issuer_id uuid NOT NULL REFERENCES issuers(id),
        year smallint NOT NULL,
        last_number integer NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (issuer_id, year)
      )`);

    await q.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- award: gives awards; revocation / correction: refers to an issued original (Law 2022 Chapter VII).
        kind varchar(12) NOT NULL DEFAULT 'award' CHECK (kind IN ('award', 'revocation', 'correction')),
        state varchar(8) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued')),
        version integer NOT NULL DEFAULT 1,
        issuer_id uuid NOT NULL REFERENCES issuers(id),
        award_type_code varchar(40) NOT NULL REFERENCES award_types(code),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        subject varchar(10) NOT NULL CHECK (subject IN ('individual', 'collective')),
        basis varchar(10) NOT NULL DEFAULT 'regular' CHECK (basis IN ('regular', 'ad_hoc', 'thematic')),
        planned_sign_on date,
        signer_prefix varchar(5) CHECK (signer_prefix IN ('KT.', 'TM.', 'TL.', 'TUQ.', 'Q.')),
        signer_title varchar(200) NOT NULL,
        signer_name varchar(200) NOT NULL,
        abstract text NOT NULL,
        proposal text,
        bases jsonb NOT NULL DEFAULT '[]',
        recipients jsonb NOT NULL DEFAULT '[]',
        funding_source text,
        line_order varchar(10) NOT NULL DEFAULT 'unit_rank' CHECK (line_order IN ('unit_rank', 'name')),
        original_id uuid REFERENCES decisions(id),
        reason text,
        number integer CHECK (number > 0),
        number_year smallint,
        -- "QĐ-SVHTTDL": kept apart from the number, as edXML's CodeNotation is.
        symbol varchar(60),
        signed_on date,
        base_salary bigint,
        total_amount bigint,
        issued_at timestamptz,
        issued_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        CONSTRAINT decisions_number_key UNIQUE (issuer_id, number_year, number),
        CONSTRAINT decisions_issued_check CHECK (
          (state = 'draft' AND number IS NULL AND issued_at IS NULL)
          OR (state = 'issued' AND number IS NOT NULL AND number_year IS NOT NULL AND signed_on IS NOT NULL AND issued_at IS NOT NULL)),
        CONSTRAINT decisions_original_check CHECK ((kind = 'award') = (original_id IS NULL))
      )`);
    await q.query(`CREATE INDEX decisions_list_idx ON decisions (year DESC, created_at DESC, id)`);
    await q.query(`CREATE INDEX decisions_issuer_idx ON decisions (issuer_id, year)`);
    await q.query(`CREATE INDEX decisions_award_idx ON decisions (award_type_code, year)`);
    await q.query(`CREATE INDEX decisions_state_idx ON decisions (state, year)`);
    await q.query(`CREATE INDEX decisions_original_idx ON decisions (original_id)`);

    await q.query(`
      CREATE TABLE decision_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES decisions(id),
        staff_id uuid REFERENCES staff(id),
        unit_id uuid REFERENCES units(id),
        -- The snapshot at the time the line was added: what the decision prints, whatever changes later.
        full_name varchar(300) NOT NULL,
        position varchar(200),
        unit_name varchar(300),
        unit_path text COLLATE "C",
        rank smallint NOT NULL DEFAULT 99,
        sort_key text COLLATE "C" NOT NULL,
        coefficient numeric(6, 2),
        amount bigint,
        -- Why the amount is 0 or differs (ND 152 Art. 49(5): only the highest title of one period is paid).
        amount_note text,
        verdict varchar(12) NOT NULL CHECK (verdict IN ('eligible', 'ineligible', 'to_confirm', 'not_checked')),
        verdict_reasons jsonb NOT NULL DEFAULT '[]',
        -- Required when the verdict is not 'eligible': shown to the signer.
        override_reason text,
        -- A revocation or correction line: the line of the original decision it concerns.
        original_line_id uuid REFERENCES decision_lines(id),
        award_record_id uuid REFERENCES award_records(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        CONSTRAINT decision_lines_subject_check CHECK ((staff_id IS NULL) <> (unit_id IS NULL)),
        CONSTRAINT decision_lines_override_check CHECK (verdict = 'eligible' OR override_reason IS NOT NULL OR original_line_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX decision_lines_staff_key ON decision_lines (decision_id, staff_id) WHERE staff_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX decision_lines_unit_key ON decision_lines (decision_id, unit_id) WHERE unit_id IS NOT NULL`);
    await q.query(`CREATE INDEX decision_lines_staff_idx ON decision_lines (staff_id)`);
    await q.query(`CREATE INDEX decision_lines_unit_idx ON decision_lines (unit_id)`);
    await q.query(`CREATE INDEX decision_lines_original_idx ON decision_lines (original_line_id)`);

    // Recovery of the money and the certificate of a revoked line (Law 2022 Art. 93), recorded after the fact.
    await q.query(`
      CREATE TABLE decision_line_recoveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        line_id uuid NOT NULL REFERENCES decision_lines(id),
        recovered_on date NOT NULL,
        money_recovered boolean NOT NULL DEFAULT false,
        certificate_recovered boolean NOT NULL DEFAULT false,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX decision_line_recoveries_line_idx ON decision_line_recoveries (line_id)`);

    // The signed PDF (digital signature or scan): the official copy once uploaded.
    await q.query(`
      CREATE TABLE decision_signed_copies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES decisions(id),
        content bytea NOT NULL,
        sha256 char(64) NOT NULL,
        size integer NOT NULL,
        file_name varchar(255),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        uploaded_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX decision_signed_copies_decision_idx ON decision_signed_copies (decision_id, uploaded_at DESC)`);

    await q.query(`
      ALTER TABLE award_records
        ADD COLUMN decision_id uuid REFERENCES decisions(id),
        ADD COLUMN decision_line_id uuid REFERENCES decision_lines(id),
        ADD COLUMN revoked_by_decision_id uuid REFERENCES decisions(id)`);
    await q.query(`CREATE INDEX award_records_decision_idx ON award_records (decision_id)`);

    // Issued means immutable, in the database too: no caller can edit or delete an issued decision or its lines.
    await q.query(`
      CREATE FUNCTION decisions_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'issued' THEN
          RAISE EXCEPTION 'decision % is issued and cannot change', OLD.id USING ERRCODE = 'P0001', HINT = 'DECISION_ALREADY_ISSUED';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER decisions_immutable BEFORE UPDATE OR DELETE ON decisions
        FOR EACH ROW EXECUTE FUNCTION decisions_refuse_issued_change()`);
    await q.query(`
      CREATE FUNCTION decision_lines_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM decisions WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END AND state = 'issued')
           OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM decisions WHERE id = OLD.decision_id AND state = 'issued')) THEN
          RAISE EXCEPTION 'the lines of an issued decision cannot change' USING ERRCODE = 'P0001', HINT = 'DECISION_ALREADY_ISSUED';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER decision_lines_immutable BEFORE INSERT OR UPDATE OR DELETE ON decision_lines
        FOR EACH ROW EXECUTE FUNCTION decision_lines_refuse_issued_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER decision_lines_immutable ON decision_lines`);
    await q.query(`DROP FUNCTION decision_lines_refuse_issued_change()`);
    await q.query(`DROP TRIGGER decisions_immutable ON decisions`);
    await q.query(`DROP FUNCTION decisions_refuse_issued_change()`);
    await q.query(`DROP INDEX award_records_decision_idx`);
    await q.query(`ALTER TABLE award_records DROP COLUMN revoked_by_decision_id, DROP COLUMN decision_line_id, DROP COLUMN decision_id`);
    await q.query(`DROP TABLE decision_signed_copies`);
    await q.query(`DROP TABLE decision_line_recoveries`);
    await q.query(`DROP TABLE decision_lines`);
    await q.query(`DROP TABLE decisions`);
    await q.query(`DROP TABLE decision_number_counters`);
    await q.query(`DROP TABLE user_issuers`);
    await q.query(`
      ALTER TABLE issuers DROP COLUMN organisation_id, DROP COLUMN founding_basis, DROP COLUMN regulation_basis,
        DROP COLUMN authority_title, DROP COLUMN numbering_mode`);
  }
}
