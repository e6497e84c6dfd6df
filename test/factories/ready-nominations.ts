import type { NominationState } from '../../src/law/index.js';
import type { TestApp } from '../support/test-app.js';

/*
 * Nominations written straight to the table in the state a spec starts from (passed, posted,
 * approved…), as the nominations, council and postings features leave them: those features come
 * from other branches, and the decisions and the upward dossier only read what they wrote.
 */

export interface ReadyNominationInput {
  /** The nominee: a person or a collective. */
  staffId?: string;
  unitId?: string;
  proposedByUnitId: string;
  proposedBy: string;
  state: NominationState;
  awardType?: string;
  year?: number;
  achievements?: string;
}

/** One nomination in the given state (submitted by its proposer, a version per step it took). */
export async function insertNomination(t: TestApp, input: ReadyNominationInput): Promise<string> {
  const submitted = !['draft'].includes(input.state);
  const [{ id }] = (await t.dataSource.query(
    `INSERT INTO nominations (year, award_type, staff_id, unit_id, proposed_by_unit_id, achievements, state, version, proposed_by,
                              submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 5, $8, $9, CASE WHEN $9::uuid IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [
      input.year ?? 2025,
      input.awardType ?? 'LDTT',
      input.staffId ?? null,
      input.unitId ?? null,
      input.proposedByUnitId,
      input.achievements ?? 'Hoàn thành xuất sắc nhiệm vụ được giao; có sáng kiến được áp dụng tại cơ sở.',
      input.state,
      input.proposedBy,
      submitted ? input.proposedBy : null,
    ],
  )) as Array<{ id: string }>;
  return id;
}

export interface NominationRow {
  state: NominationState;
  version: number;
  lastReason: string | null;
}

export async function nominationRow(t: TestApp, id: string): Promise<NominationRow> {
  const [found] = (await t.dataSource.query(`SELECT state, version, last_reason AS "lastReason" FROM nominations WHERE id = $1`, [
    id,
  ])) as NominationRow[];
  return found;
}

export interface TransitionRow {
  action: string;
  from: string;
  to: string;
  reason: string | null;
  actorId: string | null;
}

/** The nomination's log, oldest first. */
export async function transitionsOf(t: TestApp, id: string): Promise<TransitionRow[]> {
  return (await t.dataSource.query(
    `SELECT action, from_state AS "from", to_state AS "to", reason, actor_id AS "actorId"
       FROM nomination_transitions WHERE nomination_id = $1 ORDER BY id`,
    [id],
  )) as TransitionRow[];
}
