import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** The staff registry. (Problems with an imported file are the plumbing's IMPORT_INVALID, line by line.) */
export const STAFF_ERRORS = {
  STAFF_CODE_TAKEN: 409,
} as const satisfies ErrorStatuses;

export type StaffErrorCode = keyof typeof STAFF_ERRORS;

export class StaffCodeTaken extends DomainError<StaffErrorCode> {
  constructor(code: string) {
    super('STAFF_CODE_TAKEN', `Staff code "${code}" is already used`, [alreadyUsed('code', code)], { code });
  }
}
