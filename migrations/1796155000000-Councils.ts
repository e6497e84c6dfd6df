import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The emulation council (Hội đồng Thi đua – Khen thưởng, issue 10 "The council"; domain-rules §2.9):
 * councils per unit, their members over time, sessions with the membership and attendance of their
 * date, one ballot per nomination on the agenda, and the council's own register of document numbers.
 *
 * - A member counts for a session when `from_date <= held_on` and (`to_date` is null or `>= held_on`);
 *   the session keeps that membership as it was (`council_session_members`, names and roles copied),
 *   so a later change to the council never rewrites what a session counted.
 * - A nomination is on one agenda only (`council_ballots_nomination_key`): it goes `on_agenda` once
 *   and leaves it as passed or failed.
 * - Closing a session freezes it: triggers refuse any later write to the session, its members and its
 *   ballots, whoever writes (HINT `COUNCIL_SESSION_CLOSED`, DETAIL the message's params, as the issued
 *   decisions' triggers do).
 * - The minutes and the ballot tally (biên bản họp, biên bản kiểm phiếu) take their numbers from the
 *   council's own series per year (ND 30/2020 Phụ lục I, II.3.a: a council issuing documents in its own
 *   name keeps its own numbers), allocated at close under the counter row's lock; every number given is
 *   a row of `council_document_numbers`, which nothing rewrites, so a number is never given twice.
 */
/** The writes refused on a closed session's rows, with the sessions each one touches (its transition tables). */
const REFUSED_OPERATIONS = [
  ['INSERT', 'SELECT session_id FROM new_rows'],
  ['UPDATE', 'SELECT session_id FROM old_rows UNION SELECT session_id FROM new_rows'],
  ['DELETE', 'SELECT session_id FROM old_rows'],
] as const;

export class Councils1796155000000 implements MigrationInterface {
  name = 'Councils1796155000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE councils (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The unit whose council it is: secretaries' scope is checked on it, and its nominations (and its sub-units') go before it.
        unit_id uuid NOT NULL REFERENCES units(id),
        name varchar(300) NOT NULL,
        -- The symbol of its documents after the type: "BB-HĐTĐKT" (ND 30/2020 Phụ lục III: BB = biên bản).
        symbol varchar(30) NOT NULL DEFAULT 'HĐTĐKT' CHECK (symbol ~ '^[^[:space:]/]{1,30}$'),
        -- The place name of the documents' date line (địa danh, ND 30/2020 Phụ lục I ô 4); null: the date alone.
        locality varchar(100),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX councils_unit_idx ON councils (unit_id, name, id)`);

    await q.query(`
      CREATE TABLE council_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        name varchar(200) NOT NULL,
        position varchar(200) NOT NULL DEFAULT '',
        role varchar(12) NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'secretary')),
        -- Who the member is, when known: the recusal (the nominee, the proposer) is found through them.
        user_id uuid REFERENCES users(id),
        staff_id uuid REFERENCES staff(id),
        from_date date NOT NULL,
        -- The last day of membership, inclusive; null: still a member.
        to_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_members_period_check CHECK (to_date IS NULL OR to_date >= from_date)
      )`);
    await q.query(`CREATE INDEX council_members_council_idx ON council_members (council_id, from_date, id)`);
    await q.query(`CREATE INDEX council_members_user_idx ON council_members (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX council_members_staff_idx ON council_members (staff_id) WHERE staff_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE council_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        held_on date NOT NULL,
        place varchar(300) NOT NULL,
        state varchar(6) NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        -- The members on held_on and those present: the base of every threshold and of the quorum.
        members_count integer NOT NULL CHECK (members_count >= 1),
        present_count integer NOT NULL CHECK (present_count BETWEEN 0 AND members_count),
        -- The quorum and the attendance for awards as applied (share, required, met, verified, source): the minutes print them.
        attendance jsonb NOT NULL,
        -- The minutes' and the tally's numbers in the council's series of the year of held_on; set at close.
        number_year smallint,
        minutes_number integer CHECK (minutes_number >= 1),
        tally_number integer CHECK (tally_number >= 1),
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_sessions_closed_check CHECK (
          (state = 'closed') = (closed_at IS NOT NULL AND number_year IS NOT NULL AND minutes_number IS NOT NULL AND tally_number IS NOT NULL)
        )
      )`);
    await q.query(`CREATE INDEX council_sessions_council_idx ON council_sessions (council_id, held_on DESC, id)`);

    await q.query(`
      CREATE TABLE council_session_members (
        session_id uuid NOT NULL REFERENCES council_sessions(id),
        member_id uuid NOT NULL REFERENCES council_members(id),
        -- As the member was on the session's date.
        name varchar(200) NOT NULL,
        position varchar(200) NOT NULL,
        role varchar(12) NOT NULL,
        present boolean NOT NULL,
        ordinal integer NOT NULL,
        PRIMARY KEY (session_id, member_id)
      )`);
    await q.query(`CREATE INDEX council_session_members_member_idx ON council_session_members (member_id)`);

    await q.query(`
      CREATE TABLE council_ballots (
        session_id uuid NOT NULL REFERENCES council_sessions(id),
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        ordinal integer NOT NULL,
        -- The nomination as it went on the agenda (the minutes print it).
        award_type varchar(40) NOT NULL REFERENCES award_types(code),
        subject_name varchar(300) NOT NULL,
        unit_name varchar(300) NOT NULL,
        -- The members who do not vote on it (the nominee, the proposer or submitter): [{memberId, name, conflict, present}].
        recused jsonb NOT NULL DEFAULT '[]',
        recused_count integer NOT NULL DEFAULT 0 CHECK (recused_count >= 0),
        recused_present integer NOT NULL DEFAULT 0 CHECK (recused_present BETWEEN 0 AND recused_count),
        -- Null until the ballot is recorded.
        votes_for integer CHECK (votes_for >= 0),
        votes_against integer CHECK (votes_against >= 0),
        abstain integer CHECK (abstain >= 0),
        written_for integer CHECK (written_for >= 0),
        written_against integer CHECK (written_against >= 0),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        recorded_at timestamptz,
        recorded_by uuid REFERENCES users(id),
        -- At close: the result, the rule it was measured against and the fewest votes for that passed.
        result varchar(6) CHECK (result IN ('passed', 'failed')),
        threshold jsonb,
        required integer,
        PRIMARY KEY (session_id, nomination_id),
        CONSTRAINT council_ballots_recorded_check CHECK (
          (votes_for IS NULL) = (recorded_at IS NULL) AND (votes_for IS NULL) = (votes_against IS NULL)
          AND (votes_for IS NULL) = (abstain IS NULL) AND (votes_for IS NULL) = (written_for IS NULL)
          AND (votes_for IS NULL) = (written_against IS NULL)
        ),
        CONSTRAINT council_ballots_outcome_check CHECK ((result IS NULL) = (threshold IS NULL) AND (result IS NULL) = (required IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX council_ballots_nomination_key ON council_ballots (nomination_id)`);
    await q.query(`CREATE INDEX council_ballots_session_idx ON council_ballots (session_id, ordinal)`);

    await q.query(`
      CREATE TABLE council_document_counters (
        council_id uuid NOT NULL REFERENCES councils(id),
        year smallint NOT NULL,
        last_number integer NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (council_id, year)
      )`);
    // The register of the council's numbers (sổ đăng ký): one row per number given, never rewritten.
    await q.query(`
      CREATE TABLE council_document_numbers (
        council_id uuid NOT NULL REFERENCES councils(id),
        year smallint NOT NULL,
        number integer NOT NULL CHECK (number >= 1),
        kind varchar(8) NOT NULL CHECK (kind IN ('minutes', 'tally')),
        session_id uuid NOT NULL REFERENCES council_sessions(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (council_id, year, number),
        CONSTRAINT council_document_numbers_session_key UNIQUE (session_id, kind)
      )`);

    await q.query(`
      CREATE FUNCTION council_sessions_refuse_closed_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'closed' THEN
          RAISE EXCEPTION 'council session % is closed and cannot change', OLD.id USING ERRCODE = 'P0001', HINT = 'COUNCIL_SESSION_CLOSED',
            DETAIL = json_build_object('heldOn', to_char(OLD.held_on, 'DD/MM/YYYY'))::text;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER council_sessions_frozen BEFORE UPDATE OR DELETE ON council_sessions
        FOR EACH ROW EXECUTE FUNCTION council_sessions_refuse_closed_change()`);
    // The members and ballots of a closed session: refused whichever session a row comes from or goes
    // to. Statement-level, over the transition tables: closing a session of 500 ballots writes their
    // results in one statement, which then costs one lookup, not 500.
    const refusal = (rows: string): string => `
      DECLARE
        closed_on text;
      BEGIN
        SELECT to_char(s.held_on, 'DD/MM/YYYY') INTO closed_on
          FROM council_sessions s
         WHERE s.state = 'closed' AND s.id IN (${rows})
         LIMIT 1;
        IF closed_on IS NOT NULL THEN
          RAISE EXCEPTION 'the % of a closed council session cannot change', TG_TABLE_NAME USING ERRCODE = 'P0001',
            HINT = 'COUNCIL_SESSION_CLOSED', DETAIL = json_build_object('heldOn', closed_on)::text;
        END IF;
        RETURN NULL;
      END`;
    for (const [operation, rows] of REFUSED_OPERATIONS) {
      await q.query(`
        CREATE FUNCTION council_session_rows_refuse_closed_${operation.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$${refusal(rows)} $$`);
    }
    for (const table of ['council_ballots', 'council_session_members']) {
      for (const [operation] of REFUSED_OPERATIONS) {
        const transitions = {
          INSERT: 'NEW TABLE AS new_rows',
          UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
          DELETE: 'OLD TABLE AS old_rows',
        };
        await q.query(`
          CREATE TRIGGER ${table}_frozen_${operation.toLowerCase()} AFTER ${operation} ON ${table}
            REFERENCING ${transitions[operation]}
            FOR EACH STATEMENT EXECUTE FUNCTION council_session_rows_refuse_closed_${operation.toLowerCase()}()`);
      }
    }
    await q.query(`
      CREATE FUNCTION council_document_numbers_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a number of the council''s register cannot change' USING ERRCODE = 'P0001', HINT = 'COUNCIL_NUMBER_IMMUTABLE';
      END $$`);
    await q.query(`
      CREATE TRIGGER council_document_numbers_immutable BEFORE UPDATE OR DELETE ON council_document_numbers
        FOR EACH ROW EXECUTE FUNCTION council_document_numbers_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER council_document_numbers_immutable ON council_document_numbers`);
    await q.query(`DROP FUNCTION council_document_numbers_refuse_change()`);
    for (const table of ['council_ballots', 'council_session_members']) {
      for (const [operation] of REFUSED_OPERATIONS) {
        await q.query(`DROP TRIGGER ${table}_frozen_${operation.toLowerCase()} ON ${table}`);
      }
    }
    for (const [operation] of REFUSED_OPERATIONS) {
      await q.query(`DROP FUNCTION council_session_rows_refuse_closed_${operation.toLowerCase()}()`);
    }
    await q.query(`DROP TRIGGER council_sessions_frozen ON council_sessions`);
    await q.query(`DROP FUNCTION council_sessions_refuse_closed_change()`);
    await q.query(`DROP TABLE council_document_numbers`);
    await q.query(`DROP TABLE council_document_counters`);
    await q.query(`DROP TABLE council_ballots`);
    await q.query(`DROP TABLE council_session_members`);
    await q.query(`DROP TABLE council_sessions`);
    await q.query(`DROP TABLE council_members`);
    await q.query(`DROP TABLE councils`);
  }
}
