import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public postings (công khai, issue 10, domain-rules §4.4): the list of passed nominations shown to
 * the unit for a number of working days, and the objections raised against it.
 *
 * - `postings`: the period (first and last day, counted on `calendar_days`) and the minimum it was
 *   held to, with the setting's source and whether it is verified, as they were on the start date.
 * - `posting_nominations`: the list as posted (name, position, unit, award, achievements copied at
 *   posting time: what people read is what the record keeps, whatever changes later). A nomination
 *   is posted once (it leaves `passed` for `posted`, and nothing leads back).
 * - `posting_objections`: who objected, when, what they wrote; the resolution, who made it, upheld or not.
 *
 * While a posting runs, each nomination carries a `nomination_holds` row (kind 'posting', ref the
 * posting), released by the `posting.end` job once the last day has passed; an objection adds one of
 * its own (kind 'objection', ref the objection), released when it is resolved as not upheld.
 */
export class Postings1796156000000 implements MigrationInterface {
  name = 'Postings1796156000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE postings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        starts_on date NOT NULL,
        -- The last working day of the period (inclusive): objections are taken through it.
        ends_on date NOT NULL,
        working_days smallint NOT NULL CHECK (working_days BETWEEN 1 AND 250),
        -- The minimum the list's awards required on the start date, and where it comes from.
        minimum_working_days smallint NOT NULL CHECK (minimum_working_days BETWEEN 1 AND 250),
        minimum_source text NOT NULL,
        minimum_verified boolean NOT NULL,
        minimum_state_level boolean NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_by_name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- When the posting's holds were released (the day after the last one); null while it runs.
        holds_released_at timestamptz,
        CONSTRAINT postings_period_check CHECK (ends_on >= starts_on),
        CONSTRAINT postings_minimum_check CHECK (working_days >= minimum_working_days)
      )`);
    // The list, newest first, and its "open" filter (ends_on on or after today).
    await q.query(`CREATE INDEX postings_list_idx ON postings (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX postings_ends_on_idx ON postings (ends_on, id)`);

    await q.query(`
      CREATE TABLE posting_nominations (
        posting_id uuid NOT NULL REFERENCES postings(id),
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        -- The order of the list: by award, then the Vietnamese name order.
        ordinal integer NOT NULL,
        subject_name varchar(300) NOT NULL,
        subject_position varchar(200),
        unit_name varchar(300) NOT NULL,
        award_type varchar(40) NOT NULL,
        award_name varchar(300) NOT NULL,
        achievements text NOT NULL,
        PRIMARY KEY (posting_id, nomination_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX posting_nominations_nomination_key ON posting_nominations (nomination_id)`);

    await q.query(`
      CREATE TABLE posting_objections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        posting_id uuid NOT NULL,
        nomination_id uuid NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        objector_id uuid NOT NULL REFERENCES users(id),
        objector_name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users(id),
        resolver_name varchar(200),
        resolution text CHECK (length(resolution) BETWEEN 1 AND 5000),
        upheld boolean,
        CONSTRAINT posting_objections_line_fkey FOREIGN KEY (posting_id, nomination_id)
          REFERENCES posting_nominations (posting_id, nomination_id),
        -- Resolved all at once: when, by whom, how and with what outcome, or none of them.
        CONSTRAINT posting_objections_resolved_check CHECK (
          (resolved_at IS NULL) = (resolved_by IS NULL) AND (resolved_at IS NULL) = (resolver_name IS NULL)
          AND (resolved_at IS NULL) = (resolution IS NULL) AND (resolved_at IS NULL) = (upheld IS NULL)
        )
      )`);
    await q.query(`CREATE INDEX posting_objections_posting_idx ON posting_objections (posting_id, created_at, id)`);
    await q.query(`CREATE INDEX posting_objections_nomination_idx ON posting_objections (nomination_id)`);
    // A kind's holds of one posting or objection: the release at the end, and at a resolution.
    await q.query(`CREATE INDEX nomination_holds_kind_ref_idx ON nomination_holds (kind, ref_id) WHERE released_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nomination_holds_kind_ref_idx`);
    await q.query(`DELETE FROM nomination_holds WHERE kind IN ('posting', 'objection')`);
    await q.query(`DROP TABLE posting_objections`);
    await q.query(`DROP TABLE posting_nominations`);
    await q.query(`DROP TABLE postings`);
  }
}
