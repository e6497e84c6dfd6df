import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The immutability triggers of issued decisions (1796140000000-Decisions) name the decision they
 * protect: DETAIL carries the message's params as JSON (`{"number":"07/QĐ-SVHTTDL"}`), which the
 * exception filter fills into the DECISION_ALREADY_ISSUED message the HINT names, so a write refused
 * by the database reads as the service's own refusal ("Quyết định 07/QĐ-SVHTTDL đã ban hành …").
 */
export class IssuedDecisionRefusalParams1796142000000 implements MigrationInterface {
  name = 'IssuedDecisionRefusalParams1796142000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION decisions_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'issued' THEN
          RAISE EXCEPTION 'decision % is issued and cannot change', OLD.id USING ERRCODE = 'P0001', HINT = 'DECISION_ALREADY_ISSUED',
            DETAIL = json_build_object('number', lpad(OLD.number::text, 2, '0') || '/' || OLD.symbol)::text;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION decision_lines_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        issued text;
      BEGIN
        SELECT lpad(d.number::text, 2, '0') || '/' || d.symbol INTO issued
          FROM decisions d
         WHERE d.state = 'issued'
           AND d.id IN (CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END,
                        CASE WHEN TG_OP = 'UPDATE' THEN OLD.decision_id END)
         LIMIT 1;
        IF issued IS NOT NULL THEN
          RAISE EXCEPTION 'the lines of an issued decision cannot change' USING ERRCODE = 'P0001', HINT = 'DECISION_ALREADY_ISSUED',
            DETAIL = json_build_object('number', issued)::text;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The functions as 1796140000000-Decisions wrote them.
    await q.query(`
      CREATE OR REPLACE FUNCTION decisions_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'issued' THEN
          RAISE EXCEPTION 'decision % is issued and cannot change', OLD.id USING ERRCODE = 'P0001', HINT = 'DECISION_ALREADY_ISSUED';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION decision_lines_refuse_issued_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM decisions WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END AND state = 'issued')
           OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM decisions WHERE id = OLD.decision_id AND state = 'issued')) THEN
          RAISE EXCEPTION 'the lines of an issued decision cannot change' USING ERRCODE = 'P0001', HINT = 'DECISION_ALREADY_ISSUED';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
  }
}
