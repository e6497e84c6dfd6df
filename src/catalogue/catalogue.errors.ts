import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** The award catalogue. (A type that cannot be recorded for a subject or year is a VALIDATION_FAILED on its field.) */
export const CATALOGUE_ERRORS = {
  AWARD_TYPE_CODE_TAKEN: 409,
  AWARD_TYPE_ALREADY_RETIRED: 409,
} as const satisfies ErrorStatuses;

export type CatalogueErrorCode = keyof typeof CATALOGUE_ERRORS;

export class AwardTypeCodeTaken extends DomainError<CatalogueErrorCode> {
  constructor(code: string) {
    super('AWARD_TYPE_CODE_TAKEN', `Award type code "${code}" is already used`, [alreadyUsed('code', code)], { code });
  }
}

export class AwardTypeAlreadyRetired extends DomainError<CatalogueErrorCode> {
  constructor(code: string, retiredOn: string) {
    super('AWARD_TYPE_ALREADY_RETIRED', `Award type ${code} was retired on ${retiredOn}`, undefined, { code, date: retiredOn });
  }
}
