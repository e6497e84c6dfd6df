import { DomainError } from '../common/errors/domain-error.js';
import { translate } from '../i18n/translate.js';
import type { ErrorParams, Locale } from '../kernel/index.js';
import type { NominationState } from '../law/index.js';
import type { DecisionsErrorCode } from './decisions.errors.js';

/** The refusals of drafting (a decision, its lines). Codes and statuses: decisions.errors.ts. */

/** At most this many names in a message; the rest are counted ("… và 12 người khác"). */
const NAMES_SHOWN = 10;

const namesText = (names: readonly string[], locale: Locale): string =>
  names.length <= NAMES_SHOWN
    ? names.join(', ')
    : `${names.slice(0, NAMES_SHOWN).join(', ')} ${translate(locale, 'decisions.andOthers', { count: names.length - NAMES_SHOWN })}`;

/** A refusal naming the people (or collectives) it concerns. */
abstract class NamingError extends DomainError<DecisionsErrorCode> {
  constructor(
    code: DecisionsErrorCode,
    message: string,
    readonly names: readonly string[],
    params: ErrorParams = {},
  ) {
    super(code, message, [], { ...params, names: names.join(', ') });
  }

  override messageParams(locale: Locale): ErrorParams {
    return { ...this.params, names: namesText(this.names, locale) };
  }
}

export class DecisionVersionStale extends DomainError<DecisionsErrorCode> {
  constructor(given: number, current: number) {
    super('DECISION_VERSION_STALE', `Version ${given} is stale; the decision is at version ${current}`, [], { given, current });
  }
}

export class DecisionLineNotFound extends DomainError<DecisionsErrorCode> {
  constructor(id: string) {
    super('DECISION_LINE_NOT_FOUND', `Line ${id} is not in the decision`, [], { id });
  }
}

export class DecisionLineDuplicate extends NamingError {
  constructor(names: readonly string[]) {
    super('DECISION_LINE_DUPLICATE', `Already in the decision: ${names.join(', ')}`, names);
  }
}

export class DecisionAlreadyAwarded extends NamingError {
  constructor(award: string, year: number, names: readonly string[]) {
    super('DECISION_ALREADY_AWARDED', `Already awarded ${award} for ${year}: ${names.join(', ')}`, names, { award, year });
  }
}

export class DecisionReasonRequired extends NamingError {
  constructor(names: readonly string[]) {
    super('DECISION_REASON_REQUIRED', `A reason is required for: ${names.join(', ')}`, names);
  }
}

/** Why an award type cannot be used: retired for the year, or not given to this kind of subject. */
export type AwardUnavailableWhy = 'retired' | 'notForIndividuals' | 'notForCollectives';

export class DecisionAwardUnavailable extends DomainError<DecisionsErrorCode> {
  constructor(
    award: string,
    readonly why: AwardUnavailableWhy,
    year: number,
  ) {
    super('DECISION_AWARD_UNAVAILABLE', `${award} cannot be used (${why}) for ${year}`, [], { award, year, why });
  }

  override messageParams(locale: Locale): ErrorParams {
    return { ...this.params, why: translate(locale, `decisions.awardUnavailable.${this.why}`, { year: this.params.year }) };
  }
}

/** A nomination whose award, year or kind of subject is not the decision's: it cannot be its line. */
export class DecisionNominationMismatch extends NamingError {
  constructor(award: string, year: number, names: readonly string[]) {
    super('DECISION_NOMINATION_MISMATCH', `Not nominations of ${award} for ${year}: ${names.join(', ')}`, names, { award, year });
  }
}

/** Why a nomination cannot be a line yet: its state, or a posting the award requires and it has not had. */
export type NominationNotReadyWhy = 'state' | 'notPosted';

export interface NotReadyNomination {
  name: string;
  state: NominationState;
  why: NominationNotReadyWhy;
}

/**
 * Only what the council passed becomes a line (issue 10): `posted`, or `passed` where the award needs
 * no public posting (postingRuleFor, NĐ 152/2025 Điều 44 khoản 2 for State-level awards).
 */
export class DecisionNominationNotReady extends DomainError<DecisionsErrorCode> {
  constructor(readonly items: readonly NotReadyNomination[]) {
    super(
      'DECISION_NOMINATION_NOT_READY',
      `Not ready to be decided: ${items.map((item) => `${item.name} (${item.state})`).join(', ')}`,
      [],
      { names: items.map((item) => item.name).join(', ') },
    );
  }

  override messageParams(locale: Locale): ErrorParams {
    const worded = this.items.map((item) => {
      const state = translate(locale, `decisions.nominationStates.${item.state}`);
      return `${item.name} (${translate(locale, `decisions.nominationNotReady.${item.why}`, { state })})`;
    });
    return { ...this.params, names: namesText(worded, locale) };
  }
}

/** Nominations already lines of a decision (a nomination is decided once); `decisions` names them by abstract. */
export class DecisionNominationTaken extends NamingError {
  constructor(names: readonly string[]) {
    super('DECISION_NOMINATION_TAKEN', `Already lines of a decision: ${names.join(', ')}`, names);
  }
}
