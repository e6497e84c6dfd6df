import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';
import { type Finding, refusalDetails } from '../common/validation/plausibility.js';
import type { MessageKey } from '../i18n/translate.js';

/** The staff registry. (Problems with an imported file are the plumbing's IMPORT_INVALID, line by line.) */
export const STAFF_ERRORS = {
  STAFF_CODE_TAKEN: 409,
  /** Dates that cannot be true (staff/plausibility.ts); the message states the rule. */
  STAFF_IMPLAUSIBLE: 422,
  /** The two records of a merge hold different entries for the same key (a year's rating…). */
  STAFF_MERGE_CONFLICT: 409,
  /** A record already merged into another takes part in no further merge. */
  STAFF_ALREADY_MERGED: 409,
} as const satisfies ErrorStatuses;

export type StaffErrorCode = keyof typeof STAFF_ERRORS;

export class StaffCodeTaken extends DomainError<StaffErrorCode> {
  constructor(code: string) {
    super('STAFF_CODE_TAKEN', `Staff code "${code}" is already used`, [alreadyUsed('code', code)], { code });
  }
}

/** The record's dates cannot be true: the message is the first rule broken, the details name each one beside its field. */
export class StaffImplausible extends DomainError<StaffErrorCode> {
  constructor(readonly refusals: readonly Finding[]) {
    super(
      'STAFF_IMPLAUSIBLE',
      `Implausible staff record: ${refusals.map((r) => r.rule).join(', ')}`,
      refusalDetails(refusals),
      refusals[0].params,
    );
  }

  override messageKey(): MessageKey {
    return `plausibility.${this.refusals[0].rule}`;
  }
}

/** What the merge found twice with different contents, e.g. "xếp loại năm 2021, 2023". */
export class StaffMergeConflict extends DomainError<StaffErrorCode> {
  constructor(readonly clashes: string[]) {
    super('STAFF_MERGE_CONFLICT', `Both records hold different entries for: ${clashes.join('; ')}`, undefined, {
      clashes: clashes.join('; '),
    });
  }
}

export class StaffAlreadyMerged extends DomainError<StaffErrorCode> {
  constructor(code: string) {
    super('STAFF_ALREADY_MERGED', `Staff record "${code}" was already merged into another`, undefined, { code });
  }
}
