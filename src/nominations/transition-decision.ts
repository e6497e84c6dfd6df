import { OutOfScope } from '../common/errors/domain-error.js';
import { type AuthUser, isAwardCode, isUnitPathInScope } from '../kernel/index.js';
import { type NominationState, nextState, postingRuleFor, type ProvinceRules } from '../law/index.js';
import type { NominationTransitionRequest } from './nomination.types.js';
import { NominationOnHold, NominationVersionStale } from './nominations.errors.js';
import type { LockedNomination } from './nominations.sql.js';

/** The state one nomination reaches, or the refusal: scope, version, holds, then the law's rules. */
export function decide(
  actor: AuthUser,
  actorStaffId: string | null,
  nomination: LockedNomination,
  version: number | undefined,
  request: NominationTransitionRequest,
  reason: string | null,
  rules: ProvinceRules,
): NominationState {
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
