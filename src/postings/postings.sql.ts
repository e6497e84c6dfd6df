import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql } from '../database/sql.js';
import type { NominationState } from '../law/index.js';
import type { NominationPostingView, ObjectionView, PostingLineView, PostingSummaryView } from './posting.types.js';

/** Timestamps come back as Date objects from node-postgres: say ISO. */
const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

export const POSTING_HOLD = 'posting';
export const OBJECTION_HOLD = 'objection';

/** A posting's own row, as read for its page and under a lock by the job that ends it. */
export interface PostingRow {
  id: string;
  startsOn: string;
  endsOn: string;
  workingDays: number;
  minimumWorkingDays: number;
  minimumSource: string;
  minimumVerified: boolean;
  minimumStateLevel: boolean;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  holdsReleasedAt: string | null;
}

const POSTING_COLUMNS = sql`p.id, to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
  p.working_days::int AS "workingDays", p.minimum_working_days::int AS "minimumWorkingDays", p.minimum_source AS "minimumSource",
  p.minimum_verified AS "minimumVerified", p.minimum_state_level AS "minimumStateLevel", p.created_by AS "createdBy",
  p.created_by_name AS "createdByName", p.created_at AS "createdAt", p.holds_released_at AS "holdsReleasedAt"`;

const toPostingRow = (found: PostingRow): PostingRow => ({
  ...found,
  createdAt: iso(found.createdAt)!,
  holdsReleasedAt: iso(found.holdsReleasedAt),
});

export interface NewPosting {
  startsOn: string;
  endsOn: string;
  workingDays: number;
  minimum: { workingDays: number; source: string; verified: boolean; stateLevel: boolean };
  actor: { id: string; name: string };
}

/**
 * The posting, its list as posted and one hold per nomination, in three statements whatever the
 * number of nominations. The list copies each nomination's name, position, unit, award and
 * achievements as they are now; it is ordered by award, then the Vietnamese name order.
 */
export async function insertPosting(
  manager: EntityManager,
  posting: NewPosting,
  nominationIds: readonly string[],
  holdReason: string,
): Promise<string> {
  const { id } = await one<{ id: string }>(
    manager,
    sql`INSERT INTO postings (starts_on, ends_on, working_days, minimum_working_days, minimum_source, minimum_verified,
                              minimum_state_level, created_by, created_by_name)
        VALUES (${posting.startsOn}::date, ${posting.endsOn}::date, ${posting.workingDays}::int, ${posting.minimum.workingDays}::int,
                ${posting.minimum.source}, ${posting.minimum.verified}::boolean, ${posting.minimum.stateLevel}::boolean,
                ${posting.actor.id}::uuid, ${posting.actor.name})
        RETURNING id`,
  );
  await execute(
    manager,
    sql`INSERT INTO posting_nominations (posting_id, nomination_id, ordinal, subject_name, subject_position, unit_name,
                                         award_type, award_name, achievements)
        SELECT ${id}::uuid, n.id,
               row_number() OVER (ORDER BY a.name, s.sort_key NULLS LAST, COALESCE(s.full_name, su.name), n.id),
               COALESCE(s.full_name, su.name), s.position, COALESCE(sun.name, sup.name, su.name), n.award_type, a.name, n.achievements
          FROM nominations n
          JOIN award_types a ON a.code = n.award_type
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units sun ON sun.id = s.unit_id
          LEFT JOIN units su ON su.id = n.unit_id
          LEFT JOIN units sup ON sup.id = su.parent_id
         WHERE n.id = ANY(${nominationIds}::uuid[])`,
  );
  await execute(
    manager,
    sql`INSERT INTO nomination_holds (nomination_id, kind, ref_id, reason, created_by)
        SELECT v.id, ${POSTING_HOLD}, ${id}::uuid, ${holdReason}, ${posting.actor.id}::uuid
          FROM unnest(${nominationIds}::uuid[]) AS v(id)`,
  );
  return id;
}

/** The posting, or undefined; `lock`: FOR UPDATE (the job that ends it). */
export async function postingRow(manager: EntityManager, id: string, lock = false): Promise<PostingRow | undefined> {
  const found = await row<PostingRow>(
    manager,
    sql`SELECT ${POSTING_COLUMNS} FROM postings p WHERE p.id = ${id}::uuid ${lock ? sql`FOR UPDATE` : sql.empty}`,
  );
  return found === undefined ? undefined : toPostingRow(found);
}

/** A line with the proposing unit's path, which decides who may read the posting. */
export type LineRow = PostingLineView & { proposingUnitPath: string };

/** The posting's list in its order, with each nomination's state now and its unresolved objections. */
export async function postingLines(manager: EntityManager, postingId: string): Promise<LineRow[]> {
  return rows<LineRow>(
    manager,
    sql`SELECT pn.nomination_id AS "nominationId", pn.subject_name AS "subjectName", pn.subject_position AS position,
               pn.unit_name AS "unitName", pn.award_type AS "awardType", pn.award_name AS "awardName", pn.achievements,
               n.state, pu.path AS "proposingUnitPath",
               (SELECT count(*)::int FROM posting_objections o
                 WHERE o.posting_id = pn.posting_id AND o.nomination_id = pn.nomination_id AND o.resolved_at IS NULL) AS "openObjections"
          FROM posting_nominations pn
          JOIN nominations n ON n.id = pn.nomination_id
          JOIN units pu ON pu.id = n.proposed_by_unit_id
         WHERE pn.posting_id = ${postingId}::uuid
         ORDER BY pn.ordinal`,
  );
}

const OBJECTION_COLUMNS = sql`o.id, o.posting_id AS "postingId", o.nomination_id AS "nominationId", pn.subject_name AS "subjectName",
  o.text, o.objector_id AS "objectorId", o.objector_name AS "objectorName", o.created_at AS "createdAt",
  o.resolved_at AS "resolvedAt", o.resolver_name AS "resolverName", o.resolution, o.upheld`;

const toObjection = (found: ObjectionView): ObjectionView => ({
  ...found,
  createdAt: iso(found.createdAt)!,
  resolvedAt: iso(found.resolvedAt),
});

/** The posting's objections, oldest first; `objectorId` given: only that person's. */
export async function postingObjections(manager: EntityManager, postingId: string, objectorId: string | null): Promise<ObjectionView[]> {
  const found = await rows<ObjectionView>(
    manager,
    sql`SELECT ${OBJECTION_COLUMNS}
          FROM posting_objections o
          JOIN posting_nominations pn ON pn.posting_id = o.posting_id AND pn.nomination_id = o.nomination_id
         WHERE o.posting_id = ${postingId}::uuid AND (${objectorId}::uuid IS NULL OR o.objector_id = ${objectorId}::uuid)
         ORDER BY o.created_at, o.id`,
  );
  return found.map(toObjection);
}

/** One objection of the posting (undefined when it names none), locked for its resolution when asked. */
export async function objectionOf(manager: EntityManager, postingId: string, id: string, lock = false): Promise<ObjectionView | undefined> {
  const found = await row<ObjectionView>(
    manager,
    sql`SELECT ${OBJECTION_COLUMNS}
          FROM posting_objections o
          JOIN posting_nominations pn ON pn.posting_id = o.posting_id AND pn.nomination_id = o.nomination_id
         WHERE o.posting_id = ${postingId}::uuid AND o.id = ${id}::uuid
         ${lock ? sql`FOR UPDATE OF o` : sql.empty}`,
  );
  return found === undefined ? undefined : toObjection(found);
}

/** What the objection and its resolution need of the nomination, under its row lock (holds are added and released under it). */
export interface LockedLine {
  state: NominationState;
  staffId: string | null;
  nomineeUserId: string | null;
  proposedBy: string;
  submittedBy: string | null;
  proposingUnitPath: string;
}

export async function lockLineNomination(manager: EntityManager, postingId: string, nominationId: string): Promise<LockedLine | undefined> {
  return row<LockedLine>(
    manager,
    sql`SELECT n.state, n.staff_id AS "staffId", n.proposed_by AS "proposedBy", n.submitted_by AS "submittedBy",
               (SELECT nu.id FROM users nu WHERE n.staff_id IS NOT NULL AND nu.staff_id = n.staff_id) AS "nomineeUserId",
               pu.path AS "proposingUnitPath"
          FROM posting_nominations pn
          JOIN nominations n ON n.id = pn.nomination_id
          JOIN units pu ON pu.id = n.proposed_by_unit_id
         WHERE pn.posting_id = ${postingId}::uuid AND pn.nomination_id = ${nominationId}::uuid
           FOR UPDATE OF n`,
  );
}

/** The objection and the hold it puts on the nomination. */
export async function insertObjection(
  manager: EntityManager,
  objection: { postingId: string; nominationId: string; text: string; actor: { id: string; name: string } },
): Promise<string> {
  const { id } = await one<{ id: string }>(
    manager,
    sql`INSERT INTO posting_objections (posting_id, nomination_id, text, objector_id, objector_name)
        VALUES (${objection.postingId}::uuid, ${objection.nominationId}::uuid, ${objection.text}, ${objection.actor.id}::uuid, ${objection.actor.name})
        RETURNING id`,
  );
  await execute(
    manager,
    sql`INSERT INTO nomination_holds (nomination_id, kind, ref_id, reason, created_by)
        VALUES (${objection.nominationId}::uuid, ${OBJECTION_HOLD}, ${id}::uuid, ${objection.text}, ${objection.actor.id}::uuid)`,
  );
  return id;
}

/** Records the resolution; not upheld, the objection's hold is released. Answers whether a hold was released. */
export async function resolveObjection(
  manager: EntityManager,
  id: string,
  resolution: { text: string; upheld: boolean; actor: { id: string; name: string } },
): Promise<boolean> {
  await execute(
    manager,
    sql`UPDATE posting_objections
           SET resolved_at = now(), resolved_by = ${resolution.actor.id}::uuid, resolver_name = ${resolution.actor.name},
               resolution = ${resolution.text}, upheld = ${resolution.upheld}::boolean
         WHERE id = ${id}::uuid AND resolved_at IS NULL`,
  );
  if (resolution.upheld) {
    return false;
  }
  const released = await rows<{ id: string }>(
    manager,
    sql`UPDATE nomination_holds SET released_at = now(), released_by = ${resolution.actor.id}::uuid
         WHERE kind = ${OBJECTION_HOLD} AND ref_id = ${id}::uuid AND released_at IS NULL
     RETURNING id`,
  );
  return released.length > 0;
}

/** Releases the posting's holds (its period has passed) and marks it so: the nominations it released. */
export async function releasePostingHolds(manager: EntityManager, postingId: string): Promise<string[]> {
  const released = await rows<{ nominationId: string }>(
    manager,
    sql`UPDATE nomination_holds SET released_at = now()
         WHERE kind = ${POSTING_HOLD} AND ref_id = ${postingId}::uuid AND released_at IS NULL
     RETURNING nomination_id AS "nominationId"`,
  );
  await execute(manager, sql`UPDATE postings SET holds_released_at = now() WHERE id = ${postingId}::uuid`);
  return released.map((each) => each.nominationId).sort();
}

export interface PostingListFilter {
  /** `units.path LIKE ANY(…)` of the reader; null: every unit. */
  scopePatterns: string[] | null;
  unitId: string | null;
  open: boolean | null;
  today: string;
  limit: number;
  offset: number;
}

/** The postings with a nomination of the reader's units (and of the unit asked for), newest first, one page and the total. */
export async function listPostings(
  manager: EntityManager,
  filter: PostingListFilter,
): Promise<{ items: PostingSummaryView[]; total: number }> {
  const where = sql`
    (${filter.open}::boolean IS NULL OR (${filter.open}::boolean = (p.ends_on >= ${filter.today}::date)))
    AND EXISTS (
      SELECT 1 FROM posting_nominations pn
        JOIN nominations n ON n.id = pn.nomination_id
        JOIN units u ON u.id = n.proposed_by_unit_id
       WHERE pn.posting_id = p.id
         AND (${filter.scopePatterns}::text[] IS NULL OR u.path LIKE ANY(${filter.scopePatterns}::text[]))
         AND (${filter.unitId}::uuid IS NULL
              OR u.path LIKE (SELECT f.path FROM units f WHERE f.id = ${filter.unitId}::uuid) || '%'))`;
  const items = await rows<PostingSummaryView>(
    manager,
    sql`SELECT p.id, to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn",
               p.working_days::int AS "workingDays", p.ends_on >= ${filter.today}::date AS open,
               (SELECT count(*)::int FROM posting_nominations c WHERE c.posting_id = p.id) AS nominations,
               (SELECT count(*)::int FROM posting_objections o WHERE o.posting_id = p.id AND o.resolved_at IS NULL) AS "openObjections",
               p.created_by_name AS "createdByName", p.created_at AS "createdAt"
          FROM postings p
         WHERE ${where}
         ORDER BY p.created_at DESC, p.id DESC
         LIMIT ${filter.limit}::int OFFSET ${filter.offset}::int`,
  );
  // A short first page is the whole list: no need to count it again.
  const total =
    filter.offset === 0 && items.length < filter.limit
      ? items.length
      : (await one<{ total: number }>(manager, sql`SELECT count(*)::int AS total FROM postings p WHERE ${where}`)).total;
  return { items: items.map((item) => ({ ...item, createdAt: iso(item.createdAt)! })), total };
}

/** A passed nomination a secretary may post, for the form. */
export interface PostableNomination {
  id: string;
  subjectName: string;
  unitName: string;
  awardType: string;
  awardName: string;
  year: number;
}

/** The passed nominations proposed within the reader's units, by award and name (at most `limit`). */
export async function postableNominations(
  manager: EntityManager,
  scopePatterns: string[] | null,
  limit: number,
): Promise<PostableNomination[]> {
  return rows<PostableNomination>(
    manager,
    sql`SELECT n.id, COALESCE(s.full_name, su.name) AS "subjectName", COALESCE(sun.name, su.name) AS "unitName",
               n.award_type AS "awardType", a.name AS "awardName", n.year::int AS year
          FROM nominations n
          JOIN units pu ON pu.id = n.proposed_by_unit_id
          JOIN award_types a ON a.code = n.award_type
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units sun ON sun.id = s.unit_id
          LEFT JOIN units su ON su.id = n.unit_id
         WHERE n.state = 'passed'
           AND (${scopePatterns}::text[] IS NULL OR pu.path LIKE ANY(${scopePatterns}::text[]))
         ORDER BY n.year DESC, a.name, s.sort_key NULLS LAST, COALESCE(s.full_name, su.name), n.id
         LIMIT ${limit}::int`,
  );
}

/** Where each of these nominations was posted (none: not posted), in one query. */
export async function postingsOfNominations(manager: EntityManager, nominationIds: readonly string[]): Promise<NominationPostingView[]> {
  if (nominationIds.length === 0) {
    return [];
  }
  return rows<NominationPostingView>(
    manager,
    sql`SELECT pn.nomination_id AS "nominationId", p.id AS "postingId", to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
               to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn", p.holds_released_at IS NOT NULL AS ended
          FROM posting_nominations pn JOIN postings p ON p.id = pn.posting_id
         WHERE pn.nomination_id = ANY(${nominationIds}::uuid[])`,
  );
}
