import type { EntityManager } from 'typeorm';
import { rows, sql } from '../database/sql.js';
import type { DecisionKind, DecisionState } from './decision.entity.js';
import { decisionNumberText } from './revocation-wording.js';

/** A decision naming a person, as the staff profile lists it. */
export interface StaffDecisionRow {
  id: string;
  kind: DecisionKind;
  state: DecisionState;
  /** "07/QĐ-SVHTTDL"; null for a draft. */
  number: string | null;
  signedOn: string | null;
  awardName: string;
  year: number;
  /** The person's line of this decision was revoked by an issued revocation. */
  revoked: boolean;
}

/**
 * Every decision with a line naming the staff member (drafts too, which the officer is preparing),
 * newest first, each once. One statement.
 */
export async function staffDecisions(manager: EntityManager, staffId: string): Promise<StaffDecisionRow[]> {
  const found = await rows<Omit<StaffDecisionRow, 'number'> & { numberValue: number | null; symbol: string | null }>(
    manager,
    sql`SELECT d.id, d.kind, d.state, d.number AS "numberValue", d.symbol, d.signed_on::text AS "signedOn", t.name AS "awardName",
               d.year, bool_or(EXISTS (
                 SELECT 1 FROM decision_lines rl JOIN decisions r ON r.id = rl.decision_id
                  WHERE rl.original_line_id = l.id AND r.kind = 'revocation' AND r.state = 'issued')) AS revoked
          FROM decision_lines l
          JOIN decisions d ON d.id = l.decision_id
          JOIN award_types t ON t.code = d.award_type_code
         WHERE l.staff_id = ${staffId}
         GROUP BY d.id, t.name
         ORDER BY d.signed_on DESC NULLS FIRST, d.created_at DESC, d.id`,
  );
  return found.map(({ numberValue, symbol, ...row }) => ({
    ...row,
    year: Number(row.year),
    number: numberValue === null ? null : decisionNumberText(numberValue, symbol),
  }));
}
