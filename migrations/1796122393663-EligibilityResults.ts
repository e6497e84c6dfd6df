import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each history table and the subject columns it has. */
const FACT_TABLES: Record<string, string[]> = {
  appraisals: ['staff_id', 'unit_id'],
  award_records: ['staff_id', 'unit_id'],
  initiatives: ['staff_id'],
  disciplines: ['staff_id'],
  freezes: ['staff_id', 'unit_id'],
};
const OPERATIONS = [
  { op: 'INSERT', referencing: 'NEW TABLE AS new_rows', rows: ['new_rows'] },
  { op: 'UPDATE', referencing: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', rows: ['new_rows', 'old_rows'] },
  { op: 'DELETE', referencing: 'OLD TABLE AS old_rows', rows: ['old_rows'] },
] as const;

/**
 * The eligibility candidates list keeps each subject's result per (award, year, evaluation date)
 * instead of evaluating everyone on every request (see src/eligibility/candidate-results.ts).
 *
 * - `eligibility_fact_versions`: a counter per subject (staff member or unit), bumped by
 *   statement-level triggers on every history table whenever a row of theirs is written or removed
 *   (one grouped upsert per statement, in key order: an import of thousands of rows is one statement,
 *   and two statements lock the counters they share in the same order). No row = version 0.
 * - `eligibility_results`: a result is current while its `facts_version` equals the subject's
 *   counter; `rules` is a fingerprint of the law's code, so a new version of the rules never reads
 *   a result of the old one. A counter read in the same snapshot as the facts makes a result computed
 *   while a write commits stale at once, never wrongly current.
 */
export class EligibilityResults1796122393663 implements MigrationInterface {
  name = 'EligibilityResults1796122393663';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE eligibility_fact_versions (
        subject_id uuid PRIMARY KEY,
        version bigint NOT NULL
      )`);
    await q.query(`
      CREATE TABLE eligibility_results (
        rules varchar(64) NOT NULL,
        award_type_code varchar(50) NOT NULL,
        year integer NOT NULL,
        as_of date NOT NULL,
        subject_id uuid NOT NULL,
        -- 0 eligible, 1 near miss (one criterion missing), 2 not eligible: the order of the list.
        status smallint NOT NULL CHECK (status IN (0, 1, 2)),
        facts_version bigint NOT NULL,
        PRIMARY KEY (rules, award_type_code, year, as_of, subject_id)
      )`);
    for (const [table, columns] of Object.entries(FACT_TABLES)) {
      const branches = OPERATIONS.map(({ op, rows }) => {
        // DISTINCT: one statement may touch a subject many times, and an upsert may touch a row only once.
        const subjects = rows.flatMap((source) => columns.map((column) => `SELECT ${column} AS id FROM ${source}`)).join(' UNION ');
        return `IF TG_OP = '${op}' THEN
            INSERT INTO eligibility_fact_versions (subject_id, version)
            SELECT DISTINCT id, 1 FROM (${subjects}) c WHERE id IS NOT NULL ORDER BY id
            ON CONFLICT (subject_id) DO UPDATE SET version = eligibility_fact_versions.version + 1;
          END IF;`;
      });
      await q.query(`
        CREATE FUNCTION ${table}_bump_fact_versions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${branches.join('\n          ')}
          RETURN NULL;
        END $$`);
      for (const { op, referencing } of OPERATIONS) {
        await q.query(`CREATE TRIGGER ${table}_${op.toLowerCase()}_fact_versions AFTER ${op} ON ${table} REFERENCING ${referencing}
                       FOR EACH STATEMENT EXECUTE FUNCTION ${table}_bump_fact_versions()`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(FACT_TABLES)) {
      for (const { op } of OPERATIONS) {
        await q.query(`DROP TRIGGER ${table}_${op.toLowerCase()}_fact_versions ON ${table}`);
      }
      await q.query(`DROP FUNCTION ${table}_bump_fact_versions()`);
    }
    await q.query(`DROP TABLE eligibility_results`);
    await q.query(`DROP TABLE eligibility_fact_versions`);
  }
}
