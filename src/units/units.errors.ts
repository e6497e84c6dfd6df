import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** The unit tree. (A unit moved under its own sub-unit is a VALIDATION_FAILED on `parentId`.) */
export const UNITS_ERRORS = {
  UNIT_CODE_TAKEN: 409,
} as const satisfies ErrorStatuses;

export type UnitsErrorCode = keyof typeof UNITS_ERRORS;

export class UnitCodeTaken extends DomainError<UnitsErrorCode> {
  constructor(code: string) {
    super('UNIT_CODE_TAKEN', `Unit code "${code}" is already used`, [alreadyUsed('code', code)], { code });
  }
}
