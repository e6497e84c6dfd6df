import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The states of a nomination, a copy of the law's `NOMINATION_STATES` (src/law/nominations/transitions.ts):
 * migrations may not import the law, and `src/nominations/schema.spec.ts` checks the copy is the same.
 */
export const NOMINATION_STATES_IN_SCHEMA = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'rejected',
  'on_agenda',
  'passed',
  'failed',
  'posted',
  'proposed_upward',
  'decided',
  'withdrawn',
] as const;

/**
 * States in which a nomination holds its subject, award and year against any other (the screening
 * of issue 10: "already nominated … not withdrawn or rejected"). A draft holds nothing yet: two units
 * may draft the same person, the first to submit wins. Copied in `src/nominations/` (checked by its spec).
 */
export const SCREENED_STATES_IN_SCHEMA = NOMINATION_STATES_IN_SCHEMA.filter((state) => !['draft', 'withdrawn', 'rejected'].includes(state));

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/**
 * Nominations (đề nghị khen thưởng, issue 10): the nomination itself, its immutable log of
 * transitions and the holds (an objection at the public posting) that stop it moving on.
 *
 * - The screening "same subject, award and year already nominated" is a database fact: a partial
 *   unique index per kind of subject over the screened states. Concurrent submits of the same person
 *   serialise on it (the second waits for the first to commit, then is refused), whatever writes;
 *   the service checks first, set-based, to name the other nomination in its answer.
 * - `campaign_id` has no foreign key yet: the campaigns feature adds its table and the key.
 * - `users.staff_id` links an account to the staff record of the person who holds it, so the
 *   four-eyes rule sees a person acting on their own nomination (null: not one of the staff).
 */
export class Nominations1796153000000 implements MigrationInterface {
  name = 'Nominations1796153000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN staff_id uuid REFERENCES staff(id)`);
    await q.query(`CREATE UNIQUE INDEX users_staff_id_key ON users (staff_id) WHERE staff_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE nominations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid,
        year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        award_type varchar(40) NOT NULL REFERENCES award_types(code),
        -- The nominee: a person, or a collective (a unit); exactly one.
        staff_id uuid REFERENCES staff(id),
        unit_id uuid REFERENCES units(id),
        -- The unit that proposes: the scope of HR officers, managers and secretaries is checked on it.
        proposed_by_unit_id uuid NOT NULL REFERENCES units(id),
        achievements text NOT NULL DEFAULT '',
        state varchar(20) NOT NULL DEFAULT 'draft' CHECK (state IN (${list(NOMINATION_STATES_IN_SCHEMA)})),
        -- Bumped by every change; a change naming another version is refused (409).
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        proposed_by uuid NOT NULL REFERENCES users(id),
        -- The last submission (after a return too): bound by the four-eyes rule at review.
        submitted_by uuid REFERENCES users(id),
        submitted_at timestamptz,
        -- The eligibility result at submit, with the rulebook and settings it used (read by the council).
        eligibility_snapshot jsonb,
        -- The reason of the last transition that gave one (return, reject, withdraw).
        last_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nominations_subject_check CHECK ((staff_id IS NULL) <> (unit_id IS NULL)),
        CONSTRAINT nominations_submitted_check CHECK ((submitted_by IS NULL) = (submitted_at IS NULL))
      )`);
    const screened = list(SCREENED_STATES_IN_SCHEMA);
    await q.query(`
      CREATE UNIQUE INDEX nominations_staff_screening_key ON nominations (award_type, staff_id, year)
        WHERE staff_id IS NOT NULL AND state IN (${screened})`);
    await q.query(`
      CREATE UNIQUE INDEX nominations_unit_screening_key ON nominations (award_type, unit_id, year)
        WHERE unit_id IS NOT NULL AND state IN (${screened})`);
    // The review queue (a state, oldest submission first) and the lists' filters.
    await q.query(`CREATE INDEX nominations_queue_idx ON nominations (state, submitted_at, id)`);
    await q.query(`CREATE INDEX nominations_proposing_unit_idx ON nominations (proposed_by_unit_id, state, submitted_at, id)`);
    await q.query(`CREATE INDEX nominations_award_year_idx ON nominations (award_type, year, state)`);
    // The lists' counts by state and year, within a reader's units.
    await q.query(`CREATE INDEX nominations_state_year_idx ON nominations (state, year, proposed_by_unit_id)`);
    await q.query(`CREATE INDEX nominations_year_idx ON nominations (year, created_at, id)`);
    await q.query(`CREATE INDEX nominations_list_idx ON nominations (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX nominations_staff_idx ON nominations (staff_id, year) WHERE staff_id IS NOT NULL`);
    await q.query(`CREATE INDEX nominations_unit_idx ON nominations (unit_id, year) WHERE unit_id IS NOT NULL`);
    await q.query(`CREATE INDEX nominations_campaign_idx ON nominations (campaign_id) WHERE campaign_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE nomination_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        action varchar(20) NOT NULL,
        from_state varchar(20) NOT NULL CHECK (from_state IN (${list(NOMINATION_STATES_IN_SCHEMA)})),
        to_state varchar(20) NOT NULL CHECK (to_state IN (${list(NOMINATION_STATES_IN_SCHEMA)})),
        reason text,
        actor_id uuid REFERENCES users(id),
        actor_name varchar(200) NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        -- The nomination's version after the transition.
        version integer NOT NULL
      )`);
    await q.query(`CREATE INDEX nomination_transitions_nomination_idx ON nomination_transitions (nomination_id, id)`);
    // The log is history: nothing rewrites it (the audit log, beside it, says the same).
    await q.query(`
      CREATE FUNCTION nomination_transitions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the transitions of a nomination cannot change' USING ERRCODE = 'P0001', HINT = 'NOMINATION_LOG_IMMUTABLE';
      END $$`);
    await q.query(`
      CREATE TRIGGER nomination_transitions_immutable BEFORE UPDATE OR DELETE ON nomination_transitions
        FOR EACH ROW EXECUTE FUNCTION nomination_transitions_refuse_change()`);

    await q.query(`
      CREATE TABLE nomination_holds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        -- What holds it: 'objection' (at the public posting; ref_id is the objection's id).
        kind varchar(20) NOT NULL CHECK (kind ~ '^[a-z_]{2,20}$'),
        ref_id uuid,
        reason text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        released_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX nomination_holds_open_idx ON nomination_holds (nomination_id) WHERE released_at IS NULL`);
    await q.query(`CREATE INDEX nomination_holds_ref_idx ON nomination_holds (ref_id) WHERE ref_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE nomination_holds`);
    await q.query(`DROP TRIGGER nomination_transitions_immutable ON nomination_transitions`);
    await q.query(`DROP FUNCTION nomination_transitions_refuse_change()`);
    await q.query(`DROP TABLE nomination_transitions`);
    await q.query(`DROP TABLE nominations`);
    await q.query(`DROP INDEX users_staff_id_key`);
    await q.query(`ALTER TABLE users DROP COLUMN staff_id`);
  }
}
