import type { EntityManager } from 'typeorm';
import { execute, rows, sql } from '../database/sql.js';
import type { AuthUser } from '../kernel/index.js';
import type { Decision, DecisionKind } from './decision.entity.js';
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
  decisionLineId: string;
}

/**
 * What issuing a decision of a kind changes besides the decision itself, in the issuing transaction,
 * before the decision is flipped to issued (its lines can still be written then; afterwards the
 * trigger refuses it). Answers the award records written, for the audit.
 */
export type IssueEffect = (manager: EntityManager, issued: IssuedAs, actor: AuthUser, decision: Decision) => Promise<WrittenAward[]>;

/**
 * An award decision: the money at the signing date (ND 152/2025 Art. 49: the base salary in force
 * on the day the decision is signed), then one award record per line, linked both ways, in two
 * statements whatever the number of lines.
 */
export const writeAwardRecords: IssueEffect = async (manager, issued, actor) => {
  await priceDecisionLines(manager, issued.decisionId, issued.signedOn);
  // ON CONFLICT DO NOTHING: a line whose subject holds that award for that year already (a unique
  // index, award_records_*_once_key) writes nothing and is named below; the transaction is undone.
  const written = await rows<WrittenAward>(
    manager,
    sql`INSERT INTO award_records (award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_id, issuer_name,
                                   source, created_by, decision_id, decision_line_id)
        SELECT ${issued.awardType}, l.staff_id, l.unit_id, ${issued.year}, ${issued.basis}, ${issued.number}, ${issued.signedOn}::date,
               ${issued.issuerId}::uuid, ${issued.issuerName}, 'issued', ${actor.id}::uuid, l.decision_id, l.id
          FROM decision_lines l WHERE l.decision_id = ${issued.decisionId}
         -- In key order: two issues naming the same people wait for each other in one order, never in a cycle.
         ORDER BY l.staff_id, l.unit_id
        ON CONFLICT DO NOTHING
        RETURNING id, staff_id AS "staffId", unit_id AS "unitId", decision_line_id AS "decisionLineId"`,
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
  return written;
};

/**
 * The effects of issuing, per kind of decision: the one place where a kind is wired. Revocations and
 * corrections (Law 2022 Chapter VII) change award records through `applyIssuedRevocation` of
 * `revocation-effects.ts` (the revocation work), wired as
 *
 *   revocation: async (manager, _issued, actor, decision) => {
 *     await applyIssuedRevocation(manager, decision, actor.id);
 *     return [];
 *   },
 *
 * and the same for `correction`. A kind with no entry cannot be issued (a 500 naming this file).
 */
/** A revocation or a correction: the original's award records revoked (or, for a correction, left), no record written. */
async function revokeOrCorrect(manager: EntityManager, _issued: IssuedAs, actor: AuthUser, decision: Decision): Promise<WrittenAward[]> {
  await applyIssuedRevocation(manager, decision, actor.id);
  return [];
}

export const ISSUE_EFFECTS: Partial<Record<DecisionKind, IssueEffect>> = {
  award: writeAwardRecords,
  revocation: revokeOrCorrect,
  correction: revokeOrCorrect,
};
