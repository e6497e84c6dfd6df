import type { EntityManager } from 'typeorm';
import { execute, rows, sql } from '../database/sql.js';
import type { AuthUser } from '../kernel/index.js';
import type { NominationTransitionsService } from '../nominations/index.js';
import type { Decision, DecisionKind } from './decision.entity.js';
import { nominationsOfDecision } from './drafting.sql.js';
import { DecisionAwardedMeanwhile } from './issuing.errors.js';
import { priceDecisionLines } from './line-pricing.js';
import { applyIssuedRevocation } from './revocation-effects.js';

/** What issuing has settled when a decision's effects are written: its number and date, in its issuer's name. */
export interface IssuedAs {
  decisionId: string;
  /** "07/QĐ-SVHTTDL", as award records keep it. */
  number: string;
  signedOn: string;
  issuerId: string;
  /** The issuer as award records name it: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH (UBND TỈNH VĨNH PHÚC)". */
  issuerName: string;
  awardType: string;
  awardName: string;
  year: number;
  basis: string;
}

/** An award record a decision wrote, for the audit trail. */
export interface WrittenAward {
  id: string;
  staffId: string | null;
  unitId: string | null;
  /** The line of a decision issued here that gave it; null for a decision recorded from above. */
  decisionLineId: string | null;
}

/**
 * What issuing a decision of a kind changes besides the decision itself, in the issuing transaction,
 * before the decision is flipped to issued (its lines can still be written then; afterwards the
 * trigger refuses it). Answers the award records written, for the audit.
 */
export type IssueEffect = (
  manager: EntityManager,
  issued: IssuedAs,
  actor: AuthUser,
  decision: Decision,
  context: IssueContext,
) => Promise<WrittenAward[]>;

/** The services an effect may call inside the issuing transaction. */
export interface IssueContext {
  /** The nominations' transitions (issue 10): the lines' nominations are decided as the decision is issued. */
  transitions: NominationTransitionsService;
}

/** What an award record says of the decision that gave it: issued here, or recorded from a decision that came from above. */
export interface AwardRecordHeader {
  awardType: string;
  year: number;
  basis: string;
  /** "07/QĐ-SVHTTDL", "1234/QĐ-UBND": as the decision prints it. */
  number: string;
  signedOn: string;
  issuerId: string | null;
  issuerName: string | null;
  /** 'issued' for the decisions issued here; 'entered' for a decision recorded from paper (the level above). */
  source: 'issued' | 'entered';
}

/** Whom one award record goes to, and the line of a decision issued here that gave it (if any). */
export interface AwardRecordSubject {
  staffId: string | null;
  unitId: string | null;
  decisionId?: string | null;
  decisionLineId?: string | null;
}

/**
 * One award record per subject, in one statement whatever their number: the one path by which a
 * decision's awards enter the history (issuing here, and the decisions that come back from the level
 * above). ON CONFLICT DO NOTHING: a subject who holds that award for that year already (a unique
 * index, award_records_*_once_key) gets nothing written, and is absent from the answer, for the
 * caller to name and undo its transaction (Law 2022 Art. 5: no double award).
 */
export async function insertAwardRecords(
  manager: EntityManager,
  header: AwardRecordHeader,
  actorId: string,
  subjects: readonly AwardRecordSubject[],
): Promise<WrittenAward[]> {
  if (subjects.length === 0) {
    return [];
  }
  const column = <K extends keyof AwardRecordSubject>(key: K) => subjects.map((subject) => subject[key] ?? null);
  return rows<WrittenAward>(
    manager,
    sql`INSERT INTO award_records (award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_id, issuer_name,
                                   source, created_by, decision_id, decision_line_id)
        SELECT ${header.awardType}, v.staff_id, v.unit_id, ${header.year}, ${header.basis}, ${header.number}, ${header.signedOn}::date,
               ${header.issuerId}::uuid, ${header.issuerName}::text, ${header.source}, ${actorId}::uuid, v.decision_id, v.decision_line_id
          FROM unnest(${column('staffId')}::uuid[], ${column('unitId')}::uuid[], ${column('decisionId')}::uuid[],
                      ${column('decisionLineId')}::uuid[]) AS v(staff_id, unit_id, decision_id, decision_line_id)
         -- In key order: two writes naming the same people wait for each other in one order, never in a cycle.
         ORDER BY v.staff_id, v.unit_id
        ON CONFLICT DO NOTHING
        RETURNING id, staff_id AS "staffId", unit_id AS "unitId", decision_line_id AS "decisionLineId"`,
  );
}

/**
 * An award decision: the money at the signing date (ND 152/2025 Art. 49: the base salary in force
 * on the day the decision is signed), then one award record per line, linked both ways, in a fixed
 * number of statements whatever the number of lines; then the nominations its lines came from are
 * decided (issue 10: issuing marks them `decided`, in this transaction).
 */
export const writeAwardRecords: IssueEffect = async (manager, issued, actor, _decision, context) => {
  await priceDecisionLines(manager, issued.decisionId, issued.signedOn, { settledOnly: true });
  const lines = await rows<{ id: string; staffId: string | null; unitId: string | null }>(
    manager,
    sql`SELECT l.id, l.staff_id AS "staffId", l.unit_id AS "unitId" FROM decision_lines l WHERE l.decision_id = ${issued.decisionId}`,
  );
  const written = await insertAwardRecords(
    manager,
    { ...issued, source: 'issued' },
    actor.id,
    lines.map((line) => ({ staffId: line.staffId, unitId: line.unitId, decisionId: issued.decisionId, decisionLineId: line.id })),
  );
  const missing = await rows<{ full_name: string }>(
    manager,
    sql`SELECT l.full_name FROM decision_lines l
         WHERE l.decision_id = ${issued.decisionId} AND l.id <> ALL(${written.map((award) => award.decisionLineId)}::uuid[])
         ORDER BY l.sort_key, l.id`,
  );
  if (missing.length > 0) {
    throw new DecisionAwardedMeanwhile(
      issued.awardName,
      issued.year,
      missing.map((line) => line.full_name),
    );
  }
  await execute(
    manager,
    sql`UPDATE decision_lines l SET award_record_id = ar.id
          FROM award_records ar
         WHERE ar.decision_id = ${issued.decisionId} AND ar.decision_line_id = l.id AND l.decision_id = ${issued.decisionId}`,
  );
  await decideNominations(manager, issued, actor, context);
  return written;
};

/**
 * The nominations the lines came from become `decided` (action `decide` of the law's table, one
 * log line each, audited), through the nominations' own transitions so their rules hold: a
 * nomination withdrawn or put on hold since it was added refuses the whole issue (409, naming it),
 * and the clerk removes its line or has the hold resolved. Lines added by hand carry none.
 */
async function decideNominations(manager: EntityManager, issued: IssuedAs, actor: AuthUser, context: IssueContext): Promise<void> {
  const nominationIds = await nominationsOfDecision(manager, issued.decisionId);
  if (nominationIds.length === 0) {
    return;
  }
  await context.transitions.apply(manager, actor, {
    items: nominationIds.map((id) => ({ id })),
    action: 'decide',
    reason: null,
  });
}

/**
 * A revocation or a correction (Law 2022 Chapter VII): the original's award records are revoked, or
 * left as they are and shown corrected. No repricing: a revocation's lines keep the original amounts,
 * the money to get back.
 */
const reviseOriginal: IssueEffect = async (manager, issued, actor, decision) => {
  await applyIssuedRevocation(manager, decision, actor.id, { number: issued.number, signedOn: issued.signedOn });
  return [];
};

/** The effects of issuing, per kind of decision: the one place where a kind is wired. */
export const ISSUE_EFFECTS: Record<DecisionKind, IssueEffect> = {
  award: writeAwardRecords,
  revocation: reviseOriginal,
  correction: reviseOriginal,
};
