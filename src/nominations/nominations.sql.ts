import type { EntityManager } from 'typeorm';
import { execute, rows, type Sql, sql } from '../database/sql.js';
import type { NominationAction, NominationState } from '../law/index.js';
import type { NominationTransitionLogEntry, NominationView } from './nomination.types.js';

/** The columns of a `NominationView`, from `nominations n` joined to the nominee and the proposing unit. */
export const VIEW_COLUMNS = sql`
  n.id, n.campaign_id AS "campaignId", n.year::int AS year, n.award_type AS "awardType",
  n.staff_id AS "staffId", n.unit_id AS "unitId", COALESCE(s.full_name, su.name) AS "subjectName",
  n.proposed_by_unit_id AS "proposedByUnitId", pu.name AS "proposedByUnitName",
  n.achievements, n.state, n.version, n.proposed_by AS "proposedBy", n.submitted_by AS "submittedBy",
  n.submitted_at AS "submittedAt", n.last_reason AS "lastReason",
  (SELECT count(*)::int FROM nomination_holds h WHERE h.nomination_id = n.id AND h.released_at IS NULL) AS "openHolds",
  n.created_at AS "createdAt", n.updated_at AS "updatedAt"`;

export const VIEW_FROM = sql`
  nominations n
  JOIN units pu ON pu.id = n.proposed_by_unit_id
  LEFT JOIN staff s ON s.id = n.staff_id
  LEFT JOIN units su ON su.id = n.unit_id`;

/** Timestamps come back as Date objects from node-postgres and as strings from nowhere else: say ISO. */
const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

export const toView = (row: NominationView): NominationView => ({
  ...row,
  submittedAt: iso(row.submittedAt),
  createdAt: iso(row.createdAt)!,
  updatedAt: iso(row.updatedAt)!,
});

/**
 * The nominations with these ids, in one query, in no particular order (ids that name none are
 * simply absent). No scope check: the caller decides who may read them.
 */
export async function nominationsByIds(manager: EntityManager, ids: readonly string[]): Promise<NominationView[]> {
  if (ids.length === 0) {
    return [];
  }
  const found = await rows<NominationView>(manager, sql`SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE n.id = ANY(${ids}::uuid[])`);
  return found.map(toView);
}

/** What the transition service reads of each nomination, under a row lock. */
export interface LockedNomination {
  id: string;
  state: NominationState;
  version: number;
  awardType: string;
  year: number;
  staffId: string | null;
  unitId: string | null;
  proposedByUnitId: string;
  proposedBy: string;
  submittedBy: string | null;
  /** The account of the nominee, when a person who has one. */
  nomineeUserId: string | null;
  proposingUnitPath: string;
  proposingUnitName: string;
  subjectName: string;
  /** The kinds of the unreleased holds, comma-separated; null when none. */
  holdKinds: string | null;
}

/**
 * Locks the nominations, in id order (two requests naming the same rows never deadlock), and reads
 * what the rules need. `FOR UPDATE OF n`: only the nominations are locked, not the units or users.
 */
export async function lockNominations(manager: EntityManager, ids: readonly string[]): Promise<LockedNomination[]> {
  return rows<LockedNomination>(
    manager,
    sql`SELECT n.id, n.state, n.version, n.award_type AS "awardType", n.year::int AS year, n.staff_id AS "staffId", n.unit_id AS "unitId",
               n.proposed_by_unit_id AS "proposedByUnitId",
               n.proposed_by AS "proposedBy", n.submitted_by AS "submittedBy",
               (SELECT nu.id FROM users nu WHERE n.staff_id IS NOT NULL AND nu.staff_id = n.staff_id) AS "nomineeUserId",
               pu.path AS "proposingUnitPath", pu.name AS "proposingUnitName",
               COALESCE((SELECT full_name FROM staff WHERE id = n.staff_id), (SELECT name FROM units WHERE id = n.unit_id)) AS "subjectName",
               (SELECT string_agg(DISTINCT h.kind, ', ') FROM nomination_holds h
                 WHERE h.nomination_id = n.id AND h.released_at IS NULL) AS "holdKinds"
          FROM nominations n JOIN units pu ON pu.id = n.proposed_by_unit_id
         WHERE n.id = ANY(${ids}::uuid[])
         ORDER BY n.id
           FOR UPDATE OF n`,
  );
}

/** One row of a transition, as the UPDATE and the INSERT of the log take them (arrays, one query each). */
export interface TransitionRow {
  id: string;
  from: NominationState;
  to: NominationState;
}

/**
 * Moves the nominations and appends their log lines, two statements for any number of rows. The
 * submission records who submitted and when (the four-eyes rule reads it at review).
 */
export async function writeTransitions(
  manager: EntityManager,
  actor: { id: string; name: string },
  action: NominationAction,
  reason: string | null,
  moves: readonly TransitionRow[],
  snapshots: ReadonlyMap<string, object> = new Map(),
): Promise<Array<{ id: string; version: number }>> {
  const ids = moves.map((move) => move.id);
  const targets = moves.map((move) => move.to);
  const snapshotTexts = moves.map((move) => (snapshots.has(move.id) ? JSON.stringify(snapshots.get(move.id)) : null));
  const updated = await rows<{ id: string; version: number }>(
    manager,
    sql`UPDATE nominations n
           SET state = v.to_state, version = n.version + 1, last_reason = ${reason}::text, updated_at = now(),
               submitted_by = CASE WHEN ${action}::text = 'submit' THEN ${actor.id}::uuid ELSE n.submitted_by END,
               submitted_at = CASE WHEN ${action}::text = 'submit' THEN now() ELSE n.submitted_at END,
               -- The result at submit, what the council reads; a resubmission replaces it.
               eligibility_snapshot = CASE WHEN ${action}::text = 'submit' THEN v.snapshot::jsonb ELSE n.eligibility_snapshot END
          FROM unnest(${ids}::uuid[], ${targets}::text[], ${snapshotTexts}::text[]) AS v(id, to_state, snapshot)
         WHERE n.id = v.id
     RETURNING n.id, n.version`,
  );
  const versions = new Map(updated.map((row) => [row.id, row.version]));
  const fromStates = moves.map((move) => move.from);
  const newVersions = moves.map((move) => versions.get(move.id)!);
  await execute(
    manager,
    sql`INSERT INTO nomination_transitions (nomination_id, action, from_state, to_state, reason, actor_id, actor_name, version)
        SELECT v.id, ${action}, v.from_state, v.to_state, ${reason}::text, ${actor.id}::uuid, ${actor.name}, v.version
          FROM unnest(${ids}::uuid[], ${fromStates}::text[], ${targets}::text[], ${newVersions}::int[]) AS v(id, from_state, to_state, version)
         ORDER BY v.id`,
  );
  return ids.map((id) => ({ id, version: versions.get(id)! }));
}

/** A nomination's log, oldest first. */
export async function transitionLog(manager: EntityManager, id: string): Promise<NominationTransitionLogEntry[]> {
  const found = await rows<NominationTransitionLogEntry>(
    manager,
    sql`SELECT action, from_state AS "from", to_state AS "to", reason, actor_id AS "actorId", actor_name AS "actorName",
               at, version
          FROM nomination_transitions WHERE nomination_id = ${id}::uuid ORDER BY id`,
  );
  return found.map((entry) => ({ ...entry, at: iso(entry.at)! }));
}

/** A subject of a nomination as the screening reads it: `ref` names it in the answer (an id, or a position). */
export interface ScreenedSubject {
  ref: string;
  awardType: string;
  year: number;
  staffId: string | null;
  unitId: string | null;
}

/** Another nomination of the same subject, award and year. */
export interface ScreeningConflict {
  ref: string;
  otherId: string;
  otherState: NominationState;
  otherUnit: string;
  subject: string;
}

/** The subjects as arrays for unnest (one statement for any number). */
const subjectArrays = (subjects: readonly ScreenedSubject[]): Sql => sql`unnest(
    ${subjects.map((subject) => subject.ref)}::text[], ${subjects.map((subject) => subject.awardType)}::text[],
    ${subjects.map((subject) => subject.year)}::int[], ${subjects.map((subject) => subject.staffId)}::uuid[],
    ${subjects.map((subject) => subject.unitId)}::uuid[]) AS m(ref, award_type, year, staff_id, unit_id)`;

/**
 * The nominations in `states` of the same subject, award and year as each given subject, other than
 * the nominations `exclude` names (those of the request itself). Two joins, one per kind of subject,
 * each on an index ((award_type, staff_id, year) for the screened states).
 */
export async function screeningConflicts(
  manager: EntityManager,
  subjects: readonly ScreenedSubject[],
  states: readonly NominationState[],
  exclude: readonly string[],
): Promise<ScreeningConflict[]> {
  if (subjects.length === 0) {
    return [];
  }
  const others = (column: 'staff_id' | 'unit_id'): Sql => {
    const own = sql.identifier('o', column);
    return sql`SELECT m.ref, o.id AS "otherId", o.state AS "otherState", pu.name AS "otherUnit",
                      COALESCE(s.full_name, su.name) AS subject
                 FROM ${subjectArrays(subjects)}
                 JOIN nominations o ON o.award_type = m.award_type AND o.year = m.year AND ${own} = ${sql.identifier('m', column)}
                  AND ${own} IS NOT NULL AND o.state = ANY(${states}::text[]) AND NOT (o.id = ANY(${exclude}::uuid[]))
                 JOIN units pu ON pu.id = o.proposed_by_unit_id
                 LEFT JOIN staff s ON s.id = o.staff_id
                 LEFT JOIN units su ON su.id = o.unit_id`;
  };
  return rows<ScreeningConflict>(manager, sql`${others('staff_id')} UNION ALL ${others('unit_id')} ORDER BY 1, 2`);
}

/** The given subjects that already hold the award for the year (regular, neither revoked nor removed). */
export async function alreadyAwardedSubjects(
  manager: EntityManager,
  subjects: readonly ScreenedSubject[],
): Promise<Array<{ ref: string; name: string }>> {
  if (subjects.length === 0) {
    return [];
  }
  return rows<{ ref: string; name: string }>(
    manager,
    sql`SELECT DISTINCT m.ref, COALESCE(s.full_name, u.name) AS name
          FROM ${subjectArrays(subjects)}
          JOIN award_records ar ON ar.award_type_code = m.award_type AND ar.year = m.year
           AND ((m.staff_id IS NOT NULL AND ar.staff_id = m.staff_id) OR (m.unit_id IS NOT NULL AND ar.unit_id = m.unit_id))
           AND ar.revoked_at IS NULL AND ar.deleted_at IS NULL AND ar.basis = 'regular'
          LEFT JOIN staff s ON s.id = ar.staff_id
          LEFT JOIN units u ON u.id = ar.unit_id
         ORDER BY 1`,
  );
}

/** One group a quota is counted for: an award of a year in a proposing unit. */
export interface QuotaGroup {
  awardType: string;
  year: number;
  unitId: string;
}

export interface QuotaCount extends QuotaGroup {
  unitName: string;
  /** Staff of the unit and its sub-units in service during the year. */
  staffCount: number;
  /** Nominations of the group in the given states, the excluded ones apart. */
  counted: number;
}

/** For each group: the unit's staff and the nominations holding a place, in one statement. */
export async function quotaCounts(
  manager: EntityManager,
  groups: readonly QuotaGroup[],
  states: readonly NominationState[],
  exclude: readonly string[],
): Promise<QuotaCount[]> {
  if (groups.length === 0) {
    return [];
  }
  return rows<QuotaCount>(
    manager,
    sql`SELECT g.award_type AS "awardType", g.year, g.unit_id AS "unitId", u.name AS "unitName",
               (SELECT count(*)::int FROM staff s JOIN units su ON su.id = s.unit_id
                 WHERE su.path LIKE u.path || '%' AND s.merged_into IS NULL
                   AND (s.status = 'active' OR s.left_on >= make_date(g.year, 1, 1))
                   AND (s.started_on IS NULL OR s.started_on <= make_date(g.year, 12, 31))) AS "staffCount",
               (SELECT count(*)::int FROM nominations n
                 WHERE n.proposed_by_unit_id = g.unit_id AND n.award_type = g.award_type AND n.year = g.year
                   AND n.state = ANY(${states}::text[]) AND NOT (n.id = ANY(${exclude}::uuid[]))) AS counted
          FROM unnest(${groups.map((group) => group.awardType)}::text[], ${groups.map((group) => group.year)}::int[],
                      ${groups.map((group) => group.unitId)}::uuid[]) AS g(award_type, year, unit_id)
          JOIN units u ON u.id = g.unit_id
         ORDER BY 1, 2, 3`,
  );
}
