import { CodedError, type AwardCode, type Role } from '../../kernel/index.js';
import type { NominationAction, NominationState } from './transitions.js';
import type { FourEyesConflict } from './four-eyes.js';

/**
 * Why a nomination cannot move: each a code of its own, so the adapter gives each its status
 * (invalid transition 409, role 403, missing reason 400, four eyes 403, posting required 409).
 */

export class TransitionNotAllowed extends CodedError<'NOMINATION_TRANSITION_NOT_ALLOWED'> {
  constructor(
    readonly state: NominationState,
    readonly action: NominationAction,
  ) {
    super('NOMINATION_TRANSITION_NOT_ALLOWED', `A nomination in state ${state} cannot be ${action}`, { state, action });
  }
}

export class TransitionRoleRefused extends CodedError<'NOMINATION_ROLE_REFUSED'> {
  constructor(
    readonly action: NominationAction,
    readonly roles: readonly Role[],
  ) {
    super('NOMINATION_ROLE_REFUSED', `Only ${roles.join(', ')} may ${action} a nomination`, { action, roles: roles.join(', ') });
  }
}

export class TransitionReasonRequired extends CodedError<'NOMINATION_REASON_REQUIRED'> {
  constructor(readonly action: NominationAction) {
    super('NOMINATION_REASON_REQUIRED', `A reason is required to ${action} a nomination`, { action });
  }
}

export class FourEyesViolation extends CodedError<'NOMINATION_FOUR_EYES'> {
  constructor(
    readonly action: NominationAction | 'vote',
    readonly conflict: FourEyesConflict,
  ) {
    super('NOMINATION_FOUR_EYES', `Nobody may ${action} a nomination they are the subject of, proposed or submitted (${conflict})`, {
      action,
      conflict,
    });
  }
}

export class PostingRequired extends CodedError<'NOMINATION_POSTING_REQUIRED'> {
  constructor(readonly action: NominationAction) {
    super('NOMINATION_POSTING_REQUIRED', `The nomination must be posted publicly before it is ${action}`, { action });
  }
}

/** The hard stop at approval, with the numbers the message quotes ("CSTĐCS: 4 of at most 3 for Phòng …"). */
export class QuotaExceeded extends CodedError<'NOMINATION_QUOTA_EXCEEDED'> {
  constructor(
    readonly award: AwardCode,
    readonly count: number,
    readonly limit: number,
    readonly unitName: string,
  ) {
    super('NOMINATION_QUOTA_EXCEEDED', `${award}: ${count} of at most ${limit} for ${unitName}`, { award, count, limit, unit: unitName });
  }
}

/** A quota setting or count that cannot be applied (a percent outside 0–100 or finer than 0.01, a negative count). */
export class InvalidQuotaInput extends CodedError<'INVALID_QUOTA_INPUT'> {
  constructor(message: string) {
    super('INVALID_QUOTA_INPUT', message);
  }
}

/** Every code the nomination rules throw. */
export type NominationRuleErrorCode =
  | TransitionNotAllowed['code']
  | TransitionRoleRefused['code']
  | TransitionReasonRequired['code']
  | FourEyesViolation['code']
  | PostingRequired['code']
  | QuotaExceeded['code']
  | InvalidQuotaInput['code'];
