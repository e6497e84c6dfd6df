import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql } from '../database/sql.js';
import type {
  AttendanceRuleView,
  BallotResult,
  BallotThresholdView,
  CouncilMemberView,
  CouncilRole,
  CouncilSessionSummary,
  CouncilSummary,
  RecusedMemberView,
  SessionMemberView,
  SessionState,
} from './councils.types.js';

/**
 * The councils' SQL: set-based (one statement per kind of row, whatever their number), each filter
 * on an index of 1796155000000-Councils. Dates come back as YYYY-MM-DD text, timestamps as ISO text.
 */

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** "03/BB-HĐTĐKT": the number with a leading zero below 10, the type, the council's symbol (ND 30/2020 Phụ lục I ô 3). */
export const councilNumber = (number: number, symbol: string): string => `${String(number).padStart(2, '0')}/BB-${symbol}`;

// ---- councils -------------------------------------------------------------------------------------

export interface CouncilRow {
  id: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  /** The name of the unit above the council's, when any: the documents' parent line. */
  parentUnitName: string | null;
  name: string;
  symbol: string;
  locality: string | null;
  version: number;
  createdAt: string;
}

const COUNCIL_COLUMNS = sql`c.id, c.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath",
  (SELECT p.name FROM units p WHERE p.id = u.parent_id) AS "parentUnitName",
  c.name, c.symbol, c.locality, c.version, c.created_at AS "createdAt"`;

/** The council, locked `FOR UPDATE OF c` when asked: member changes and new sessions of one council queue on it. */
export async function councilRow(manager: EntityManager, id: string, lock = false): Promise<CouncilRow | undefined> {
  const found = await row<CouncilRow>(
    manager,
    sql`SELECT ${COUNCIL_COLUMNS} FROM councils c JOIN units u ON u.id = c.unit_id WHERE c.id = ${id}::uuid
        ${lock ? sql`FOR UPDATE OF c` : sql.empty}`,
  );
  return found && { ...found, createdAt: iso(found.createdAt)! };
}

export async function insertCouncil(
  manager: EntityManager,
  council: { unitId: string; name: string; symbol: string; locality: string | null; createdBy: string },
): Promise<string> {
  const created = await one<{ id: string }>(
    manager,
    sql`INSERT INTO councils (unit_id, name, symbol, locality, created_by)
        VALUES (${council.unitId}::uuid, ${council.name}, ${council.symbol}, ${council.locality}::text, ${council.createdBy}::uuid)
        RETURNING id`,
  );
  return created.id;
}

export async function touchCouncil(manager: EntityManager, id: string): Promise<void> {
  await execute(manager, sql`UPDATE councils SET version = version + 1, updated_at = now() WHERE id = ${id}::uuid`);
}

/** The councils of the units the patterns cover (null: every unit), optionally of one unit, with today's member count. */
export async function councilList(
  manager: EntityManager,
  patterns: string[] | null,
  unitId: string | null,
  today: string,
): Promise<CouncilSummary[]> {
  return rows<CouncilSummary>(
    manager,
    sql`SELECT c.id, c.unit_id AS "unitId", u.name AS "unitName", c.name, c.symbol, c.locality,
               (SELECT count(*)::int FROM council_members m
                 WHERE m.council_id = c.id AND m.from_date <= ${today}::date AND (m.to_date IS NULL OR m.to_date >= ${today}::date)) AS "currentMembers",
               (SELECT count(*)::int FROM council_sessions s WHERE s.council_id = c.id) AS sessions
          FROM councils c JOIN units u ON u.id = c.unit_id
         WHERE (${patterns}::text[] IS NULL OR u.path LIKE ANY(${patterns}::text[]))
           AND (${unitId}::uuid IS NULL OR c.unit_id = ${unitId}::uuid)
         ORDER BY u.path, c.name, c.id
         LIMIT 500`,
  );
}

/** The units the patterns cover (null: every unit), in tree order: where a council may be set up. */
export async function unitsInScope(manager: EntityManager, patterns: string[] | null): Promise<Array<{ id: string; name: string }>> {
  return rows<{ id: string; name: string }>(
    manager,
    sql`SELECT id, name FROM units WHERE ${patterns}::text[] IS NULL OR path LIKE ANY(${patterns}::text[]) ORDER BY path LIMIT 2000`,
  );
}

// ---- members ---------------------------------------------------------------------------------------

/** The chair first, then the vice-chairs, the members and the secretary, as the minutes list them. */
const ROLE_ORDER = sql`CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END`;

const MEMBER_COLUMNS = sql`m.id, m.name, m.position, m.role, m.user_id AS "userId", m.staff_id AS "staffId",
  to_char(m.from_date, 'YYYY-MM-DD') AS "from", to_char(m.to_date, 'YYYY-MM-DD') AS "to"`;

export async function councilMembers(manager: EntityManager, councilId: string): Promise<CouncilMemberView[]> {
  return rows<CouncilMemberView>(
    manager,
    sql`SELECT ${MEMBER_COLUMNS} FROM council_members m WHERE m.council_id = ${councilId}::uuid
         ORDER BY ${ROLE_ORDER}, m.from_date, m.name, m.id`,
  );
}

export interface NewMember {
  name: string;
  position: string;
  role: CouncilRole;
  userId: string | null;
  staffId: string | null;
  from: string;
}

/** The members, one statement for any number, in the order given. */
export async function insertMembers(
  manager: EntityManager,
  councilId: string,
  members: readonly NewMember[],
): Promise<CouncilMemberView[]> {
  if (members.length === 0) {
    return [];
  }
  return rows<CouncilMemberView>(
    manager,
    sql`WITH inserted AS (
          INSERT INTO council_members (council_id, name, position, role, user_id, staff_id, from_date)
          SELECT ${councilId}::uuid, v.name, v.position, v.role, v.user_id, v.staff_id, v.from_date
            FROM unnest(${members.map((m) => m.name)}::text[], ${members.map((m) => m.position)}::text[], ${members.map((m) => m.role)}::text[],
                        ${members.map((m) => m.userId)}::uuid[], ${members.map((m) => m.staffId)}::uuid[], ${members.map((m) => m.from)}::date[])
                 WITH ORDINALITY AS v(name, position, role, user_id, staff_id, from_date, n)
           ORDER BY v.n
          RETURNING *
        )
        SELECT ${MEMBER_COLUMNS} FROM inserted m ORDER BY m.from_date, m.id`,
  );
}

export async function memberRow(manager: EntityManager, councilId: string, memberId: string): Promise<CouncilMemberView | undefined> {
  return row<CouncilMemberView>(
    manager,
    sql`SELECT ${MEMBER_COLUMNS} FROM council_members m WHERE m.council_id = ${councilId}::uuid AND m.id = ${memberId}::uuid FOR UPDATE OF m`,
  );
}

export async function endMember(manager: EntityManager, memberId: string, to: string): Promise<CouncilMemberView> {
  return one<CouncilMemberView>(
    manager,
    sql`UPDATE council_members m SET to_date = ${to}::date, updated_at = now() WHERE m.id = ${memberId}::uuid RETURNING ${MEMBER_COLUMNS}`,
  );
}

/** The ids among these that name an existing user, and staff member. */
export async function knownPeople(
  manager: EntityManager,
  userIds: readonly string[],
  staffIds: readonly string[],
): Promise<{ users: Set<string>; staff: Set<string> }> {
  if (userIds.length === 0 && staffIds.length === 0) {
    return { users: new Set(), staff: new Set() };
  }
  const found = await rows<{ kind: 'user' | 'staff'; id: string }>(
    manager,
    sql`SELECT 'user' AS kind, id::text AS id FROM users WHERE id = ANY(${[...userIds]}::uuid[])
        UNION ALL
        SELECT 'staff' AS kind, id::text AS id FROM staff WHERE id = ANY(${[...staffIds]}::uuid[])`,
  );
  return {
    users: new Set(found.filter((f) => f.kind === 'user').map((f) => f.id)),
    staff: new Set(found.filter((f) => f.kind === 'staff').map((f) => f.id)),
  };
}

/** The latest session date (any state) of the council in which the member was counted, and the first one after `date`. */
export async function sessionsCounting(
  manager: EntityManager,
  councilId: string,
  memberId: string | null,
  after: string,
): Promise<{ countedAfter: string | null; heldAfter: string | null }> {
  return one<{ countedAfter: string | null; heldAfter: string | null }>(
    manager,
    sql`SELECT (SELECT to_char(min(s.held_on), 'YYYY-MM-DD') FROM council_sessions s JOIN council_session_members sm ON sm.session_id = s.id
                 WHERE sm.member_id = ${memberId}::uuid AND s.held_on > ${after}::date) AS "countedAfter",
               (SELECT to_char(max(s.held_on), 'YYYY-MM-DD') FROM council_sessions s
                 WHERE s.council_id = ${councilId}::uuid AND s.held_on >= ${after}::date) AS "heldAfter"`,
  );
}

/** A member whose period overlaps [from, to] and who is the same person (by user or staff record), if any. */
export async function overlappingSamePerson(
  manager: EntityManager,
  councilId: string,
  person: { userId: string | null; staffId: string | null; from: string },
): Promise<string | undefined> {
  const found = await row<{ name: string }>(
    manager,
    sql`SELECT m.name FROM council_members m
         WHERE m.council_id = ${councilId}::uuid
           AND ((${person.userId}::uuid IS NOT NULL AND m.user_id = ${person.userId}::uuid)
             OR (${person.staffId}::uuid IS NOT NULL AND m.staff_id = ${person.staffId}::uuid))
           AND (m.to_date IS NULL OR m.to_date >= ${person.from}::date)
         LIMIT 1`,
  );
  return found?.name;
}

/**
 * The members on a date, with who they are for the recusal: the account a member is linked to, or the
 * account of the staff record they are (`users.staff_id`), and the staff record likewise.
 */
export interface MemberOnDate {
  id: string;
  name: string;
  position: string;
  role: CouncilRole;
  userId: string | null;
  staffId: string | null;
}

export async function membersOn(manager: EntityManager, councilId: string, date: string): Promise<MemberOnDate[]> {
  return rows<MemberOnDate>(
    manager,
    sql`SELECT m.id, m.name, m.position, m.role,
               COALESCE(m.user_id, (SELECT su.id FROM users su WHERE m.staff_id IS NOT NULL AND su.staff_id = m.staff_id)) AS "userId",
               COALESCE(m.staff_id, (SELECT us.staff_id FROM users us WHERE us.id = m.user_id)) AS "staffId"
          FROM council_members m
         WHERE m.council_id = ${councilId}::uuid AND m.from_date <= ${date}::date AND (m.to_date IS NULL OR m.to_date >= ${date}::date)
         ORDER BY ${ROLE_ORDER}, m.from_date, m.name, m.id`,
  );
}

// ---- the nominations on an agenda ----------------------------------------------------------------

/** What the recusal and the agenda need of nominations beyond the public `NominationView`. */
export interface NominationContext {
  id: string;
  proposingUnitPath: string;
  /** The nominee's account, when a person who has one. */
  nomineeUserId: string | null;
}

export async function nominationContexts(manager: EntityManager, ids: readonly string[]): Promise<NominationContext[]> {
  // Read beside the nominations feature's public reader (nominationsByIds): the unit's path and the
  // nominee's account are not part of its view.
  return rows<NominationContext>(
    manager,
    sql`SELECT n.id, u.path AS "proposingUnitPath",
               (SELECT nu.id FROM users nu WHERE n.staff_id IS NOT NULL AND nu.staff_id = n.staff_id) AS "nomineeUserId"
          FROM nominations n JOIN units u ON u.id = n.proposed_by_unit_id
         WHERE n.id = ANY(${[...ids]}::uuid[])`,
  );
}

/** Those of these nominations withdrawn since they went on an agenda (a withdrawal is allowed from on_agenda). */
export async function withdrawnNominations(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const found = await rows<{ id: string }>(
    manager,
    sql`SELECT id FROM nominations WHERE id = ANY(${[...ids]}::uuid[]) AND state = 'withdrawn'`,
  );
  return new Set(found.map((each) => each.id));
}

/** Approved nominations proposed within the unit and its sub-units: what a session may put on its agenda (the page's list). */
export async function approvedNominationIdsUnder(manager: EntityManager, unitPath: string, limit: number): Promise<string[]> {
  const found = await rows<{ id: string }>(
    manager,
    sql`SELECT n.id FROM nominations n JOIN units u ON u.id = n.proposed_by_unit_id
         WHERE n.state = 'approved' AND u.path LIKE ${`${unitPath}%`}
         ORDER BY n.submitted_at, n.id
         LIMIT ${limit}::int`,
  );
  return found.map((f) => f.id);
}

// ---- sessions --------------------------------------------------------------------------------------

export interface SessionRow {
  id: string;
  councilId: string;
  councilName: string;
  councilSymbol: string;
  councilLocality: string | null;
  unitId: string;
  unitName: string;
  unitPath: string;
  parentUnitName: string | null;
  heldOn: string;
  place: string;
  state: SessionState;
  version: number;
  membersCount: number;
  presentCount: number;
  attendance: { quorum: AttendanceRuleView; awards: AttendanceRuleView };
  numberYear: number | null;
  minutesNumber: number | null;
  tallyNumber: number | null;
  closedAt: string | null;
  createdAt: string;
}

/** The session, with `FOR UPDATE` (closing), `FOR SHARE` (a ballot: ballots of one session go side by side, a close waits) or no lock. */
export async function sessionRow(
  manager: EntityManager,
  id: string,
  lock: 'update' | 'share' | null = null,
): Promise<SessionRow | undefined> {
  const found = await row<SessionRow>(
    manager,
    sql`SELECT s.id, s.council_id AS "councilId", c.name AS "councilName", c.symbol AS "councilSymbol", c.locality AS "councilLocality",
               c.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath",
               (SELECT p.name FROM units p WHERE p.id = u.parent_id) AS "parentUnitName",
               to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", s.place, s.state, s.version,
               s.members_count AS "membersCount", s.present_count AS "presentCount", s.attendance,
               s.number_year AS "numberYear", s.minutes_number AS "minutesNumber", s.tally_number AS "tallyNumber",
               s.closed_at AS "closedAt", s.created_at AS "createdAt"
          FROM council_sessions s JOIN councils c ON c.id = s.council_id JOIN units u ON u.id = c.unit_id
         WHERE s.id = ${id}::uuid
         ${lock === 'update' ? sql`FOR UPDATE OF s` : lock === 'share' ? sql`FOR SHARE OF s` : sql.empty}`,
  );
  return found && { ...found, closedAt: iso(found.closedAt), createdAt: iso(found.createdAt)! };
}

export async function sessionSummaries(manager: EntityManager, councilId: string): Promise<CouncilSessionSummary[]> {
  const found = await rows<
    Omit<CouncilSessionSummary, 'minutesNumber' | 'tallyNumber'> & { symbol: string; m: number | null; t: number | null }
  >(
    manager,
    sql`SELECT s.id, to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", s.place, s.state, s.members_count AS "membersCount",
               s.present_count AS "presentCount", (SELECT count(*)::int FROM council_ballots b WHERE b.session_id = s.id) AS ballots,
               c.symbol, s.minutes_number AS m, s.tally_number AS t
          FROM council_sessions s JOIN councils c ON c.id = s.council_id
         WHERE s.council_id = ${councilId}::uuid
         ORDER BY s.held_on DESC, s.created_at DESC, s.id
         LIMIT 200`,
  );
  return found.map(({ symbol, m, t, ...summary }) => ({
    ...summary,
    minutesNumber: m === null ? null : councilNumber(m, symbol),
    tallyNumber: t === null ? null : councilNumber(t, symbol),
  }));
}

export async function insertSession(
  manager: EntityManager,
  session: {
    councilId: string;
    heldOn: string;
    place: string;
    membersCount: number;
    presentCount: number;
    attendance: object;
    createdBy: string;
  },
): Promise<string> {
  const created = await one<{ id: string }>(
    manager,
    sql`INSERT INTO council_sessions (council_id, held_on, place, members_count, present_count, attendance, created_by)
        VALUES (${session.councilId}::uuid, ${session.heldOn}::date, ${session.place}, ${session.membersCount}::int,
                ${session.presentCount}::int, ${JSON.stringify(session.attendance)}::jsonb, ${session.createdBy}::uuid)
        RETURNING id`,
  );
  return created.id;
}

export async function insertSessionMembers(
  manager: EntityManager,
  sessionId: string,
  members: ReadonlyArray<MemberOnDate & { present: boolean }>,
): Promise<void> {
  await execute(
    manager,
    sql`INSERT INTO council_session_members (session_id, member_id, name, position, role, present, ordinal)
        SELECT ${sessionId}::uuid, v.member_id, v.name, v.position, v.role, v.present, v.n
          FROM unnest(${members.map((m) => m.id)}::uuid[], ${members.map((m) => m.name)}::text[], ${members.map((m) => m.position)}::text[],
                      ${members.map((m) => m.role)}::text[], ${members.map((m) => m.present)}::boolean[])
               WITH ORDINALITY AS v(member_id, name, position, role, present, n)`,
  );
}

export async function sessionMembers(manager: EntityManager, sessionId: string): Promise<SessionMemberView[]> {
  return rows<SessionMemberView>(
    manager,
    sql`SELECT member_id AS "memberId", name, position, role, present FROM council_session_members
         WHERE session_id = ${sessionId}::uuid ORDER BY ordinal`,
  );
}

export interface NewBallot {
  nominationId: string;
  awardType: string;
  subjectName: string;
  unitName: string;
  recused: RecusedMemberView[];
}

export async function insertBallots(manager: EntityManager, sessionId: string, ballots: readonly NewBallot[]): Promise<void> {
  if (ballots.length === 0) {
    return;
  }
  await execute(
    manager,
    sql`INSERT INTO council_ballots (session_id, nomination_id, ordinal, award_type, subject_name, unit_name, recused, recused_count, recused_present)
        SELECT ${sessionId}::uuid, v.nomination_id, v.n, v.award_type, v.subject_name, v.unit_name, v.recused,
               jsonb_array_length(v.recused), (SELECT count(*)::int FROM jsonb_array_elements(v.recused) r WHERE (r ->> 'present')::boolean)
          FROM unnest(${ballots.map((b) => b.nominationId)}::uuid[], ${ballots.map((b) => b.awardType)}::text[],
                      ${ballots.map((b) => b.subjectName)}::text[], ${ballots.map((b) => b.unitName)}::text[],
                      ${ballots.map((b) => JSON.stringify(b.recused))}::jsonb[])
               WITH ORDINALITY AS v(nomination_id, award_type, subject_name, unit_name, recused, n)`,
  );
}

export interface BallotRow {
  nominationId: string;
  ordinal: number;
  awardType: string;
  awardName: string;
  subjectName: string;
  unitName: string;
  recused: RecusedMemberView[];
  recusedCount: number;
  recusedPresent: number;
  for: number | null;
  against: number | null;
  abstain: number | null;
  writtenFor: number | null;
  writtenAgainst: number | null;
  version: number;
  result: BallotResult | null;
  threshold: BallotThresholdView | null;
  required: number | null;
}

const BALLOT_COLUMNS = sql`b.nomination_id AS "nominationId", b.ordinal, b.award_type AS "awardType", a.name AS "awardName",
  b.subject_name AS "subjectName", b.unit_name AS "unitName", b.recused, b.recused_count AS "recusedCount",
  b.recused_present AS "recusedPresent", b.votes_for AS "for", b.votes_against AS against, b.abstain,
  b.written_for AS "writtenFor", b.written_against AS "writtenAgainst", b.version, b.result, b.threshold, b.required`;

/** Every ballot of the session in agenda order, locked `FOR UPDATE OF b` when asked (closing). */
export async function sessionBallots(manager: EntityManager, sessionId: string, lock = false): Promise<BallotRow[]> {
  return rows<BallotRow>(
    manager,
    sql`SELECT ${BALLOT_COLUMNS} FROM council_ballots b JOIN award_types a ON a.code = b.award_type
         WHERE b.session_id = ${sessionId}::uuid ORDER BY b.ordinal
         ${lock ? sql`FOR UPDATE OF b` : sql.empty}`,
  );
}

export async function lockBallot(manager: EntityManager, sessionId: string, nominationId: string): Promise<BallotRow | undefined> {
  return row<BallotRow>(
    manager,
    sql`SELECT ${BALLOT_COLUMNS} FROM council_ballots b JOIN award_types a ON a.code = b.award_type
         WHERE b.session_id = ${sessionId}::uuid AND b.nomination_id = ${nominationId}::uuid
           FOR UPDATE OF b`,
  );
}

export interface BallotCounts {
  for: number;
  against: number;
  abstain: number;
  writtenFor: number;
  writtenAgainst: number;
}

export async function recordBallot(
  manager: EntityManager,
  sessionId: string,
  nominationId: string,
  counts: BallotCounts,
  actorId: string,
): Promise<number> {
  const updated = await one<{ version: number }>(
    manager,
    sql`UPDATE council_ballots
           SET votes_for = ${counts.for}::int, votes_against = ${counts.against}::int, abstain = ${counts.abstain}::int,
               written_for = ${counts.writtenFor}::int, written_against = ${counts.writtenAgainst}::int,
               version = version + 1, recorded_at = now(), recorded_by = ${actorId}::uuid
         WHERE session_id = ${sessionId}::uuid AND nomination_id = ${nominationId}::uuid
     RETURNING version`,
  );
  return updated.version;
}

/** Every ballot's result, threshold and required count, one statement for the whole agenda. */
export async function writeResults(
  manager: EntityManager,
  sessionId: string,
  results: ReadonlyArray<{ nominationId: string; result: BallotResult; threshold: BallotThresholdView; required: number }>,
): Promise<void> {
  if (results.length === 0) {
    return;
  }
  await execute(
    manager,
    sql`UPDATE council_ballots b
           SET result = v.result, threshold = v.threshold, required = v.required, version = b.version + 1
          FROM unnest(${results.map((r) => r.nominationId)}::uuid[], ${results.map((r) => r.result)}::text[],
                      ${results.map((r) => JSON.stringify(r.threshold))}::jsonb[], ${results.map((r) => r.required)}::int[])
               AS v(nomination_id, result, threshold, required)
         WHERE b.session_id = ${sessionId}::uuid AND b.nomination_id = v.nomination_id`,
  );
}

/**
 * The next two numbers of the council's series for the year (the minutes, then the tally), under the
 * counter row's lock until the transaction ends: concurrent closings queue, a rolled-back one gives its
 * numbers back (no gap). Starts after the highest number of the register, so a counter lost or
 * reset never hands out a number given before; the register's key refuses it anyway.
 */
export async function nextNumbers(manager: EntityManager, councilId: string, year: number): Promise<{ minutes: number; tally: number }> {
  const used = sql`(SELECT max(number) FROM council_document_numbers WHERE council_id = ${councilId}::uuid AND year = ${year}::int)`;
  const counter = await one<{ last_number: number }>(
    manager,
    sql`INSERT INTO council_document_counters AS c (council_id, year, last_number)
        VALUES (${councilId}::uuid, ${year}::int, COALESCE(${used}, 0) + 2)
        ON CONFLICT (council_id, year) DO UPDATE SET last_number = GREATEST(c.last_number, COALESCE(${used}, 0)) + 2
        RETURNING last_number`,
  );
  return { minutes: counter.last_number - 1, tally: counter.last_number };
}

export async function registerNumbers(
  manager: EntityManager,
  councilId: string,
  year: number,
  sessionId: string,
  numbers: { minutes: number; tally: number },
): Promise<void> {
  await execute(
    manager,
    sql`INSERT INTO council_document_numbers (council_id, year, number, kind, session_id)
        VALUES (${councilId}::uuid, ${year}::int, ${numbers.minutes}::int, 'minutes', ${sessionId}::uuid),
               (${councilId}::uuid, ${year}::int, ${numbers.tally}::int, 'tally', ${sessionId}::uuid)`,
  );
}

export async function closeSessionRow(
  manager: EntityManager,
  sessionId: string,
  closing: { year: number; minutes: number; tally: number; actorId: string },
): Promise<void> {
  await execute(
    manager,
    sql`UPDATE council_sessions
           SET state = 'closed', number_year = ${closing.year}::int, minutes_number = ${closing.minutes}::int,
               tally_number = ${closing.tally}::int, closed_at = now(), closed_by = ${closing.actorId}::uuid,
               version = version + 1, updated_at = now()
         WHERE id = ${sessionId}::uuid`,
  );
}
