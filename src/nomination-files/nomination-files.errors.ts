import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** A nomination's evidence files (tài liệu minh chứng). */
export const NOMINATION_FILES_ERRORS = {
  /** Files are added and deleted only while the proposer may change the nomination (draft, returned). */
  NOMINATION_FILES_CLOSED: 409,
} as const satisfies ErrorStatuses;

export type NominationFilesErrorCode = keyof typeof NOMINATION_FILES_ERRORS;

export class NominationFilesClosed extends DomainError<NominationFilesErrorCode> {
  constructor(id: string, state: string) {
    super(
      'NOMINATION_FILES_CLOSED',
      `Nomination ${id} is ${state}: its evidence files no longer change`,
      [{ field: 'file', constraint: 'closed' }],
      {
        id,
        state,
      },
    );
  }
}
