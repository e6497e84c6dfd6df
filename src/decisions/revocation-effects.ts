import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../common/http/request-context.js';
import { execute, row, rows, sql } from '../database/sql.js';
import type { Decision } from './decision.entity.js';
import { DecisionLineAlreadyRevoked, DecisionNotAnAward, DecisionStillDraft } from './revocations.errors.js';
import { revokedReasonText } from './revocation-wording.js';

/**
 * What issuing a revocation or a correction does, called by the issuing code inside its
 * transaction in place of writing award records (Law 2022 Chapter VII):
 *
 * - a revocation marks the award records of the original lines it names revoked, with the reason
 *   and the revoking decision (`revoked_by_decision_id`), set-based; the original decision and its
 *   lines stay as they were (readable, shown as revoked through `lineFates`);
 * - a correction changes no award record: the original's view reads it through `lineFates`
 *   ("đính chính tại Quyết định số …"); nothing is edited in place.
 *
 * Refused, so the whole issuing rolls back: an original that is not an issued award decision
 * (DECISION_NOT_ISSUED, DECISION_NOT_AN_AWARD), and a line whose award is already revoked or removed
 * meanwhile (DECISION_LINE_ALREADY_REVOKED) — two revocations of one line issued at once: the second
 * waits for the first's row locks, then finds the award revoked.
 *
 * `issuedAs` ("03/QĐ-SVHTTDL" and the signing date), when the caller has settled them but not yet
 * written them on the decision, is what the revoked records' reason names; without it, the number
 * and date are read from the decision entity, then from its row.
 */
export async function applyIssuedRevocation(
  manager: EntityManager,
  decision: Decision,
  actorId: string,
  issuedAs?: { number: string; signedOn: string },
): Promise<void> {
  if (decision.kind === 'award') {
    throw new Error(`applyIssuedRevocation called for award decision ${decision.id}`);
  }
  const original = await row<{ kind: string; state: string }>(
    manager,
    sql`SELECT kind, state FROM decisions WHERE id = ${decision.originalId}`,
  );
  if (!original || original.state !== 'issued') {
    throw new DecisionStillDraft(decision.originalId ?? decision.id);
  }
  if (original.kind !== 'award') {
    throw new DecisionNotAnAward(original.kind);
  }
  const lines = await rows<{ award_record_id: string | null; full_name: string }>(
    manager,
    sql`SELECT ol.award_record_id, ol.full_name
          FROM decision_lines rl JOIN decision_lines ol ON ol.id = rl.original_line_id
         WHERE rl.decision_id = ${decision.id}`,
  );
  const ids = lines.flatMap((line) => (line.award_record_id === null ? [] : [line.award_record_id]));
  // Locked in id order: two issuings touching the same records wait for each other, never deadlock.
  const live = new Set(
    (
      await rows<{ id: string }>(
        manager,
        sql`SELECT id FROM award_records WHERE id = ANY(${ids}::uuid[]) AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
      )
    ).map((record) => record.id),
  );
  // A line without a live award record: revoked or removed meanwhile (or never recorded).
  const unusable = lines.filter((line) => line.award_record_id === null || !live.has(line.award_record_id));
  if (decision.kind === 'correction') {
    // Nothing to write; a correction of a revoked line is refused all the same.
    const revoked = unusable.filter((line) => line.award_record_id !== null);
    if (revoked.length > 0) {
      throw new DecisionLineAlreadyRevoked(revoked.map((line) => line.full_name));
    }
    return;
  }
  if (unusable.length > 0) {
    throw new DecisionLineAlreadyRevoked(unusable.map((line) => line.full_name));
  }
  const stored = await row<{ number: number | null; symbol: string | null; signed_on: string | null }>(
    manager,
    sql`SELECT number, symbol, signed_on::text AS signed_on FROM decisions WHERE id = ${decision.id}`,
  );
  // The issuing code may set the number before or after calling: whichever it has, the record names it.
  const reference = {
    number: decision.number ?? stored?.number ?? null,
    symbol: decision.symbol ?? stored?.symbol ?? null,
    signedOn: decision.signedOn ?? stored?.signed_on ?? null,
  };
  // The issuing code settles the number before the flip to issued: given, it is what the records name.
  const reason = issuedAs ? revokedReasonText(issuedAs, decision.reason) : revokedReasonText(reference, decision.reason);
  // One statement whatever the number of lines: the records revoked and their audit entries ('awards',
  // 'revoke', as a revocation by hand is audited), in this transaction.
  await execute(
    manager,
    sql`WITH revoked AS (
          UPDATE award_records SET revoked_at = now(), revoked_reason = ${reason}, revoked_by = ${actorId}::uuid,
                 revoked_by_decision_id = ${decision.id}::uuid
           WHERE id = ANY(${ids}::uuid[])
          RETURNING id, revoked_reason)
        INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, before, after, request_id)
        SELECT ${actorId}::uuid, COALESCE((SELECT username FROM users WHERE id = ${actorId}::uuid), 'system'), 'awards', r.id::text, 'revoke',
               jsonb_build_object('revoked', false),
               jsonb_build_object('revoked', true, 'revokedReason', r.revoked_reason, 'revokedByDecisionId', ${decision.id}::text),
               ${currentRequestId()}
          FROM revoked r`,
  );
}
