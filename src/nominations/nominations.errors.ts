import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses, HttpStatus } from '../common/errors/error-codes.js';
import { dynamicKey, translate } from '../i18n/translate.js';
import type { CodedError, ErrorParams, Locale } from '../kernel/index.js';
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

/** Whether a code is one of the law's nomination rules (refusals the adapter words with `NominationRuleRefusal`). */
export const isRuleCode = (code: string): code is NominationRuleErrorCode => Object.hasOwn(RULE_STATUSES, code);

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
  /** The same subject, award and year in another nomination not withdrawn or rejected (any unit). */
  NOMINATION_ALREADY_NOMINATED: 409,
  /** The subject already holds the award for the year (Law 2022 Art. 5: no double award). */
  NOMINATION_ALREADY_AWARDED: 409,
  /** Only a draft or a returned nomination is edited. */
  NOMINATION_NOT_EDITABLE: 409,
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

  override messageParams(locale: Locale): ErrorParams {
    return wordedParams(this.params, locale);
  }
}

/** A word of the nominations catalogue for a code the law gives (a state, an action, a conflict), or the code itself. */
function word(
  locale: Locale,
  group: 'states' | 'actions' | 'conflicts' | 'roles' | 'awards' | 'holdKinds',
  code: string | number | undefined,
): string {
  const path = group === 'roles' ? 'roles' : group === 'awards' ? 'law.awardsShort' : `nominations.${group}`;
  const key = dynamicKey(`${path}.${String(code)}`);
  return key === undefined ? String(code ?? '') : translate(locale, key);
}

/** The params of a refusal with the law's codes worded for the reader (states, actions, roles, the four-eyes conflict). */
function wordedParams(params: ErrorParams, locale: Locale): ErrorParams {
  const worded: ErrorParams = { ...params };
  if (params.state !== undefined) {
    worded.state = word(locale, 'states', params.state);
  }
  if (params.otherState !== undefined) {
    worded.otherState = word(locale, 'states', params.otherState);
  }
  if (params.action !== undefined) {
    worded.action = word(locale, 'actions', params.action);
  }
  if (params.award !== undefined) {
    worded.award = word(locale, 'awards', params.award);
  }
  if (params.conflict !== undefined) {
    worded.conflict = word(locale, 'conflicts', params.conflict);
  }
  if (typeof params.kinds === 'string') {
    worded.kinds = params.kinds
      .split(', ')
      .map((kind) => word(locale, 'holdKinds', kind))
      .join('; ');
  }
  if (typeof params.roles === 'string') {
    worded.roles = params.roles
      .split(', ')
      .map((role) => word(locale, 'roles', role))
      .join(translate(locale, 'nominations.rolesJoin'));
  }
  return worded;
}

/**
 * A refusal of the law's rules (src/law/nominations/nominations.errors.ts) for one nomination of a
 * request: the same code and params, plus the nomination's id, worded in the reader's language.
 */
export class NominationRuleRefusal extends DomainError<NominationsErrorCode> {
  constructor(
    readonly refusal: CodedError<NominationRuleErrorCode>,
    nominationId: string,
  ) {
    super(refusal.code, refusal.message, [], { ...refusal.params, nominationId });
  }

  override messageParams(locale: Locale): ErrorParams {
    return wordedParams(this.params, locale);
  }
}

export class NominationAlreadyNominated extends DomainError<NominationsErrorCode> {
  constructor(other: {
    nominationId: string;
    subject: string;
    award: string;
    year: number;
    otherId: string;
    otherUnit: string;
    otherState: string;
  }) {
    super(
      'NOMINATION_ALREADY_NOMINATED',
      `${other.subject} is already nominated for ${other.award} ${other.year} (nomination ${other.otherId}, ${other.otherState})`,
      [],
      other,
    );
  }

  override messageParams(locale: Locale): ErrorParams {
    return wordedParams(this.params, locale);
  }
}

export class NominationAlreadyAwarded extends DomainError<NominationsErrorCode> {
  constructor(award: string, year: number, names: readonly string[]) {
    super('NOMINATION_ALREADY_AWARDED', `Already awarded ${award} for ${year}: ${names.join(', ')}`, [], {
      award,
      year,
      names: names.join(', '),
    });
  }

  override messageParams(locale: Locale): ErrorParams {
    return wordedParams(this.params, locale);
  }
}

export class NominationNotEditable extends DomainError<NominationsErrorCode> {
  constructor(id: string, state: string) {
    super('NOMINATION_NOT_EDITABLE', `Nomination ${id} is ${state}: only drafts and returned nominations are edited`, [], { id, state });
  }

  override messageParams(locale: Locale): ErrorParams {
    return wordedParams(this.params, locale);
  }
}
