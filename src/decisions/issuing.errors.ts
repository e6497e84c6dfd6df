import { DomainError } from '../common/errors/domain-error.js';
import type { MessageKey } from '../i18n/translate.js';
import type { DecisionsErrorCode } from './decisions.errors.js';

/** Issuing a decision with nobody in its list. */
export class DecisionEmpty extends DomainError<DecisionsErrorCode> {
  constructor() {
    super('DECISION_EMPTY', 'The decision has no lines and cannot be issued');
  }
}

/** The user may not issue in this issuer's name: admins and clerks assigned to the issuer may. */
export class DecisionNotIssuer extends DomainError<DecisionsErrorCode> {
  constructor(issuer: string) {
    super('DECISION_NOT_ISSUER', `Not assigned to issue documents of ${issuer}`, [], { issuer });
  }
}

/** A typed number the issuer has already used that year (ND 30/2020 Art. 15: one register per year). */
export class DecisionNumberTaken extends DomainError<DecisionsErrorCode> {
  constructor(number: string, year: number, issuer: string) {
    super(
      'DECISION_NUMBER_TAKEN',
      `Number ${number} of ${year} is already used by ${issuer}`,
      [{ field: 'number', constraint: 'duplicate', key: 'fieldErrors.duplicate', params: { value: number } }],
      { number, year, issuer },
    );
  }
}

/**
 * Someone in the list was given the same award for the same year after the line was added (another
 * decision issued meanwhile, an award entered by hand): issuing would award it twice (Law 2022 Art. 5).
 */
export class DecisionAwardedMeanwhile extends DomainError<DecisionsErrorCode> {
  constructor(award: string, year: number, names: string[]) {
    super('DECISION_ALREADY_AWARDED', `Already awarded ${award} for ${year}: ${names.join(', ')}`, [], {
      award,
      year,
      names: names.join(', '),
    });
  }

  override messageKey(): MessageKey {
    return 'issuing.awardedMeanwhile';
  }
}
