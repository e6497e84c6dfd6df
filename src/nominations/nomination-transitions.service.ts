import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { OutOfScope, ValidationFailed, type KeyedDetail } from '../common/errors/domain-error.js';
import { one, sql } from '../database/sql.js';
import { type AuthUser, CodedError, isAwardCode, isUnitPathInScope } from '../kernel/index.js';
import { NOMINATION_ACTIONS, nextState, postingRuleFor, type ProvinceRules } from '../law/index.js';
import type { NominationTransitionRequest, NominationTransitionResult } from './nomination.types.js';
import { NominationNotFound, NominationOnHold, NominationVersionStale } from './nominations.errors.js';
import { type LockedNomination, lockNominations, type TransitionRow, writeTransitions } from './nominations.sql.js';
import { provinceRulesOn } from './province-settings.js';

/** Today in Vietnam (UTC+7), the date whose settings a transition reads. */
const vietnamToday = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Moves nominations through the law's ONE table of transitions (src/law/nominations/transitions.ts),
 * inside the caller's transaction so the council, the postings and the decisions move nominations
 * together with their own writes. Set-based and all or nothing: the rows are locked in id order,
 * every one is checked, then one UPDATE, one INSERT into the log and one audit insert, whatever
 * their number. The first refusal (in the order of the request) refuses them all.
 */
@Injectable()
export class NominationTransitionsService {
  constructor(private readonly audit: AuditService) {}

  async apply(manager: EntityManager, actor: AuthUser, request: NominationTransitionRequest): Promise<NominationTransitionResult[]> {
    const reason = request.reason?.trim() ? request.reason.trim() : null;
    assertWellFormed(request);
    const ids = request.items.map((item) => item.id);
    const locked = await lockNominations(manager, ids);
    const byId = new Map(locked.map((nomination) => [nomination.id, nomination]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new NominationNotFound(missing);
    }
    const actorStaffId = await staffIdOf(manager, actor.id);
    const rules = await provinceRulesOn(manager, vietnamToday());

    const moves: TransitionRow[] = request.items.map((item) => {
      const nomination = byId.get(item.id)!;
      try {
        return {
          id: item.id,
          from: nomination.state,
          to: this.decide(actor, actorStaffId, nomination, item.version, request, reason, rules),
        };
      } catch (error: unknown) {
        throw naming(error, item.id);
      }
    });

    const written = await writeTransitions(manager, { id: actor.id, name: actor.fullName }, request.action, reason, moves);
    const versions = new Map(written.map((row) => [row.id, row.version]));
    await this.audit.record(
      manager,
      actor,
      ...moves.map((move) => ({
        entity: 'nominations',
        entityId: move.id,
        action: 'transition' as const,
        before: { state: move.from, version: byId.get(move.id)!.version },
        after: { state: move.to, version: versions.get(move.id)!, action: request.action, reason },
      })),
    );
    return moves.map((move) => ({ id: move.id, action: request.action, from: move.from, to: move.to, version: versions.get(move.id)! }));
  }

  /** The state one nomination reaches, or the refusal: scope, version, holds, then the law's rules. */
  private decide(
    actor: AuthUser,
    actorStaffId: string | null,
    nomination: LockedNomination,
    version: number | undefined,
    request: NominationTransitionRequest,
    reason: string | null,
    rules: ProvinceRules,
  ) {
    if (!isUnitPathInScope(actor, nomination.proposingUnitPath)) {
      throw new OutOfScope([{ field: 'id', constraint: 'outOfScope', key: 'fieldErrors.outOfScope' }]);
    }
    if (version !== undefined && version !== nomination.version) {
      throw new NominationVersionStale(nomination.id, version, nomination.version);
    }
    if (nomination.holdKinds !== null && request.action !== 'withdraw') {
      throw new NominationOnHold(nomination.id, nomination.holdKinds);
    }
    const award = nomination.awardType;
    return nextState(nomination.state, request.action, {
      actor: { userId: actor.id, staffId: actorStaffId, roles: actor.roles },
      nomination: {
        nomineeStaffId: nomination.staffId,
        nomineeUserId: nomination.nomineeUserId,
        proposedByUserId: nomination.proposedBy,
        submittedByUserId: nomination.submittedBy,
      },
      reason,
      // A local award the law does not know is posted as the in-unit rule says (required).
      postingRequired: request.postingRequired ?? (isAwardCode(award) ? postingRuleFor(award, rules).required : true),
    });
  }
}

function assertWellFormed(request: NominationTransitionRequest): void {
  const details: KeyedDetail[] = [];
  if (!(NOMINATION_ACTIONS as readonly string[]).includes(request.action)) {
    details.push({ field: 'action', constraint: 'isIn', key: 'fieldErrors.isIn' });
  }
  if (request.items.length === 0) {
    details.push({ field: 'items', constraint: 'arrayMinSize', key: 'fieldErrors.arrayMinSize' });
  }
  const seen = new Set<string>();
  request.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      details.push({ field: `items.${index}.id`, constraint: 'duplicate', key: 'fieldErrors.duplicate', params: { value: item.id } });
    }
    seen.add(item.id);
  });
  if (details.length > 0) {
    throw new ValidationFailed(details);
  }
}

/** The staff record of the acting user, when their account is linked to one (`users.staff_id`). */
async function staffIdOf(manager: EntityManager, userId: string): Promise<string | null> {
  const found = await one<{ staffId: string | null }>(
    manager,
    sql`SELECT (SELECT staff_id FROM users WHERE id = ${userId}::uuid) AS "staffId"`,
  );
  return found.staffId;
}

/** A refusal of one row of a bulk request says which nomination it was (`nominationId` in its params). */
function naming(error: unknown, id: string): unknown {
  if (error instanceof CodedError) {
    Object.assign(error.params, { nominationId: id });
  }
  return error;
}
