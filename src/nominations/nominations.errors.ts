import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses, HttpStatus } from '../common/errors/error-codes.js';
import type { NominationRuleErrorCode } from '../law/index.js';

/**
 * The statuses of the law's nomination codes (src/law/nominations/nominations.errors.ts): the rules
 * know nothing of HTTP, this adapter decides. Typed by the law's own list, so a code the rules add
 * does not compile until it has a status here.
 */
const RULE_STATUSES = {
  /** The table of transitions has no such move from the nomination's state. */
  NOMINATION_TRANSITION_NOT_ALLOWED: 409,
  /** The move exists, but not for the actor's roles. */
  NOMINATION_ROLE_REFUSED: 403,
  /** Return, reject and withdraw need a written reason. */
  NOMINATION_REASON_REQUIRED: 422,
  /** Nobody approves, votes on or posts their own nomination, nor one they proposed or submitted. */
  NOMINATION_FOUR_EYES: 403,
  /** The award must be posted publicly before it moves on. */
  NOMINATION_POSTING_REQUIRED: 409,
  /** The hard stop at approval, with the numbers. */
  NOMINATION_QUOTA_EXCEEDED: 409,
  /** A quota setting that cannot be applied (a bad percent or count in the settings). */
  INVALID_QUOTA_INPUT: 422,
} as const satisfies Record<NominationRuleErrorCode, HttpStatus>;

export const NOMINATIONS_ERRORS = {
  ...RULE_STATUSES,
  /** One or more ids name no nomination. */
  NOMINATION_NOT_FOUND: 404,
  /** A transition or an edit named a version someone else has already changed. */
  NOMINATION_VERSION_STALE: 409,
  /** An unreleased hold (an objection at the posting) stops the nomination; only a withdrawal passes. */
  NOMINATION_ON_HOLD: 409,
  /** The transition log is immutable (refused by a trigger). */
  NOMINATION_LOG_IMMUTABLE: 409,
} as const satisfies ErrorStatuses;

export type NominationsErrorCode = keyof typeof NOMINATIONS_ERRORS;

export class NominationNotFound extends DomainError<NominationsErrorCode> {
  constructor(readonly ids: readonly string[]) {
    super('NOMINATION_NOT_FOUND', `No nomination with id ${ids.join(', ')}`, [], { id: ids.join(', '), count: ids.length });
  }
}

export class NominationVersionStale extends DomainError<NominationsErrorCode> {
  constructor(id: string, given: number, current: number) {
    super('NOMINATION_VERSION_STALE', `Version ${given} of nomination ${id} is stale; it is at version ${current}`, [], {
      id,
      given,
      current,
    });
  }
}

export class NominationOnHold extends DomainError<NominationsErrorCode> {
  constructor(id: string, kinds: string) {
    super('NOMINATION_ON_HOLD', `Nomination ${id} is held (${kinds}) and cannot move on until released`, [], { id, kinds });
  }
}
