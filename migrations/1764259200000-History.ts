import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history the eligibility rules read: awards given, yearly appraisal ratings, initiatives,
 * discipline and freezes. Nothing here is ever deleted (awards are revoked, freezes lifted).
 * Indexes serve set-based loading by (staff_id, year), (unit_id, year) and (award_type_code, year).
 */
export class History1764259200000 implements MigrationInterface {
  name = 'History1764259200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        award_type_code varchar(40) NOT NULL REFERENCES award_types(code),
        staff_id uuid REFERENCES staff(id),
        unit_id uuid REFERENCES units(id),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        -- regular (hằng năm), ad_hoc (đột xuất), thematic (chuyên đề): only regular awards count toward higher ones.
        basis varchar(10) NOT NULL DEFAULT 'regular' CHECK (basis IN ('regular', 'ad_hoc', 'thematic')),
        decision_number varchar(50),
        decision_date date,
        issuer_name varchar(300),
        source varchar(10) NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'imported', 'issued')),
        revoked_at timestamptz,
        revoked_reason text,
        revoked_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        CONSTRAINT award_records_subject_check CHECK ((staff_id IS NULL) <> (unit_id IS NULL)),
        CONSTRAINT award_records_revoked_check CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    // The same award for the same year is given once (Law 2022 Art. 5): a database fact, not a check in code.
    await q.query(`
      CREATE UNIQUE INDEX award_records_staff_once_key ON award_records (award_type_code, staff_id, year)
        WHERE revoked_at IS NULL AND basis = 'regular' AND staff_id IS NOT NULL`);
    await q.query(`
      CREATE UNIQUE INDEX award_records_unit_once_key ON award_records (award_type_code, unit_id, year)
        WHERE revoked_at IS NULL AND basis = 'regular' AND unit_id IS NOT NULL`);
    await q.query(`CREATE INDEX award_records_staff_year_idx ON award_records (staff_id, year)`);
    await q.query(`CREATE INDEX award_records_unit_year_idx ON award_records (unit_id, year)`);
    await q.query(`CREATE INDEX award_records_type_year_idx ON award_records (award_type_code, year)`);

    // Yearly task-completion rating (xếp loại): HTXS, HTT, HT, KHT. One per subject and year.
    await q.query(`
      CREATE TABLE appraisals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid REFERENCES staff(id),
        unit_id uuid REFERENCES units(id),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        rating varchar(14) NOT NULL CHECK (rating IN ('excellent', 'good', 'completed', 'not_completed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        CONSTRAINT appraisals_subject_check CHECK ((staff_id IS NULL) <> (unit_id IS NULL)),
        -- NULLs are distinct: a unit's row never collides with another unit's on staff_id.
        CONSTRAINT appraisals_staff_year_key UNIQUE (staff_id, year),
        CONSTRAINT appraisals_unit_year_key UNIQUE (unit_id, year)
      )`);

    // Initiatives (sáng kiến) and accepted science works, by the level that recognised them.
    await q.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff(id),
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        title varchar(500) NOT NULL,
        level varchar(12) NOT NULL CHECK (level IN ('grassroots', 'provincial', 'national')),
        kind varchar(14) NOT NULL DEFAULT 'initiative' CHECK (kind IN ('initiative', 'science_work')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        CONSTRAINT initiatives_staff_year_title_key UNIQUE (staff_id, year, title)
      )`);

    // Disciplinary measures: khiển trách, cảnh cáo, giáng chức/hạ bậc, cách chức, buộc thôi việc.
    await q.query(`
      CREATE TABLE disciplines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff(id),
        level varchar(10) NOT NULL CHECK (level IN ('reprimand', 'warning', 'demotion', 'removal', 'dismissal')),
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        CONSTRAINT disciplines_period_check CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT disciplines_staff_level_start_key UNIQUE (staff_id, level, starts_on)
      )`);

    // Pending reviews that freeze awards (disciplinary review, investigation, complaint); lifted by setting ends_on.
    await q.query(`
      CREATE TABLE freezes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid REFERENCES staff(id),
        unit_id uuid REFERENCES units(id),
        reason varchar(500) NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT freezes_subject_check CHECK ((staff_id IS NULL) <> (unit_id IS NULL)),
        CONSTRAINT freezes_period_check CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT freezes_staff_reason_start_key UNIQUE (staff_id, reason, starts_on),
        CONSTRAINT freezes_unit_reason_start_key UNIQUE (unit_id, reason, starts_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['freezes', 'disciplines', 'initiatives', 'appraisals', 'award_records']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
