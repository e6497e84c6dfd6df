import type { EntityManager } from 'typeorm';
import { execute, rows, sql } from '../database/sql.js';
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
  staffId: string | null;
  unitId: string | null;
  proposedBy: string;
  submittedBy: string | null;
  /** The account of the nominee, when a person who has one. */
  nomineeUserId: string | null;
  proposingUnitPath: string;
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
    sql`SELECT n.id, n.state, n.version, n.award_type AS "awardType", n.staff_id AS "staffId", n.unit_id AS "unitId",
               n.proposed_by AS "proposedBy", n.submitted_by AS "submittedBy",
               (SELECT nu.id FROM users nu WHERE n.staff_id IS NOT NULL AND nu.staff_id = n.staff_id) AS "nomineeUserId",
               pu.path AS "proposingUnitPath",
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
): Promise<Array<{ id: string; version: number }>> {
  const ids = moves.map((move) => move.id);
  const targets = moves.map((move) => move.to);
  const updated = await rows<{ id: string; version: number }>(
    manager,
    sql`UPDATE nominations n
           SET state = v.to_state, version = n.version + 1, last_reason = ${reason}::text, updated_at = now(),
               submitted_by = CASE WHEN ${action}::text = 'submit' THEN ${actor.id}::uuid ELSE n.submitted_by END,
               submitted_at = CASE WHEN ${action}::text = 'submit' THEN now() ELSE n.submitted_at END
          FROM unnest(${ids}::uuid[], ${targets}::text[]) AS v(id, to_state)
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
